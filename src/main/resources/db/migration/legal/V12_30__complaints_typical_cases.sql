-- i16-legal-b. Complaints about the political-legal bodies received on their own channels (002 #48: 12309
-- 检察服务中心, 12368 诉讼服务热线, 新疆公安监督举报平台) enter the appeal module as appeals routed to the body
-- that must answer them, on the appeal clock; the ledger here keeps the channel's ticket (one appeal per
-- ticket) and whether the complaint was passed on within its limit.
INSERT INTO appeal_category (code, name, function, sort_order) VALUES
  ('POLITICAL_LEGAL', '政法机关执法司法', 'COURT', 125)
ON CONFLICT (code) DO NOTHING;

-- the body's staff answer the appeals routed to it, like a department's handlers
INSERT INTO platform_role_permission (role, permission) VALUES
  ('LEGAL_OFFICER', 'appeal:handle')
ON CONFLICT DO NOTHING;

INSERT INTO legal_time_limit (code, amount, unit, basis) VALUES
  ('COMPLAINT_TRANSFER', 1, 'WORKING_DAYS', '002 #48');

CREATE TABLE legal_complaint
(
  id               BIGSERIAL PRIMARY KEY,
  channel          TEXT        NOT NULL CHECK (channel IN ('PROCURATORATE_12309', 'COURT_12368', 'POLICE_REPORTING')),
  ticket           TEXT        NOT NULL,
  body_id          BIGINT      NOT NULL REFERENCES platform_department (id),
  entered_by_id    BIGINT      REFERENCES platform_department (id),
  title            TEXT        NOT NULL,
  received_on      DATE        NOT NULL,
  transfer_due     DATE        NOT NULL,
  transferred_on   DATE        NOT NULL,
  appeal_id        BIGINT      NOT NULL,
  tracking_number  TEXT        NOT NULL,
  created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (channel, ticket)
);
CREATE INDEX legal_complaint_body_idx ON legal_complaint (body_id, id DESC);

-- 002 #45: typical cases published by courts and procuratorates on 信息公开; withdrawn ones stay, hidden.
CREATE TABLE legal_typical_case
(
  id             BIGSERIAL PRIMARY KEY,
  body_id        BIGINT      NOT NULL REFERENCES platform_department (id),
  case_year      INT         NOT NULL CHECK (case_year BETWEEN 2000 AND 2100),
  title          TEXT        NOT NULL,
  case_number    TEXT,
  summary        TEXT        NOT NULL,
  significance   TEXT        NOT NULL,
  status         TEXT        NOT NULL CHECK (status IN ('PUBLISHED', 'WITHDRAWN')),
  published_on   DATE        NOT NULL,
  withdrawn_on   DATE,
  withdraw_reason TEXT,
  created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX legal_typical_case_public_idx ON legal_typical_case (status, published_on DESC);
CREATE INDEX legal_typical_case_body_idx ON legal_typical_case (body_id, id DESC);

-- 002 #31, 004 #48: a judgment for an SME against a public body or state-owned enterprise feeds the arrears ledger;
-- the creditor's credit code identifies the SME there.
ALTER TABLE legal_judgment ADD COLUMN creditor_credit_code TEXT;
