-- Credit records (双公示, inspection results, court entries, tax, subsidy misuse, breaches, honours).
-- A record is public from decided_on until public_until (exclusive; the longest publicity period of
-- 信用修复管理办法) or until repaired_on, whichever comes first: computed "as of" a date, never by a job.
CREATE TABLE credit_record
(
  id                     BIGSERIAL PRIMARY KEY,
  credit_code            CHAR(18) NOT NULL,
  kind                   TEXT NOT NULL,
  source_department_code TEXT NOT NULL,
  source_record_id       TEXT NOT NULL,
  basis                  TEXT NOT NULL,
  decided_on             DATE NOT NULL,
  severity               TEXT,
  summary                TEXT NOT NULL DEFAULT '',
  repairable_from        DATE,
  public_until           DATE,
  repaired_on            DATE,
  recorded_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
  CONSTRAINT credit_record_source_unique UNIQUE (source_department_code, source_record_id)
);
CREATE INDEX credit_record_entity_idx ON credit_record (credit_code, decided_on DESC);
CREATE INDEX credit_record_source_idx ON credit_record (source_department_code, decided_on DESC);

-- Publicity periods per severity, in months (信用修复管理办法, 国家发展改革委令第36号).
CREATE TABLE credit_publicity_period
(
  severity        TEXT PRIMARY KEY,
  shortest_months INT NOT NULL CHECK (shortest_months >= 0),
  longest_months  INT NOT NULL CHECK (longest_months > 0),
  CHECK (shortest_months <= longest_months)
);
INSERT INTO credit_publicity_period (severity, shortest_months, longest_months) VALUES
  ('MINOR', 0, 3), ('ORDINARY', 3, 12), ('SERIOUS', 12, 36);

-- The scorecard: transparent indicators with weights, and class thresholds. Data, not code.
CREATE TABLE credit_indicator
(
  code      TEXT PRIMARY KEY,
  label     TEXT NOT NULL,
  weight    INT NOT NULL,
  cap       INT NOT NULL DEFAULT 5 CHECK (cap > 0),
  position  INT NOT NULL
);
INSERT INTO credit_indicator (code, label, weight, cap, position) VALUES
  ('SERIOUS_RECORDS', '公示中的严重失信记录（条）', 40, 3, 10),
  ('ORDINARY_RECORDS', '公示中的一般失信记录（条）', 15, 5, 20),
  ('MINOR_RECORDS', '公示中的轻微失信记录（条）', 5, 5, 30),
  ('JUDGMENT_DEFAULTER', '失信被执行人（条）', 30, 3, 40),
  ('TAX_ARREARS', '欠税记录（条）', 15, 3, 50),
  ('DISHONESTY_LIST', '列入失信名单', 35, 1, 60),
  ('HONOURS', '表彰荣誉（条）', -10, 3, 70),
  ('GOOD_TAX_LEVEL', '纳税信用A级', -10, 1, 80);

-- Score ≤ a_max → A; score ≥ d_min → D; score ≥ c_min → C; otherwise B. An entity without records
-- scores 0 and must be B, so a_max < 0 < c_min < d_min.
CREATE TABLE credit_scorecard_threshold
(
  id    INT PRIMARY KEY CHECK (id = 1),
  a_max INT NOT NULL,
  c_min INT NOT NULL,
  d_min INT NOT NULL,
  CHECK (a_max < 0 AND c_min > 0 AND d_min > c_min)
);
INSERT INTO credit_scorecard_threshold (id, a_max, c_min, d_min) VALUES (1, -10, 15, 50);

-- The current class of every entity whose class is not B or has been computed; B for the rest.
-- stale_on: the first date on which a contributing record leaves publicity (class may change then).
CREATE TABLE credit_profile
(
  credit_code  CHAR(18) PRIMARY KEY,
  risk_class   CHAR(1) NOT NULL,
  score        INT NOT NULL,
  indicators   JSONB NOT NULL,
  computed_on  DATE NOT NULL,
  stale_on     DATE
);
CREATE INDEX credit_profile_non_ordinary_idx ON credit_profile (risk_class) WHERE risk_class <> 'B';
CREATE INDEX credit_profile_stale_idx ON credit_profile (stale_on) WHERE stale_on IS NOT NULL;

