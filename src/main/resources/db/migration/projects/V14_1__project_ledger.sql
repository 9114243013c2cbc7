-- 项目管家 (001 §43): investment projects across their life cycle, the promises made to investors
-- (000 §16) and the approvals each project waits for (001 §40–41).
CREATE TABLE prj_project
(
  id                   BIGSERIAL PRIMARY KEY,
  name                 TEXT          NOT NULL,
  investor_credit_code CHAR(18)      NOT NULL,
  investor_name        TEXT          NOT NULL,
  industry_chain       TEXT          NOT NULL,
  region_code          CHAR(6)       NOT NULL,
  investment           NUMERIC(14, 2) NOT NULL CHECK (investment > 0),
  department_id        BIGINT        NOT NULL,
  steward_account_id   BIGINT        NOT NULL,
  steward_name         TEXT          NOT NULL,
  stage                TEXT          NOT NULL,
  stage_since          DATE          NOT NULL,
  attracted_on         DATE          NOT NULL,
  created_at           TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX prj_project_department_idx ON prj_project (department_id);
CREATE INDEX prj_project_steward_idx ON prj_project (steward_account_id);

-- one row per stage reached: the milestones of the life cycle
CREATE TABLE prj_milestone
(
  project_id BIGINT NOT NULL REFERENCES prj_project (id),
  stage      TEXT   NOT NULL,
  reached_on DATE   NOT NULL,
  note       TEXT,
  PRIMARY KEY (project_id, stage)
);

CREATE TABLE prj_promise
(
  id                BIGSERIAL PRIMARY KEY,
  project_id        BIGINT      NOT NULL REFERENCES prj_project (id),
  content           TEXT        NOT NULL,
  legal_basis       TEXT,
  promised_by       TEXT        NOT NULL,
  due_on            DATE        NOT NULL,
  status            TEXT        NOT NULL,
  screened_standard TEXT,
  screened_article  TEXT,
  settled_on        DATE,
  broken_reason     TEXT,
  body_at_fault     BOOLEAN,
  created_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX prj_promise_project_idx ON prj_promise (project_id);

CREATE TABLE prj_approval
(
  id                BIGSERIAL PRIMARY KEY,
  project_id        BIGINT      NOT NULL REFERENCES prj_project (id),
  name              TEXT        NOT NULL,
  department_name   TEXT        NOT NULL,
  service_item_code TEXT,
  limit_days        INT         NOT NULL CHECK (limit_days >= 0),
  notify_and_commit BOOLEAN     NOT NULL,
  commitment        TEXT,
  status            TEXT        NOT NULL,
  started_on        DATE,
  due_on            DATE,
  decided_on        DATE,
  created_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX prj_approval_project_idx ON prj_approval (project_id);

INSERT INTO platform_role_permission (role, permission) VALUES
  ('HANDLER', 'projects:read'),
  ('HANDLER', 'projects:manage'),
  ('LEADER', 'projects:read'),
  ('LEADER', 'projects:manage'),
  ('OFFICE', 'projects:read'),
  ('OFFICE', 'projects:manage'),
  ('OFFICE', 'projects:figures'),
  ('ADMIN', 'projects:read'),
  ('ADMIN', 'projects:figures'),
  ('SUPERVISOR', 'projects:read'),
  ('SUPERVISOR', 'projects:figures')
ON CONFLICT DO NOTHING;
