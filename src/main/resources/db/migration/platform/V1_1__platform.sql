-- Spring Modulith event publication registry (schema v2 for PostgreSQL): no reaction is lost.
CREATE TABLE event_publication
(
  id                     UUID NOT NULL PRIMARY KEY,
  listener_id            TEXT NOT NULL,
  event_type             TEXT NOT NULL,
  serialized_event       TEXT NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 TEXT,
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash(serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);

CREATE TABLE platform_department
(
  id          BIGSERIAL PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL,
  region_code CHAR(6) NOT NULL,
  function    TEXT NOT NULL,
  parent_id   BIGINT REFERENCES platform_department (id)
);
CREATE INDEX platform_department_region_idx ON platform_department (region_code, function);

CREATE TABLE platform_account
(
  id            BIGSERIAL PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  display_name  TEXT NOT NULL,
  role          TEXT NOT NULL,
  department_id BIGINT REFERENCES platform_department (id),
  credit_code   CHAR(18),
  phone         TEXT,
  enabled       BOOLEAN NOT NULL DEFAULT TRUE,
  created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
  CONSTRAINT enterprise_account_has_entity CHECK (role <> 'ENTERPRISE' OR credit_code IS NOT NULL),
  CONSTRAINT department_account_has_department
    CHECK (role NOT IN ('HANDLER', 'LEADER', 'INSPECTOR') OR department_id IS NOT NULL)
);
CREATE INDEX platform_account_department_idx ON platform_account (department_id);
CREATE INDEX platform_account_credit_code_idx ON platform_account (credit_code);

-- Permission codes per role are data: each module's migration grants its own codes.
CREATE TABLE platform_role_permission
(
  role       TEXT NOT NULL,
  permission TEXT NOT NULL,
  PRIMARY KEY (role, permission)
);

INSERT INTO platform_role_permission (role, permission) VALUES
  ('ADMIN', 'account:manage'),
  ('ADMIN', 'calendar:manage'),
  ('ADMIN', 'audit:read'),
  ('ADMIN', 'registry:read'),
  ('ADMIN', 'registry:edit'),
  ('ADMIN', 'registry:import'),
  ('OFFICE', 'registry:read'),
  ('OFFICE', 'registry:edit'),
  ('OFFICE', 'registry:import'),
  ('OFFICE', 'audit:read'),
  ('OFFICE', 'calendar:manage'),
  ('HANDLER', 'registry:read'),
  ('LEADER', 'registry:read'),
  ('SUPERVISOR', 'registry:read'),
  ('INSPECTOR', 'registry:read');

CREATE TABLE platform_audit_log
(
  id          BIGSERIAL PRIMARY KEY,
  occurred_at TIMESTAMPTZ NOT NULL,
  actor       TEXT NOT NULL,
  action      TEXT NOT NULL,
  target_type TEXT NOT NULL,
  target_id   TEXT NOT NULL,
  before      JSONB,
  after       JSONB
);
CREATE INDEX platform_audit_log_target_idx ON platform_audit_log (target_type, target_id, occurred_at DESC);
CREATE INDEX platform_audit_log_time_idx ON platform_audit_log (occurred_at DESC);

-- A notification goes to one account, every account of a department, the accounts bound to an
-- entity, or every account with a role; readers match on their own keys.
CREATE TABLE platform_notification
(
  id             BIGSERIAL PRIMARY KEY,
  recipient_type TEXT NOT NULL,
  recipient_key  TEXT NOT NULL,
  title          TEXT NOT NULL,
  body           TEXT NOT NULL,
  link           TEXT,
  created_at     TIMESTAMPTZ NOT NULL,
  read_at        TIMESTAMPTZ
);
CREATE INDEX platform_notification_recipient_idx ON platform_notification (recipient_type, recipient_key, created_at DESC);
