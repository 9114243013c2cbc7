-- 一件事一次办 (000 §19, 004 #1): one application, one identity check, fanned out as one service case per
-- item in each item's department, tracked together. Bundle items carry their own codes (prefix BDL-)
-- so they never clash with the items the catalogue publishes under SVC- codes; department names are
-- those of the department tree, so the parts land in the right queues.
INSERT INTO svc_catalogue_version (version_no, published_at, note)
VALUES (20, TIMESTAMPTZ '2025-03-01 00:00:00+08', '一件事一次办：企业开办、简易注销的组成事项（000 §19、§30，004 #1）')
ON CONFLICT DO NOTHING;

INSERT INTO svc_implementation (item_code, name, item_type, basis, level, region_code, department,
                                statutory_days, promised_days, instant, channels, online_depth, tongban,
                                service_window, hours, conditions, steps, fees, since_version, search_text)
VALUES
  ('BDL-KB-01', '企业开办：设立登记', 'LICENSING', '《中华人民共和国市场主体登记管理条例》', 'CITY', '650100', '乌鲁木齐市市场监督管理局',
   3, 1, FALSE, 'ONLINE,WINDOW', 'FULLY_ONLINE', '疆内', '乌鲁木齐市政务服务中心企业开办专区', '周一至周五 10:00–19:30（北京时间）',
   '名称自主申报，一次身份认证', '一网通办→审核→发照', '', 20, ''),
  ('BDL-KB-02', '企业开办：公章刻制备案', 'CONFIRMATION', '《印铸刻字业暨印章治安管理办法》', 'CITY', '650100', '乌鲁木齐市公安局',
   5, 1, FALSE, 'ONLINE,WINDOW', 'FULLY_ONLINE', '疆内', '乌鲁木齐市政务服务中心企业开办专区', '周一至周五 10:00–19:30（北京时间）',
   '随设立登记一并申请', '一网通办→备案→刻制', '', 20, ''),
  ('BDL-KB-03', '企业开办：发票申领及税务登记', 'PUBLIC_SERVICE', '《中华人民共和国发票管理办法》', 'CITY', '650100', '乌鲁木齐市税务局',
   5, 1, FALSE, 'ONLINE,WINDOW', 'FULLY_ONLINE', '疆内', '乌鲁木齐市政务服务中心企业开办专区', '周一至周五 10:00–19:30（北京时间）',
   '随设立登记一并申请', '一网通办→税务信息确认→发放发票', '', 20, ''),
  ('BDL-KB-04', '企业开办：员工社会保险登记', 'PUBLIC_SERVICE', '《中华人民共和国社会保险法》', 'CITY', '650100', '乌鲁木齐市人力资源和社会保障局',
   15, 1, FALSE, 'ONLINE,WINDOW', 'FULLY_ONLINE', '疆内', '乌鲁木齐市政务服务中心企业开办专区', '周一至周五 10:00–19:30（北京时间）',
   '随设立登记一并申请', '一网通办→登记', '', 20, ''),
  ('BDL-KB-05', '企业开办：住房公积金企业缴存登记', 'PUBLIC_SERVICE', '《住房公积金管理条例》', 'CITY', '650100', '乌鲁木齐市住房公积金管理中心',
   5, 1, FALSE, 'ONLINE,WINDOW', 'FULLY_ONLINE', '疆内', '乌鲁木齐市政务服务中心企业开办专区', '周一至周五 10:00–19:30（北京时间）',
   '随设立登记一并申请', '一网通办→登记', '', 20, ''),
  ('BDL-ZX-01', '简易注销：注销登记（公告期满后）', 'LICENSING', '《中华人民共和国市场主体登记管理条例》第三十三条', 'CITY', '650100', '乌鲁木齐市市场监督管理局',
   3, 1, FALSE, 'ONLINE,WINDOW', 'FULLY_ONLINE', '疆内', '乌鲁木齐市政务服务中心企业注销专区', '周一至周五 10:00–19:30（北京时间）',
   '未发生债权债务或已清偿完毕，全体投资人书面承诺；简易注销公告期 20 日届满无异议', '一网通办→公告 20 日→注销登记', '', 20, ''),
  ('BDL-ZX-02', '简易注销：清税', 'PUBLIC_SERVICE', '《中华人民共和国税收征收管理法》', 'CITY', '650100', '乌鲁木齐市税务局',
   20, 1, FALSE, 'ONLINE,WINDOW', 'FULLY_ONLINE', '疆内', '乌鲁木齐市政务服务中心企业注销专区', '周一至周五 10:00–19:30（北京时间）',
   '无欠税、未结事项', '一网通办→清税证明', '', 20, ''),
  ('BDL-ZX-03', '简易注销：社会保险注销登记', 'PUBLIC_SERVICE', '《中华人民共和国社会保险法》', 'CITY', '650100', '乌鲁木齐市人力资源和社会保障局',
   15, 1, FALSE, 'ONLINE,WINDOW', 'FULLY_ONLINE', '疆内', '乌鲁木齐市政务服务中心企业注销专区', '周一至周五 10:00–19:30（北京时间）',
   '无欠缴社会保险费', '一网通办→注销登记', '', 20, ''),
  ('BDL-ZX-04', '简易注销：住房公积金缴存注销', 'PUBLIC_SERVICE', '《住房公积金管理条例》', 'CITY', '650100', '乌鲁木齐市住房公积金管理中心',
   5, 1, FALSE, 'ONLINE,WINDOW', 'FULLY_ONLINE', '疆内', '乌鲁木齐市政务服务中心企业注销专区', '周一至周五 10:00–19:30（北京时间）',
   '职工账户已封存或转移', '一网通办→注销', '', 20, ''),
  ('BDL-ZX-05', '简易注销：公章缴销', 'CONFIRMATION', '《印铸刻字业暨印章治安管理办法》', 'CITY', '650100', '乌鲁木齐市公安局',
   5, 1, FALSE, 'ONLINE,WINDOW', 'FULLY_ONLINE', '疆内', '乌鲁木齐市政务服务中心企业注销专区', '周一至周五 10:00–19:30（北京时间）',
   '注销登记后缴销印章', '一网通办→缴销', '', 20, '')
ON CONFLICT DO NOTHING;

UPDATE svc_implementation SET search_text = lower(item_code || ' ' || name || ' ' || department || ' ' || basis || ' ' || conditions)
WHERE item_code LIKE 'BDL-%';

INSERT INTO svc_catalogue_change (version_no, change, item_code, name, summary)
SELECT 20, 'ADDED', item_code, name, department || '（' || region_code || '）发布实施清单（一件事一次办组成事项）'
FROM svc_implementation WHERE item_code LIKE 'BDL-%';

-- Which items a bundle fans out to. notice_days: a public notice (简易注销 20 days, 《市场主体登记管理
-- 条例》第三十三条) runs before the parts marked after_notice are opened.
CREATE TABLE svc_bundle_definition
(
  code        TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  basis       TEXT NOT NULL,
  notice_days INT  NOT NULL DEFAULT 0,
  sort_order  INT  NOT NULL DEFAULT 100
);

CREATE TABLE svc_bundle_definition_item
(
  bundle_code  TEXT    NOT NULL REFERENCES svc_bundle_definition (code),
  seq          INT     NOT NULL,
  item_code    TEXT    NOT NULL,
  after_notice BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (bundle_code, seq)
);

INSERT INTO svc_bundle_definition (code, name, basis, notice_days, sort_order) VALUES
  ('ENTERPRISE_OPENING', '企业开办', '004 #1', 0, 10),
  ('SIMPLE_DEREGISTRATION', '企业简易注销', '000 §30', 20, 20);

INSERT INTO svc_bundle_definition_item (bundle_code, seq, item_code, after_notice) VALUES
  ('ENTERPRISE_OPENING', 1, 'BDL-KB-01', FALSE),
  ('ENTERPRISE_OPENING', 2, 'BDL-KB-02', FALSE),
  ('ENTERPRISE_OPENING', 3, 'BDL-KB-03', FALSE),
  ('ENTERPRISE_OPENING', 4, 'BDL-KB-04', FALSE),
  ('ENTERPRISE_OPENING', 5, 'BDL-KB-05', FALSE),
  ('SIMPLE_DEREGISTRATION', 1, 'BDL-ZX-02', FALSE),
  ('SIMPLE_DEREGISTRATION', 2, 'BDL-ZX-03', FALSE),
  ('SIMPLE_DEREGISTRATION', 3, 'BDL-ZX-04', FALSE),
  ('SIMPLE_DEREGISTRATION', 4, 'BDL-ZX-01', TRUE),
  ('SIMPLE_DEREGISTRATION', 5, 'BDL-ZX-05', TRUE);

-- One application. request_key makes a repeated submission return the first bundle.
CREATE TABLE svc_bundle
(
  id                  BIGSERIAL PRIMARY KEY,
  request_key         TEXT        NOT NULL UNIQUE,
  bundle_code         TEXT        NOT NULL REFERENCES svc_bundle_definition (code),
  credit_code         TEXT        NOT NULL,
  identity_name       TEXT        NOT NULL,
  identity_checked_at TIMESTAMPTZ NOT NULL,
  identity_checked_by TEXT        NOT NULL,
  status              TEXT        NOT NULL, -- NOTICE, IN_PROGRESS, DONE
  applied_on          DATE        NOT NULL,
  notice_ends_on      DATE,
  done_on             DATE
);
CREATE INDEX svc_bundle_enterprise_idx ON svc_bundle (credit_code, id DESC);
CREATE INDEX svc_bundle_notice_idx ON svc_bundle (notice_ends_on) WHERE status = 'NOTICE';

CREATE TABLE svc_bundle_part
(
  bundle_id         BIGINT NOT NULL REFERENCES svc_bundle (id),
  seq               INT    NOT NULL,
  implementation_id BIGINT NOT NULL REFERENCES svc_implementation (id),
  department        TEXT   NOT NULL,
  case_id           BIGINT UNIQUE REFERENCES svc_case (id),
  status            TEXT   NOT NULL, -- WAITING (for the notice), OPEN, DONE, REFUSED
  finished_on       DATE,
  PRIMARY KEY (bundle_id, seq)
);
CREATE INDEX svc_bundle_part_department_idx ON svc_bundle_part (department, status);

-- 帮办代办 (000 §20): an enterprise asks for help with an item; the department assigns a helper and
-- keeps notes until it is resolved.
CREATE TABLE svc_help_request
(
  id                BIGSERIAL PRIMARY KEY,
  request_key       TEXT        NOT NULL UNIQUE,
  credit_code       TEXT        NOT NULL,
  implementation_id BIGINT      NOT NULL REFERENCES svc_implementation (id),
  department        TEXT        NOT NULL,
  case_id           BIGINT REFERENCES svc_case (id),
  description       TEXT        NOT NULL,
  contact_name      TEXT        NOT NULL,
  contact_phone     TEXT        NOT NULL,
  status            TEXT        NOT NULL, -- REQUESTED, ASSIGNED, RESOLVED
  helper            TEXT,
  requested_at      TIMESTAMPTZ NOT NULL,
  resolved_at       TIMESTAMPTZ
);
CREATE INDEX svc_help_request_enterprise_idx ON svc_help_request (credit_code, id DESC);
CREATE INDEX svc_help_request_department_idx ON svc_help_request (department, status);

CREATE TABLE svc_help_note
(
  id         BIGSERIAL PRIMARY KEY,
  request_id BIGINT      NOT NULL REFERENCES svc_help_request (id),
  written_at TIMESTAMPTZ NOT NULL,
  written_by TEXT        NOT NULL,
  note       TEXT        NOT NULL
);
CREATE INDEX svc_help_note_request_idx ON svc_help_note (request_id, id);

-- 办不成事 (000 §20): a case that cannot be done, raised once as an appeal through the appeal
-- module's intake; the appeal's tracking number is kept to show where it stands.
CREATE TABLE svc_hard_case
(
  case_id         BIGINT PRIMARY KEY REFERENCES svc_case (id),
  credit_code     TEXT        NOT NULL,
  problem         TEXT        NOT NULL,
  tracking_number TEXT,
  public_code     TEXT,
  raised_at       TIMESTAMPTZ NOT NULL
);

-- The figures (网办率, 按时办结率, 一次办结率 …) count cases by month of application and of decision.
CREATE INDEX svc_case_applied_idx ON svc_case (applied_on);
CREATE INDEX svc_case_decided_idx ON svc_case (decided_on) WHERE decided_on IS NOT NULL;
CREATE INDEX svc_rating_rated_idx ON svc_rating (rated_on);

INSERT INTO platform_role_permission (role, permission) VALUES
  ('OFFICE', 'services:bundles')
ON CONFLICT DO NOTHING;
