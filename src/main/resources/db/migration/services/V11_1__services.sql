-- Government services (政务服务): the 基本目录 of service items and each department's 实施清单 for its
-- region (001 §28, 004 #18), the guides with their materials (001 §34, 000 §21), and the public
-- change list. Items at region, city and county level with the same code must agree on name, basis
-- and type; the consistency report reads svc_implementation grouped by item_code.
CREATE TABLE svc_catalogue_version
(
  version_no   INT PRIMARY KEY,
  published_at TIMESTAMPTZ NOT NULL,
  note         TEXT        NOT NULL DEFAULT ''
);

CREATE TABLE svc_catalogue_change
(
  id         BIGSERIAL PRIMARY KEY,
  version_no INT  NOT NULL REFERENCES svc_catalogue_version (version_no),
  change     TEXT NOT NULL, -- ADDED / CHANGED / REMOVED
  item_code  TEXT NOT NULL,
  name       TEXT NOT NULL,
  summary    TEXT NOT NULL
);
CREATE INDEX svc_catalogue_change_version_idx ON svc_catalogue_change (version_no);

-- One row per item as a department implements it in its region (实施清单). name/basis/item_type
-- repeat the basic catalogue's on purpose: the consistency report exists to find where they differ.
CREATE TABLE svc_implementation
(
  id              BIGSERIAL PRIMARY KEY,
  item_code       TEXT    NOT NULL,
  name            TEXT    NOT NULL,
  item_type       TEXT    NOT NULL, -- LICENSING, CONFIRMATION, PUBLIC_SERVICE, OTHER
  basis           TEXT    NOT NULL,
  level           TEXT    NOT NULL, -- REGION, CITY, COUNTY
  region_code     TEXT    NOT NULL,
  department      TEXT    NOT NULL,
  statutory_days  INT     NOT NULL,
  statutory_count TEXT    NOT NULL DEFAULT 'WORKING',
  promised_days   INT     NOT NULL,
  promised_count  TEXT    NOT NULL DEFAULT 'WORKING',
  instant         BOOLEAN NOT NULL DEFAULT FALSE, -- 即办件 (otherwise 承诺件)
  channels        TEXT    NOT NULL DEFAULT 'ONLINE,WINDOW',
  online_depth    TEXT    NOT NULL DEFAULT 'FULLY_ONLINE',
  tongban         TEXT    NOT NULL DEFAULT '', -- 跨省, 疆内, 兵地 (000 §19)
  service_window  TEXT    NOT NULL DEFAULT '',
  hours           TEXT    NOT NULL DEFAULT '',
  conditions      TEXT    NOT NULL DEFAULT '',
  steps           TEXT    NOT NULL DEFAULT '',
  fees            TEXT    NOT NULL DEFAULT '', -- names from the fee catalogue; empty = free
  since_version   INT     NOT NULL REFERENCES svc_catalogue_version (version_no),
  search_text     TEXT    NOT NULL,
  UNIQUE (item_code, region_code, department)
);
CREATE INDEX svc_implementation_code_idx ON svc_implementation (item_code, level);
CREATE INDEX svc_implementation_region_idx ON svc_implementation (region_code, department);

CREATE TABLE svc_material
(
  implementation_id  BIGINT  NOT NULL REFERENCES svc_implementation (id),
  seq                INT     NOT NULL,
  name               TEXT    NOT NULL,
  original           BOOLEAN NOT NULL DEFAULT TRUE,
  copies             INT     NOT NULL DEFAULT 1,
  deficiency_allowed BOOLEAN NOT NULL DEFAULT FALSE, -- may be missing under 容缺受理 (not a key material)
  promise_replaces   BOOLEAN NOT NULL DEFAULT FALSE, -- 告知承诺 replaces the proof
  shared_source      TEXT, -- obtained by data sharing or from an e-licence: never asked of the applicant
  PRIMARY KEY (implementation_id, seq)
);

INSERT INTO svc_catalogue_version (version_no, published_at, note)
VALUES (1, TIMESTAMPTZ '2025-01-01 00:00:00+08', '首版：依据 002 #4–11、#15，000 §27–28，004 #2、#11–13、#29–30、#35 编制');

-- The seeds' items with their promised limits. Search text = code, name, department, basis.
INSERT INTO svc_implementation (item_code, name, item_type, basis, level, region_code, department,
                                statutory_days, promised_days, instant, channels, online_depth, tongban,
                                service_window, hours, conditions, steps, fees, since_version, search_text)
VALUES
  ('SVC-GA-001', '刻章备案', 'CONFIRMATION', '《印铸刻字业暨印章治安管理办法》', 'CITY', '650100', '乌鲁木齐市公安局',
   5, 1, FALSE, 'ONLINE,WINDOW,MOBILE', 'FULLY_ONLINE', '疆内', '乌鲁木齐市政务服务中心 A 区 12 号窗口', '周一至周五 10:00–19:30（北京时间）',
   '已办理营业执照的经营主体', '网上申请→受理→审核→备案→电子证照', '', 1, ''),
  ('SVC-GA-002', '公章刻制业特种行业许可（当场办结，告知承诺）', 'LICENSING', '《国务院关于第六批取消和调整行政审批项目的决定》', 'CITY', '650100', '乌鲁木齐市公安局',
   20, 0, TRUE, 'ONLINE,WINDOW', 'FULLY_ONLINE', '疆内', '乌鲁木齐市政务服务中心 A 区 12 号窗口', '周一至周五 10:00–19:30（北京时间）',
   '具备刻制设备和场所，书面承诺符合条件', '申请→签署承诺→当场决定→事后核查', '', 1, ''),
  ('SVC-GA-003', '居民身份证申领', 'PUBLIC_SERVICE', '《中华人民共和国居民身份证法》', 'CITY', '650100', '乌鲁木齐市公安局',
   60, 15, FALSE, 'WINDOW', 'WINDOW_ONLY', '跨省', '各派出所户籍窗口', '周一至周日 10:00–19:30（北京时间）',
   '本市户籍居民或跨省通办', '采集→制证→领取', '证照工本费', 1, ''),
  ('SVC-GA-010', '户籍类事项（十项全程网办）', 'PUBLIC_SERVICE', '《中华人民共和国户口登记条例》', 'CITY', '650100', '乌鲁木齐市公安局',
   20, 5, FALSE, 'ONLINE,MOBILE', 'FULLY_ONLINE', '疆内', '网上办理', '全天',
   '出生登记、迁移、变更等十项', '网上申请→审核→办结', '', 1, ''),
  ('SVC-GA-020', '非交互式网站备案', 'CONFIRMATION', '《计算机信息网络国际联网安全保护管理办法》', 'CITY', '650100', '乌鲁木齐市公安局',
   30, 20, FALSE, 'ONLINE', 'FULLY_ONLINE', '', '网上办理', '全天',
   '无需提供网络拓扑图', '网上申请→审核→备案', '', 1, ''),
  ('SVC-GA-030', '机动车检验（上门，企业车辆）', 'PUBLIC_SERVICE', '《中华人民共和国道路交通安全法》', 'CITY', '650100', '乌鲁木齐市公安局',
   5, 1, FALSE, 'ONLINE,WINDOW', 'ONLINE_BOOKING', '', '车管所', '周一至周五 10:00–19:30（北京时间）',
   '企业车辆 10 辆以上可申请上门检验', '预约→上门检验→出具结果', '机动车检验费', 1, ''),
  ('SVC-GA-040', '货车电子通行证', 'LICENSING', '《中华人民共和国道路交通安全法》', 'CITY', '650100', '乌鲁木齐市公安局',
   5, 0, TRUE, 'ONLINE,MOBILE', 'FULLY_ONLINE', '', '网上办理', '全天',
   '货车号牌、行驶证有效', '网上申请→即时发放', '', 1, ''),
  ('SVC-SF-001', '中小企业公证绿色通道', 'PUBLIC_SERVICE', '《中华人民共和国公证法》', 'CITY', '650100', '乌鲁木齐市司法局',
   15, 0, TRUE, 'WINDOW,ONLINE', 'ONLINE_BOOKING', '', '各公证处绿色通道窗口', '周一至周五 10:00–19:30（北京时间）',
   '中小微企业', '申请→当日出证', '', 1, ''),
  ('SVC-UT-001', '用电报装（低压小微企业）', 'PUBLIC_SERVICE', '《电力供应与使用条例》', 'CITY', '650100', '国网乌鲁木齐供电公司',
   15, 5, FALSE, 'ONLINE,WINDOW,MOBILE', 'FULLY_ONLINE', '', '供电营业厅', '周一至周日 10:00–19:30（北京时间）',
   '160 千瓦及以下小微企业零上门、零审批、零投资', '申请→装表接电', '', 1, ''),
  ('SVC-UT-002', '用水报装', 'PUBLIC_SERVICE', '《城市供水条例》', 'CITY', '650100', '乌鲁木齐水业集团',
   15, 5, FALSE, 'ONLINE,WINDOW', 'FULLY_ONLINE', '', '供水营业厅', '周一至周五 10:00–19:30（北京时间）',
   '无外线工程的小微企业', '申请→勘查→接水', '', 1, ''),
  ('SVC-UT-003', '用气报装', 'PUBLIC_SERVICE', '《城镇燃气管理条例》', 'CITY', '650100', '乌鲁木齐燃气集团',
   15, 5, FALSE, 'ONLINE,WINDOW', 'FULLY_ONLINE', '', '燃气营业厅', '周一至周五 10:00–19:30（北京时间）',
   '无外线工程的小微企业', '申请→勘查→通气', '', 1, ''),
  ('SVC-ZR-001', '不动产登记、交易和缴税（一窗受理、并行办理）', 'CONFIRMATION', '《不动产登记暂行条例》', 'CITY', '650100', '乌鲁木齐市自然资源局',
   30, 1, FALSE, 'WINDOW,ONLINE', 'ONLINE_BOOKING', '疆内', '不动产登记中心综合窗口', '周一至周五 10:00–19:30（北京时间）',
   '企业间存量非住宅转移登记', '一窗受理→登记、交易、缴税并行→发证', '不动产登记费', 1, ''),
  ('SVC-SC-001', '分支机构变更登记（集中办理）', 'LICENSING', '《中华人民共和国市场主体登记管理条例》', 'CITY', '650100', '乌鲁木齐市市场监督管理局',
   3, 1, FALSE, 'ONLINE,WINDOW', 'FULLY_ONLINE', '疆内', '乌鲁木齐市政务服务中心 B 区', '周一至周五 10:00–19:30（北京时间）',
   '总公司申请，分支机构随同变更', '申请→审核→登记', '', 1, ''),
  ('SVC-SC-002', '特种设备作业人员证（电子证书）', 'LICENSING', '《中华人民共和国特种设备安全法》', 'CITY', '650100', '乌鲁木齐市市场监督管理局',
   20, 10, FALSE, 'ONLINE,WINDOW', 'FULLY_ONLINE', '疆内', '乌鲁木齐市政务服务中心 B 区', '周一至周五 10:00–19:30（北京时间）',
   '考试合格', '申请→考核→发电子证书', '', 1, ''),
  ('SVC-SC-003', '企业设立登记', 'LICENSING', '《中华人民共和国市场主体登记管理条例》', 'CITY', '650100', '乌鲁木齐市市场监督管理局',
   3, 1, FALSE, 'ONLINE,WINDOW', 'FULLY_ONLINE', '疆内', '乌鲁木齐市政务服务中心 B 区', '周一至周五 10:00–19:30（北京时间）',
   '名称自主申报', '申请→审核→发照', '', 1, ''),
  ('SVC-SW-001', '发票申领', 'PUBLIC_SERVICE', '《中华人民共和国发票管理办法》', 'CITY', '650100', '乌鲁木齐市税务局',
   5, 0, TRUE, 'ONLINE,WINDOW', 'FULLY_ONLINE', '疆内', '办税服务厅', '周一至周五 10:00–19:30（北京时间）',
   '新办纳税人', '申请→即时发放', '', 1, ''),
  ('SVC-RS-001', '社会保险登记', 'PUBLIC_SERVICE', '《中华人民共和国社会保险法》', 'CITY', '650100', '乌鲁木齐市人力资源和社会保障局',
   15, 0, TRUE, 'ONLINE,WINDOW', 'FULLY_ONLINE', '疆内', '社保经办窗口', '周一至周五 10:00–19:30（北京时间）',
   '新设立单位', '申请→即时登记', '', 1, ''),
  ('SVC-GJ-001', '住房公积金单位缴存登记', 'PUBLIC_SERVICE', '《住房公积金管理条例》', 'CITY', '650100', '乌鲁木齐住房公积金管理中心',
   5, 0, TRUE, 'ONLINE,WINDOW', 'FULLY_ONLINE', '疆内', '公积金服务窗口', '周一至周五 10:00–19:30（北京时间）',
   '新设立单位', '申请→即时登记', '', 1, ''),
  -- The same item at county level with a different legal basis: the consistency report must find it.
  ('SVC-GA-001', '刻章备案', 'CONFIRMATION', '《乌鲁木齐县印章管理规定》', 'COUNTY', '650121', '乌鲁木齐县公安局',
   5, 2, FALSE, 'WINDOW', 'WINDOW_ONLY', '', '乌鲁木齐县政务服务中心 3 号窗口', '周一至周五 10:00–19:30（北京时间）',
   '已办理营业执照的经营主体', '受理→审核→备案', '', 1, '');

UPDATE svc_implementation SET search_text = lower(item_code || ' ' || name || ' ' || department || ' ' || basis || ' ' || conditions);

INSERT INTO svc_material (implementation_id, seq, name, original, copies, deficiency_allowed, promise_replaces, shared_source)
SELECT i.id, m.seq, m.name, m.original, m.copies, m.deficiency_allowed, m.promise_replaces, m.shared_source
FROM svc_implementation i
JOIN (VALUES
  ('SVC-GA-001', 1, '营业执照', TRUE, 1, FALSE, FALSE, '电子证照：营业执照'),
  ('SVC-GA-001', 2, '法定代表人身份证明', TRUE, 1, FALSE, FALSE, '数据共享：人口库'),
  ('SVC-GA-001', 3, '印章印模', TRUE, 1, FALSE, FALSE, NULL),
  ('SVC-GA-001', 4, '经办人授权委托书', TRUE, 1, TRUE, FALSE, NULL),
  ('SVC-GA-002', 1, '营业执照', TRUE, 1, FALSE, FALSE, '电子证照：营业执照'),
  ('SVC-GA-002', 2, '经营场所及设备证明', TRUE, 1, FALSE, TRUE, NULL),
  ('SVC-GA-002', 3, '治安保卫制度', FALSE, 1, FALSE, TRUE, NULL),
  ('SVC-SC-003', 1, '公司登记（备案）申请书', TRUE, 1, FALSE, FALSE, NULL),
  ('SVC-SC-003', 2, '公司章程', TRUE, 1, FALSE, FALSE, NULL),
  ('SVC-SC-003', 3, '住所使用证明', FALSE, 1, TRUE, TRUE, NULL),
  ('SVC-UT-001', 1, '用电申请表', TRUE, 1, FALSE, FALSE, NULL),
  ('SVC-UT-001', 2, '营业执照', TRUE, 1, FALSE, FALSE, '电子证照：营业执照'),
  ('SVC-ZR-001', 1, '不动产权证书', TRUE, 1, FALSE, FALSE, '电子证照：不动产权证书'),
  ('SVC-ZR-001', 2, '买卖合同', TRUE, 2, FALSE, FALSE, NULL)
) AS m(code, seq, name, original, copies, deficiency_allowed, promise_replaces, shared_source)
  ON m.code = i.item_code AND i.level = 'CITY';

INSERT INTO svc_catalogue_change (version_no, change, item_code, name, summary)
SELECT 1, 'ADDED', item_code, name, department || '（' || region_code || '）发布实施清单'
FROM svc_implementation;
