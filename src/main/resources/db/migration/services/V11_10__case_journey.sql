-- The case journey in the browser. Departments are matched by identity, not by display name: an
-- implementing list row names its department by the tree's stable code (region + function, the key
-- the department tree is seeded with), a case carries the department's id, resolved when it opens.
ALTER TABLE svc_implementation ADD COLUMN department_code TEXT;
UPDATE svc_implementation SET department_code = region_code || '-' || CASE
    WHEN department LIKE '%公安局' THEN 'PUBLIC_SECURITY'
    WHEN department LIKE '%司法局' THEN 'JUSTICE'
    WHEN department LIKE '%供电%' THEN 'POWER_SUPPLY'
    WHEN department LIKE '%水业%' OR department LIKE '%供水%' THEN 'WATER_SUPPLY'
    WHEN department LIKE '%燃气%' THEN 'GAS_SUPPLY'
    WHEN department LIKE '%自然资源局' THEN 'NATURAL_RESOURCES'
    WHEN department LIKE '%市场监督管理局' THEN 'MARKET_REGULATION'
    WHEN department LIKE '%税务局' THEN 'TAXATION'
    WHEN department LIKE '%人力资源和社会保障局' THEN 'HUMAN_RESOURCES'
    WHEN department LIKE '%住房公积金%' THEN 'HOUSING_FUND'
    ELSE 'GOVERNMENT_SERVICES' END
WHERE department_code IS NULL;

-- The article a seeded item's promise comes from, shown through the citation formatter.
ALTER TABLE svc_implementation ADD COLUMN seed_ref TEXT;

-- department_id is filled when a case opens (the tree is seeded at start-up, after migrations);
-- cases opened before this migration get it from the tree if it is there.
ALTER TABLE svc_case ADD COLUMN department_id BIGINT;
ALTER TABLE svc_case ADD COLUMN assignee TEXT;        -- AB岗: the handler working the case now
ALTER TABLE svc_case ADD COLUMN finished_on DATE;     -- 办结
ALTER TABLE svc_case ADD COLUMN delivered_on DATE;    -- 送达
ALTER TABLE svc_case ADD COLUMN delivery TEXT;        -- WINDOW, POST, ONLINE
ALTER TABLE svc_case ADD COLUMN applicant_name TEXT;  -- a walk-in applicant's contact at the window
UPDATE svc_case c SET department_id = d.id
FROM svc_implementation i, platform_department d
WHERE c.implementation_id = i.id AND d.code = i.department_code AND c.department_id IS NULL;
UPDATE svc_case SET assignee = first_receiver WHERE assignee IS NULL;
CREATE INDEX svc_case_department_id_queue_idx ON svc_case (department_id, status, due_on, id);
CREATE INDEX svc_case_assignee_idx ON svc_case (assignee) WHERE finished_on IS NULL;

-- What the applicant provided for each material: uploaded / declared now, taken from the platform
-- (data sharing, an e-licence the platform issued) or replaced by the signed promise.
CREATE TABLE svc_case_material
(
  case_id   BIGINT      NOT NULL REFERENCES svc_case (id),
  name      TEXT        NOT NULL,
  source    TEXT        NOT NULL, -- PROVIDED, SHARED, E_LICENCE, PROMISE, NOTICE, DEFICIENCY
  reference TEXT        NOT NULL DEFAULT '',
  at        TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, name, source)
);

-- AB岗 (001 §31): every handler has a backup in the same department; while absent, their open cases
-- are worked by the backup. The first receiver (首问负责) stays on the case regardless.
CREATE TABLE svc_handler_cover
(
  username      TEXT PRIMARY KEY,
  department_id BIGINT NOT NULL,
  backup        TEXT   NOT NULL,
  absent        BOOLEAN NOT NULL DEFAULT FALSE,
  absent_since  TIMESTAMPTZ,
  CHECK (backup <> username)
);

-- Seeds' promises, and the eight household-registration items 002 #5 names (of the ten it announces).
-- 刻章备案、印章刻制许可
UPDATE svc_implementation SET seed_ref = '002 #7' WHERE item_code IN ('SVC-GA-001', 'SVC-GA-002');
-- 身份证
UPDATE svc_implementation SET seed_ref = '002 #4' WHERE item_code = 'SVC-GA-003';
-- 户籍
UPDATE svc_implementation SET seed_ref = '002 #5' WHERE item_code = 'SVC-GA-010';
-- 联网单位网站备案
UPDATE svc_implementation SET seed_ref = '002 #8' WHERE item_code = 'SVC-GA-020';
-- 机动车查验
UPDATE svc_implementation SET seed_ref = '002 #10' WHERE item_code = 'SVC-GA-030';
-- 货车通行
UPDATE svc_implementation SET seed_ref = '002 #11' WHERE item_code = 'SVC-GA-040';
-- 公证
UPDATE svc_implementation SET seed_ref = '002 #15' WHERE item_code = 'SVC-SF-001';
-- 用电报装
UPDATE svc_implementation SET seed_ref = '004 #11' WHERE item_code = 'SVC-UT-001';
-- 用水用气
UPDATE svc_implementation SET seed_ref = '004 #12' WHERE item_code = 'SVC-UT-002';
UPDATE svc_implementation SET seed_ref = '004 #12' WHERE item_code = 'SVC-UT-003';
-- 不动产登记
UPDATE svc_implementation SET seed_ref = '004 #30' WHERE item_code = 'SVC-ZR-001';
-- 分支机构
UPDATE svc_implementation SET seed_ref = '004 #2' WHERE item_code = 'SVC-SC-001';
-- 特种设备作业人员电子证书
UPDATE svc_implementation SET seed_ref = '004 #35' WHERE item_code = 'SVC-SC-002';
UPDATE svc_implementation SET fees = '' WHERE item_code IN ('SVC-UT-001', 'SVC-UT-002', 'SVC-UT-003');
UPDATE svc_implementation SET steps = '网上申请（营业执照由电子证照自动调取）→勘查→装表接电；低压小微企业外线工程费用由供电企业承担'
WHERE item_code = 'SVC-UT-001';
UPDATE svc_implementation SET steps = '网上申请→现场勘查→施工→通水；无外线工程的免收接入费用'
WHERE item_code = 'SVC-UT-002';
UPDATE svc_implementation SET steps = '网上申请→现场勘查→施工→通气；无外线工程的免收接入费用'
WHERE item_code = 'SVC-UT-003';