CREATE TABLE credit_class_change
(
  id          BIGSERIAL PRIMARY KEY,
  credit_code CHAR(18) NOT NULL,
  from_class  CHAR(1) NOT NULL,
  to_class    CHAR(1) NOT NULL,
  score       INT NOT NULL,
  changed_on  DATE NOT NULL,
  changed_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  cause       TEXT NOT NULL
);
CREATE INDEX credit_class_change_entity_idx ON credit_class_change (credit_code, changed_at DESC);

-- Which records put an entity on a dishonesty list, whether a credit warning and grace period come
-- first (000 §54, 002 #37), and the measures imposed (003 §37).
CREATE TABLE credit_dishonesty_rule
(
  kind                TEXT NOT NULL,
  min_severity        TEXT NOT NULL,
  list_name           TEXT NOT NULL,
  warning_allowed     BOOLEAN NOT NULL,
  grace_working_days  INT NOT NULL DEFAULT 0,
  measures            TEXT[] NOT NULL,
  PRIMARY KEY (kind)
);
INSERT INTO credit_dishonesty_rule (kind, min_severity, list_name, warning_allowed, grace_working_days, measures) VALUES
  ('JUDGMENT_DEFAULTER', 'ORDINARY', '失信被执行人名单', TRUE, 20,
   '{EXCLUDED_FROM_AUTO_GRANT,EXCLUDED_FROM_SUBSIDIES,RAISED_INSPECTION_RATIO,RESTRICTED_FROM_TENDERS}'),
  ('SUBSIDY_MISUSE', 'ORDINARY', '骗取挪用补贴失信名单（不稳定就业黑名单）', FALSE, 0,
   '{EXCLUDED_FROM_AUTO_GRANT,EXCLUDED_FROM_SUBSIDIES,RAISED_INSPECTION_RATIO}'),
  ('TAX_ARREARS', 'SERIOUS', '重大税收违法失信主体名单', TRUE, 15,
   '{EXCLUDED_FROM_AUTO_GRANT,EXCLUDED_FROM_SUBSIDIES,RAISED_INSPECTION_RATIO,RESTRICTED_FROM_TENDERS}'),
  ('PENALTY', 'SERIOUS', '严重失信主体名单', FALSE, 0,
   '{EXCLUDED_FROM_AUTO_GRANT,EXCLUDED_FROM_SUBSIDIES,RAISED_INSPECTION_RATIO,RESTRICTED_FROM_TENDERS}'),
  ('COMMITMENT_BREACH', 'SERIOUS', '严重失信主体名单', FALSE, 0,
   '{EXCLUDED_FROM_AUTO_GRANT,RAISED_INSPECTION_RATIO}');

-- A list entry. In force from effective_on (after the grace period, if any) until ends_on (the
-- longest publicity period of its record) or removed_on, whichever comes first.
CREATE TABLE credit_dishonesty_entry
(
  id                BIGSERIAL PRIMARY KEY,
  credit_code       CHAR(18) NOT NULL,
  record_id         BIGINT NOT NULL REFERENCES credit_record (id),
  list_name         TEXT NOT NULL,
  basis             TEXT NOT NULL,
  severity          TEXT NOT NULL,
  measures          TEXT[] NOT NULL,
  warned_on         DATE,
  effective_on      DATE NOT NULL,
  ends_on           DATE NOT NULL,
  removed_on        DATE,
  removal_reason    TEXT,
  announced_in      BOOLEAN NOT NULL DEFAULT FALSE,
  announced_out     BOOLEAN NOT NULL DEFAULT FALSE,
  UNIQUE (record_id)
);
CREATE INDEX credit_dishonesty_entity_idx ON credit_dishonesty_entry (credit_code);
CREATE INDEX credit_dishonesty_pending_idx ON credit_dishonesty_entry (effective_on) WHERE NOT announced_in OR NOT announced_out;

-- Time limits officials configure (working days unless stated).
CREATE TABLE credit_setting
(
  key   TEXT PRIMARY KEY,
  value INT NOT NULL,
  label TEXT NOT NULL
);
INSERT INTO credit_setting (key, value, label) VALUES
  ('repair.decision.working-days', 5, '信用修复决定时限（工作日）'),
  ('repair.court.natural-days', 3, '失信被执行人履行后删除时限（自然日，002 #37）');

-- Credit repair (003 §45, 004 #51 谁处罚、谁修复) and every step the entity sees.
CREATE TABLE credit_repair_application
(
  id                       BIGSERIAL PRIMARY KEY,
  record_id                BIGINT NOT NULL REFERENCES credit_record (id),
  credit_code              CHAR(18) NOT NULL,
  deciding_department_code TEXT NOT NULL,
  evidence                 TEXT NOT NULL,
  commitment               TEXT NOT NULL,
  applied_on               DATE NOT NULL,
  due_on                   DATE NOT NULL,
  status                   TEXT NOT NULL,
  decided_on               DATE,
  decided_by               TEXT,
  reasons                  TEXT
);
CREATE INDEX credit_repair_entity_idx ON credit_repair_application (credit_code, id DESC);
CREATE INDEX credit_repair_department_idx ON credit_repair_application (deciding_department_code, status, due_on);
CREATE UNIQUE INDEX credit_repair_one_open_idx ON credit_repair_application (record_id) WHERE status = 'SUBMITTED';

CREATE TABLE credit_repair_step
(
  id             BIGSERIAL PRIMARY KEY,
  application_id BIGINT NOT NULL REFERENCES credit_repair_application (id),
  occurred_at    TIMESTAMPTZ NOT NULL,
  actor          TEXT NOT NULL,
  step           TEXT NOT NULL,
  note           TEXT
);
CREATE INDEX credit_repair_step_app_idx ON credit_repair_step (application_id, id);

-- Credit commitments of the six kinds of 004 #50, published on 信息公开; a breach becomes a record.
CREATE TABLE credit_commitment
(
  id               BIGSERIAL PRIMARY KEY,
  credit_code      CHAR(18) NOT NULL,
  entity_name      TEXT NOT NULL,
  kind             TEXT NOT NULL,
  matter           TEXT NOT NULL,
  content          TEXT NOT NULL,
  department_code  TEXT NOT NULL,
  made_on          DATE NOT NULL,
  breached_on      DATE,
  breach_record_id BIGINT REFERENCES credit_record (id)
);
CREATE INDEX credit_commitment_entity_idx ON credit_commitment (credit_code);
CREATE INDEX credit_commitment_made_idx ON credit_commitment (made_on DESC);

-- Government integrity (000 §31, 003 §55): records against public bodies.
CREATE TABLE credit_government_record
(
  id               BIGSERIAL PRIMARY KEY,
  body_name        TEXT NOT NULL,
  body_department_code TEXT,
  region_code      CHAR(6) NOT NULL,
  kind             TEXT NOT NULL,
  source           TEXT NOT NULL,
  source_ref       TEXT NOT NULL,
  basis            TEXT NOT NULL,
  summary          TEXT NOT NULL,
  amount           NUMERIC(16, 2),
  occurred_on      DATE NOT NULL,
  resolved_on      DATE,
  published        BOOLEAN NOT NULL,
  recorded_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (source, source_ref)
);
CREATE INDEX credit_government_region_idx ON credit_government_record (region_code, occurred_on DESC);

INSERT INTO platform_role_permission (role, permission) VALUES
  ('ADMIN', 'credit:read'), ('ADMIN', 'credit:record'), ('ADMIN', 'credit:configure'), ('ADMIN', 'credit:repair'),
  ('ADMIN', 'credit:government'),
  ('OFFICE', 'credit:read'), ('OFFICE', 'credit:record'), ('OFFICE', 'credit:configure'), ('OFFICE', 'credit:repair'),
  ('OFFICE', 'credit:government'),
  ('HANDLER', 'credit:read'), ('HANDLER', 'credit:record'), ('HANDLER', 'credit:repair'),
  ('LEADER', 'credit:read'), ('LEADER', 'credit:record'), ('LEADER', 'credit:repair'),
  ('INSPECTOR', 'credit:read'),
  ('SUPERVISOR', 'credit:read'), ('SUPERVISOR', 'credit:government');
