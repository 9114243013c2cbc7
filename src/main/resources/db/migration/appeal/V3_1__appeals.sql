-- Appeals (诉求): intake from every channel, dispatch, handling, reply, rating.

-- Business-environment domains; officials maintain the list (营商办 → 诉求分类).
CREATE TABLE appeal_category
(
  code       TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  function   TEXT NOT NULL,          -- platform DepartmentFunction that usually handles it
  sort_order INT  NOT NULL DEFAULT 100,
  active     BOOLEAN NOT NULL DEFAULT TRUE
);
INSERT INTO appeal_category (code, name, function, sort_order) VALUES
  ('MARKET_ACCESS', '市场准入', 'MARKET_REGULATION', 10),
  ('GOV_SERVICES', '政务服务', 'GOVERNMENT_SERVICES', 20),
  ('INSPECTION', '执法检查', 'JUSTICE', 30),
  ('ARREARS', '拖欠账款', 'INDUSTRY_IT', 40),
  ('FEES', '涉企收费', 'DEVELOPMENT_REFORM', 50),
  ('CERTIFICATES', '证照办理', 'MARKET_REGULATION', 60),
  ('FINANCING', '融资服务', 'FINANCE', 70),
  ('LAND_ENERGY', '用地用能', 'NATURAL_RESOURCES', 80),
  ('IP', '知识产权', 'MARKET_REGULATION', 90),
  ('FAIR_COMPETITION', '公平竞争', 'MARKET_REGULATION', 100),
  ('TAX', '税费服务', 'TAXATION', 110),
  ('EMPLOYMENT', '用工社保', 'HUMAN_RESOURCES', 120),
  ('OTHER', '其他', 'BIZ_ENV_OFFICE', 999);

-- Time limits in working days per type and category ('*' = any); the most specific row wins.
-- Defaults (facts.md, 接诉即办 practice): dispatch 1, reply 5, return 2, extension at most 10.
CREATE TABLE appeal_time_limit
(
  appeal_type        TEXT NOT NULL,
  category           TEXT NOT NULL,
  dispatch_days      INT  NOT NULL CHECK (dispatch_days >= 0),
  reply_days         INT  NOT NULL CHECK (reply_days > 0),
  return_days        INT  NOT NULL CHECK (return_days >= 0),
  max_extension_days INT  NOT NULL CHECK (max_extension_days >= 0),
  reopen_days        INT  NOT NULL DEFAULT 15 CHECK (reopen_days >= 0),
  PRIMARY KEY (appeal_type, category)
);
INSERT INTO appeal_time_limit VALUES ('*', '*', 1, 5, 2, 10, 15);
INSERT INTO appeal_time_limit VALUES ('CONSULTATION', '*', 1, 3, 2, 5, 15);

CREATE SEQUENCE appeal_tracking_seq;

CREATE TABLE appeal
(
  id                   BIGSERIAL PRIMARY KEY,
  tracking_number      TEXT NOT NULL UNIQUE,
  external_ticket      TEXT UNIQUE,
  appeal_type          TEXT NOT NULL,
  category             TEXT NOT NULL REFERENCES appeal_category (code),
  channel              TEXT NOT NULL,
  status               TEXT NOT NULL,
  region_code          CHAR(6) NOT NULL,
  title                TEXT NOT NULL,
  content              TEXT NOT NULL,
  -- identity, SM4-encrypted (IdentityCipher); anonymous reports carry none
  anonymous            BOOLEAN NOT NULL DEFAULT FALSE,
  requester_name_enc   BYTEA,
  requester_phone_enc  BYTEA,
  requester_code_enc   BYTEA,
  requester_account_id BIGINT,
  requester_key        TEXT,         -- HMAC of the phone or credit code: finds duplicates without decrypting
  lead_department_id   BIGINT,
  handler_account_id   BIGINT,       -- first receiver: the handler who took it on
  clock_stage          TEXT,         -- DISPATCH, REPLY or null when no clock runs
  clock_start          DATE,
  due_on               DATE,
  warn_on              DATE,
  return_due_on        DATE,
  paused_on            DATE,
  extension_days       INT NOT NULL DEFAULT 0,
  reply                TEXT,
  resolution           TEXT,         -- RESOLVED, PARTLY, NOT_RESOLVED
  satisfaction         TEXT,         -- SATISFIED, BASIC, NOT_SATISFIED
  reopen_count         INT NOT NULL DEFAULT 0,
  merged_into          BIGINT REFERENCES appeal (id),
  published            BOOLEAN NOT NULL DEFAULT FALSE,
  public_summary       TEXT,
  submitted_at         TIMESTAMPTZ NOT NULL,
  submitted_on         DATE NOT NULL,
  dispatched_on        DATE,
  responded_on         DATE,
  replied_on           DATE,
  replied_late         BOOLEAN,
  handling_days        INT,
  closed_on            DATE
);
-- department queue: open appeals of one department ordered by due date
CREATE INDEX appeal_department_queue_idx ON appeal (lead_department_id, due_on, id)
  WHERE status IN ('DISPATCHED','RETURN_REQUESTED','IN_PROGRESS','EXTENSION_REQUESTED','PAUSE_REQUESTED','PAUSED');
