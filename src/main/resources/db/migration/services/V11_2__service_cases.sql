-- Service cases (办件) and their one-time notices (一次性告知, 001 §31). A case belongs to the
-- department that implements the item (department name as in the implementing list) and to the
-- applying enterprise; request_key makes a repeated submission return the first case.
CREATE TABLE svc_case
(
  id                BIGSERIAL PRIMARY KEY,
  request_key       TEXT        NOT NULL UNIQUE,
  implementation_id BIGINT      NOT NULL REFERENCES svc_implementation (id),
  department        TEXT        NOT NULL,
  region_code       TEXT        NOT NULL,
  credit_code       TEXT        NOT NULL,
  channel           TEXT        NOT NULL, -- ONLINE, WINDOW, MOBILE
  status            TEXT        NOT NULL,
  applied_on        DATE        NOT NULL,
  accepted_on       DATE,
  due_on            DATE,
  first_receiver    TEXT,
  created_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX svc_case_department_queue_idx ON svc_case (department, status, due_on);
CREATE INDEX svc_case_enterprise_idx ON svc_case (credit_code, id DESC);

CREATE TABLE svc_case_notice
(
  case_id   BIGINT PRIMARY KEY REFERENCES svc_case (id),
  materials TEXT[]      NOT NULL,
  supply_by DATE        NOT NULL,
  issued_at TIMESTAMPTZ NOT NULL,
  issued_by TEXT        NOT NULL
);

INSERT INTO platform_role_permission (role, permission) VALUES
  ('HANDLER', 'services:handle'),
  ('LEADER', 'services:handle'),
  ('ENTERPRISE', 'services:apply')
ON CONFLICT DO NOTHING;
