-- 告知承诺 (001 §38): the applicant's signed promise replaces the proof and the decision is
-- immediate; a post-check is drawn for a share of such cases that officials set (svc_setting);
-- a false promise revokes the decision and becomes a credit record.
CREATE TABLE svc_setting
(
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO svc_setting (key, value) VALUES ('promise.post_check_percent', '20');

CREATE TABLE svc_promise
(
  case_id          BIGINT PRIMARY KEY REFERENCES svc_case (id),
  statement        TEXT        NOT NULL,
  signed_at        TIMESTAMPTZ NOT NULL,
  post_check       TEXT        NOT NULL, -- NOT_DRAWN, PENDING, TRUTHFUL, FALSE
  checked_on       DATE,
  finding          TEXT,
  credit_record_id BIGINT
);
CREATE INDEX svc_promise_pending_idx ON svc_promise (post_check) WHERE post_check = 'PENDING';

INSERT INTO platform_role_permission (role, permission) VALUES
  ('ADMIN', 'services:configure'),
  ('OFFICE', 'services:configure')
ON CONFLICT DO NOTHING;
