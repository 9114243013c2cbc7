-- Inspections (涉企检查): published items, verifiable random draws, joint visits, QR check-in, results.

-- 涉企行政检查事项清单: an item that is not published cannot be planned, drawn or recorded (003 §42).
CREATE TABLE inspection_item
(
  id              BIGSERIAL PRIMARY KEY,
  department_id   BIGINT NOT NULL,
  name            TEXT NOT NULL,
  basis           TEXT NOT NULL,
  method          TEXT NOT NULL,
  scope_region    TEXT NOT NULL DEFAULT '',   -- region code prefix, '' = everywhere
  scope_industry  TEXT NOT NULL DEFAULT '',   -- industry code prefix, '' = every industry
  scope_kinds     TEXT NOT NULL DEFAULT '',   -- comma-separated EntityKind names, '' = every kind
  key_supervision BOOLEAN NOT NULL DEFAULT FALSE,
  published_on    DATE,
  created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX inspection_item_department_idx ON inspection_item (department_id);

-- Defaults officials change (one row): ratios per class in percent, exclusion window, publication limit.
CREATE TABLE inspection_settings
(
  id                       INT PRIMARY KEY CHECK (id = 1),
  ratio_a                  NUMERIC(5, 2) NOT NULL,
  ratio_b                  NUMERIC(5, 2) NOT NULL,
  ratio_c                  NUMERIC(5, 2) NOT NULL,
  ratio_d                  NUMERIC(5, 2) NOT NULL,
  exclusion_days           INT NOT NULL,
  publication_working_days INT NOT NULL
);
INSERT INTO inspection_settings VALUES (1, 5, 20, 60, 100, 180, 20);

-- Our projection of the credit module's risk classes (fed by CreditClassChanged; absent = B).
CREATE TABLE inspection_entity_class
(
  credit_code CHAR(18) PRIMARY KEY,
  risk_class  CHAR(1) NOT NULL,
  changed_at  TIMESTAMPTZ NOT NULL
);

-- 执法检查人员名录库
CREATE TABLE inspection_inspector
(
  account_id     BIGINT PRIMARY KEY,
  username       TEXT NOT NULL,
  display_name   TEXT NOT NULL,
  certificate_no TEXT NOT NULL UNIQUE,
  department_id  BIGINT NOT NULL,
  region_code    CHAR(6) NOT NULL,
  active         BOOLEAN NOT NULL DEFAULT TRUE
);
CREATE INDEX inspection_inspector_department_idx ON inspection_inspector (department_id);

CREATE TABLE inspection_recusal
(
  account_id  BIGINT NOT NULL REFERENCES inspection_inspector (account_id),
  credit_code CHAR(18) NOT NULL,
  reason      TEXT NOT NULL,
  PRIMARY KEY (account_id, credit_code)
);

CREATE TABLE inspection_plan
(
  id                 BIGSERIAL PRIMARY KEY,
  title              TEXT NOT NULL,
  plan_year          INT NOT NULL,
  lead_department_id BIGINT NOT NULL,
  ratio_a            NUMERIC(5, 2) NOT NULL,
  ratio_b            NUMERIC(5, 2) NOT NULL,
  ratio_c            NUMERIC(5, 2) NOT NULL,
  ratio_d            NUMERIC(5, 2) NOT NULL,
  exclusion_days     INT NOT NULL,
  created_by         TEXT NOT NULL,
  created_at         TIMESTAMPTZ NOT NULL
);

CREATE TABLE inspection_plan_item
(
  plan_id BIGINT NOT NULL REFERENCES inspection_plan (id),
  item_id BIGINT NOT NULL REFERENCES inspection_item (id),
  PRIMARY KEY (plan_id, item_id)
);

-- One draw per plan. Committed: seed hash and frozen pool published. Drawn: selection fixed, seed revealed.
CREATE TABLE inspection_draw
(
  plan_id          BIGINT PRIMARY KEY REFERENCES inspection_plan (id),
  algorithm        TEXT NOT NULL,
  seed_commitment  CHAR(64) NOT NULL,
  seed             CHAR(64) NOT NULL,
  committed_at     TIMESTAMPTZ NOT NULL,
  pool_hash        CHAR(64) NOT NULL,
  pool_size        INT NOT NULL,
  excluded_count   INT NOT NULL,
  excluded_expected_visits NUMERIC(12, 2) NOT NULL,
  snapshot         BYTEA NOT NULL,
  drawn_at         TIMESTAMPTZ,
  selection_hash   CHAR(64),
  selected_count   INT
);

-- Draw records are immutable: the commitment and the frozen pool never change, and nothing
-- changes once the selection is drawn and the seed revealed.
CREATE FUNCTION inspection_draw_immutable() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'inspection draw records are immutable';
  END IF;
  IF OLD.drawn_at IS NOT NULL OR NEW.seed_commitment <> OLD.seed_commitment OR NEW.seed <> OLD.seed
     OR NEW.pool_hash <> OLD.pool_hash OR NEW.snapshot <> OLD.snapshot OR NEW.algorithm <> OLD.algorithm THEN
    RAISE EXCEPTION 'inspection draw records are immutable';
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER inspection_draw_immutable BEFORE UPDATE OR DELETE ON inspection_draw
  FOR EACH ROW EXECUTE FUNCTION inspection_draw_immutable();

-- One visit per drawn entity covering every item of the plan that applies to it (综合查一次).
CREATE TABLE inspection_task
(
  id                  BIGSERIAL PRIMARY KEY,
  plan_id             BIGINT NOT NULL REFERENCES inspection_plan (id),
  code                TEXT NOT NULL UNIQUE,
  credit_code         CHAR(18) NOT NULL,
  entity_name         TEXT NOT NULL,
  region_code         CHAR(6) NOT NULL,
  risk_class          CHAR(1) NOT NULL,
  key_supervision     BOOLEAN NOT NULL,
  departments_covered INT NOT NULL,
  drawn_on            DATE NOT NULL,
  visit_started_at    TIMESTAMPTZ,
  visit_ended_at      TIMESTAMPTZ,
  confirmed_at        TIMESTAMPTZ,
  confirmed_by        TEXT,
  confirmation_note   TEXT,
  result_recorded_on  DATE,
  publish_deadline    DATE,
  published_on        DATE,
  credit_sent         BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX inspection_task_entity_idx ON inspection_task (credit_code, drawn_on DESC);
CREATE INDEX inspection_task_plan_idx ON inspection_task (plan_id);
CREATE INDEX inspection_task_published_idx ON inspection_task (published_on DESC) WHERE published_on IS NOT NULL;

CREATE TABLE inspection_task_inspector
(
  task_id        BIGINT NOT NULL REFERENCES inspection_task (id),
  account_id     BIGINT NOT NULL,
  certificate_no TEXT NOT NULL,
  display_name   TEXT NOT NULL,
  department_id  BIGINT NOT NULL,
  checked_in_at  TIMESTAMPTZ,
  checked_out_at TIMESTAMPTZ,
  confirmed_present BOOLEAN,
  PRIMARY KEY (task_id, account_id)
);
CREATE INDEX inspection_task_inspector_account_idx ON inspection_task_inspector (account_id);

-- 首次轻微违法行为不罚清单 (000 §55): kept here until the catalogue module owns the list.
CREATE TABLE inspection_no_penalty_rule
(
  id          BIGSERIAL PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE,
  description TEXT NOT NULL
);
INSERT INTO inspection_no_penalty_rule (code, description) VALUES
  ('NP-SCJ-01', '未按规定在住所醒目位置公示营业执照，首次被发现且及时改正'),
  ('NP-SCJ-02', '未按时报送年度报告但在责令期限内补报'),
  ('NP-SCJ-03', '商品明码标价不规范，首次被发现且及时改正'),
  ('NP-RSJ-01', '未按规定公示劳动规章制度，首次被发现且及时改正');

-- 一表通查: one row per item of the task's checklist.
CREATE TABLE inspection_task_item
(
  task_id             BIGINT NOT NULL REFERENCES inspection_task (id),
  item_id             BIGINT NOT NULL REFERENCES inspection_item (id),
  outcome             TEXT,
  note                TEXT,
  no_penalty_rule_id  BIGINT REFERENCES inspection_no_penalty_rule (id),
  not_to_be_punished  BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (task_id, item_id)
);
CREATE INDEX inspection_task_item_rule_idx ON inspection_task_item (no_penalty_rule_id) WHERE no_penalty_rule_id IS NOT NULL;

-- A visit without a task, or by someone not assigned (扫码入企 registration).
CREATE TABLE inspection_visit_flag
(
  id             BIGSERIAL PRIMARY KEY,
  occurred_at    TIMESTAMPTZ NOT NULL,
  task_code      TEXT,
  credit_code    CHAR(18),
  account_id     BIGINT,
  certificate_no TEXT,
  reason         TEXT NOT NULL,
  reported_by    TEXT NOT NULL
);
CREATE INDEX inspection_visit_flag_time_idx ON inspection_visit_flag (occurred_at DESC);

INSERT INTO platform_role_permission (role, permission) VALUES
  ('ADMIN', 'inspection:read'), ('ADMIN', 'inspection:catalogue'), ('ADMIN', 'inspection:plan'), ('ADMIN', 'inspection:settings'),
  ('OFFICE', 'inspection:read'), ('OFFICE', 'inspection:catalogue'), ('OFFICE', 'inspection:plan'), ('OFFICE', 'inspection:settings'),
  ('HANDLER', 'inspection:read'), ('HANDLER', 'inspection:catalogue'), ('HANDLER', 'inspection:plan'), ('HANDLER', 'inspection:record'),
  ('LEADER', 'inspection:read'), ('LEADER', 'inspection:catalogue'), ('LEADER', 'inspection:plan'), ('LEADER', 'inspection:record'),
  ('INSPECTOR', 'inspection:read'), ('INSPECTOR', 'inspection:inspect'), ('INSPECTOR', 'inspection:record'),
  ('SUPERVISOR', 'inspection:read');
