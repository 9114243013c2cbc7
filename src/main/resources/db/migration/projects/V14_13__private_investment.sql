-- 003 §13: major projects open to private investment, published with questions and answers (投资咨询与
-- 回应机制); and the service guarantees (utilities, roads) tracked per ledger project.
CREATE TABLE prj_open_project
(
  id              BIGSERIAL PRIMARY KEY,
  title           TEXT           NOT NULL,
  field           TEXT           NOT NULL,
  description     TEXT           NOT NULL,
  investment      NUMERIC(14, 2) NOT NULL CHECK (investment > 0),
  region_code     CHAR(6)        NOT NULL,
  department_id   BIGINT         NOT NULL,
  department_name TEXT           NOT NULL,
  published_on    DATE           NOT NULL,
  created_at      TIMESTAMPTZ    NOT NULL DEFAULT now()
);

CREATE TABLE prj_open_question
(
  id              BIGSERIAL PRIMARY KEY,
  open_project_id BIGINT   NOT NULL REFERENCES prj_open_project (id),
  credit_code     CHAR(18) NOT NULL,
  entity_name     TEXT     NOT NULL,
  question        TEXT     NOT NULL,
  asked_on        DATE     NOT NULL,
  answer          TEXT,
  answered_on     DATE,
  answered_by     TEXT
);
CREATE INDEX prj_open_question_project_idx ON prj_open_question (open_project_id);

CREATE TABLE prj_guarantee
(
  project_id BIGINT NOT NULL REFERENCES prj_project (id),
  kind       TEXT   NOT NULL,
  due_on     DATE   NOT NULL,
  done_on    DATE,
  PRIMARY KEY (project_id, kind)
);

INSERT INTO platform_role_permission (role, permission) VALUES ('ENTERPRISE', 'projects:ask') ON CONFLICT DO NOTHING;