INSERT INTO svc_catalogue_version (version_no, published_at, note)
VALUES (2, TIMESTAMPTZ '2025-03-01 00:00:00+08', '户籍类网办事项逐项发布；事项标注承诺依据条款；部门按组织机构代码对应');

INSERT INTO svc_implementation (item_code, name, item_type, basis, level, region_code, department, department_code,
                                statutory_days, promised_days, instant, channels, online_depth, tongban,
                                service_window, hours, conditions, steps, fees, since_version, search_text, seed_ref)
SELECT code, name, 'PUBLIC_SERVICE', '《中华人民共和国户口登记条例》', 'CITY', '650100', '乌鲁木齐市公安局', '650100-PUBLIC_SECURITY',
       20, days, FALSE, 'ONLINE,MOBILE', 'FULLY_ONLINE', tongban, '网上办理', '全天', '本市户籍居民', '网上申请→审核→办结',
       '', 2, '', '002 #5'
FROM (VALUES ('SVC-GA-011', '出生登记', 5, '疆内'),
             ('SVC-GA-012', '转业安置落户', 5, '疆内'),
             ('SVC-GA-013', '收养登记落户', 5, '疆内'),
             ('SVC-GA-014', '回国（内地、大陆）加入中国籍落户', 10, '疆内'),
             ('SVC-GA-015', '开具户籍类证明（疆内户籍）', 1, '疆内'),
             ('SVC-GA-016', '开具户籍类证明（跨省通办）', 1, '跨省'),
             ('SVC-GA-017', '户口簿换补领', 5, '疆内'),
             ('SVC-GA-018', '新生儿重名查询', 1, '疆内')) AS h(code, name, days, tongban);
UPDATE svc_implementation SET search_text = lower(item_code || ' ' || name || ' ' || department || ' ' || basis || ' ' || conditions)
WHERE search_text = '';

-- 002 #8: website filing needs no topology diagram; the materials list says so by not asking it.
INSERT INTO svc_material (implementation_id, seq, name, original, copies, deficiency_allowed, promise_replaces, shared_source)
SELECT i.id, m.seq, m.name, m.original, 1, m.deficiency_allowed, FALSE, m.shared_source
FROM svc_implementation i
JOIN (VALUES
  ('SVC-GA-020', 1, '联网单位备案登记表', TRUE, FALSE, NULL),
  ('SVC-GA-020', 2, '营业执照', TRUE, FALSE, '电子证照：营业执照'),
  ('SVC-GA-020', 3, '网络安全保护管理制度', FALSE, TRUE, NULL),
  ('SVC-GA-030', 1, '上门查验书面申请', TRUE, FALSE, NULL),
  ('SVC-GA-030', 2, '机动车行驶证', TRUE, FALSE, '电子证照：机动车行驶证'),
  ('SVC-GA-040', 1, '机动车行驶证', TRUE, FALSE, '电子证照：机动车行驶证'),
  ('SVC-SF-001', 1, '公证申请表', TRUE, FALSE, NULL),
  ('SVC-SF-001', 2, '营业执照', TRUE, FALSE, '电子证照：营业执照'),
  ('SVC-SF-001', 3, '刻章备案', TRUE, FALSE, NULL),
  ('SVC-UT-002', 1, '用水申请表', TRUE, FALSE, NULL),
  ('SVC-UT-002', 2, '营业执照', TRUE, FALSE, '电子证照：营业执照'),
  ('SVC-UT-003', 1, '用气申请表', TRUE, FALSE, NULL),
  ('SVC-UT-003', 2, '营业执照', TRUE, FALSE, '电子证照：营业执照'),
  ('SVC-SC-001', 1, '分支机构变更登记申请书', TRUE, FALSE, NULL),
  ('SVC-SC-001', 2, '总公司营业执照', TRUE, FALSE, '电子证照：营业执照'),
  ('SVC-SC-002', 1, '特种设备作业人员考试合格证明', TRUE, FALSE, '数据共享：考试机构成绩库'),
  ('SVC-SC-002', 2, '身份证明', TRUE, FALSE, '数据共享：人口库')
) AS m(code, seq, name, original, deficiency_allowed, shared_source)
  ON m.code = i.item_code AND i.level = 'CITY'
ON CONFLICT DO NOTHING;

INSERT INTO svc_catalogue_change (version_no, change, item_code, name, summary)
SELECT 2, 'ADDED', item_code, name, department || '（' || region_code || '）发布实施清单，全程网办'
FROM svc_implementation WHERE since_version = 2;

INSERT INTO svc_setting (key, value) VALUES ('instant.warning_hour', '16') ON CONFLICT DO NOTHING;

-- 好差评 at the window too (国办发〔2019〕51号: online, mobile and window evaluation).
ALTER TABLE svc_rating ADD COLUMN channel TEXT NOT NULL DEFAULT 'ONLINE';