-- office overview: appeals waiting for the office ordered by due date
CREATE INDEX appeal_office_queue_idx ON appeal (status, due_on, id)
  WHERE status IN ('SUBMITTED','ACCEPTED','RETURN_REQUESTED','EXTENSION_REQUESTED','PAUSE_REQUESTED','REPLIED');
CREATE INDEX appeal_requester_idx ON appeal (requester_account_id, id DESC);
CREATE INDEX appeal_requester_key_idx ON appeal (requester_key, submitted_on);
CREATE INDEX appeal_warn_idx ON appeal (warn_on) WHERE clock_stage IS NOT NULL;
CREATE INDEX appeal_submitted_idx ON appeal (submitted_on);
CREATE INDEX appeal_published_idx ON appeal (id DESC) WHERE published;

CREATE TABLE appeal_assist
(
  appeal_id     BIGINT NOT NULL REFERENCES appeal (id),
  department_id BIGINT NOT NULL,
  opinion       TEXT,
  opinion_at    TIMESTAMPTZ,
  PRIMARY KEY (appeal_id, department_id)
);
CREATE INDEX appeal_assist_department_idx ON appeal_assist (department_id);

CREATE TABLE appeal_attachment
(
  id           BIGSERIAL PRIMARY KEY,
  appeal_id    BIGINT NOT NULL REFERENCES appeal (id),
  filename     TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size_bytes   INT  NOT NULL,
  data         BYTEA NOT NULL
);
CREATE INDEX appeal_attachment_appeal_idx ON appeal_attachment (appeal_id);

-- The timeline: every step, as the requester and staff see it (no identity in here).
CREATE TABLE appeal_event
(
  id            BIGSERIAL PRIMARY KEY,
  appeal_id     BIGINT NOT NULL REFERENCES appeal (id),
  occurred_at   TIMESTAMPTZ NOT NULL,
  action        TEXT NOT NULL,
  actor         TEXT NOT NULL,
  department_id BIGINT,
  note          TEXT,
  extra         TEXT
);
CREATE INDEX appeal_event_appeal_idx ON appeal_event (appeal_id, id);

-- The office lets a department see a protected identity, with a reason.
CREATE TABLE appeal_identity_grant
(
  appeal_id     BIGINT NOT NULL REFERENCES appeal (id),
  department_id BIGINT NOT NULL,
  reason        TEXT NOT NULL,
  granted_by    TEXT NOT NULL,
  granted_at    TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (appeal_id, department_id)
);

-- Deadline notices sent by the scheduled job; the key makes the job idempotent.
CREATE TABLE appeal_deadline_notice
(
  appeal_id BIGINT NOT NULL,
  kind      TEXT NOT NULL,
  due_on    DATE NOT NULL,
  sent_at   TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (appeal_id, kind, due_on)
);

INSERT INTO platform_role_permission (role, permission) VALUES
  ('OFFICE', 'appeal:office'), ('ADMIN', 'appeal:office'),
  ('OFFICE', 'appeal:figures'), ('ADMIN', 'appeal:figures'), ('SUPERVISOR', 'appeal:figures'),
  ('OFFICE', 'appeal:intake'), ('ADMIN', 'appeal:intake'),
  ('ADMIN', 'appeal:configure'), ('OFFICE', 'appeal:configure'),
  ('HANDLER', 'appeal:handle'), ('LEADER', 'appeal:handle'),
  ('ENTERPRISE', 'appeal:submit');
