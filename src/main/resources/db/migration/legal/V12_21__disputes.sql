-- Disputes (000 §57, 001 §60, 002 #38, #41–44): an enterprise asks for mediation, arbitration, legal aid (12348) or
-- foreign-related legal advice; the request is routed by channel and subject to the body that handles it (justice,
-- human resources for labour disputes, market regulation for intellectual property), which accepts or refuses and
-- concludes it on the clock of the law that governs it. The public legal service directory lists the 12348 centres,
-- mediation committees, arbitration bodies and the foreign-related experts and lawyers.
CREATE TABLE legal_dispute
(
  id             BIGSERIAL PRIMARY KEY,
  reference      TEXT           NOT NULL UNIQUE,
  request_key    TEXT           NOT NULL UNIQUE,
  credit_code    TEXT           NOT NULL,
  enterprise     TEXT           NOT NULL,
  channel        TEXT           NOT NULL CHECK (channel IN ('MEDIATION', 'ARBITRATION', 'LEGAL_AID', 'FOREIGN_ADVICE')),
  subject        TEXT           NOT NULL CHECK (subject IN ('COMMERCIAL', 'LABOUR', 'INTELLECTUAL_PROPERTY', 'FOREIGN_TRADE')),
  counterparty   TEXT           NOT NULL,
  claim          TEXT           NOT NULL,
  amount         NUMERIC(16, 2) CHECK (amount >= 0),
  department_id  BIGINT         NOT NULL REFERENCES platform_department (id),
  filed_on       DATE           NOT NULL,
  accept_due     DATE,
  accept_limit   TEXT,
  conclude_due   DATE,
  conclude_limit TEXT,
  status         TEXT           NOT NULL CHECK (status IN ('SUBMITTED', 'ACCEPTED', 'REFUSED', 'CONCLUDED')),
  handled_by     TEXT,
  accepted_on    DATE,
  refusal        TEXT,
  outcome        TEXT CHECK (outcome IN ('RESOLVED', 'NOT_RESOLVED', 'WITHDRAWN', 'REFERRED_TO_COURT')),
  outcome_note   TEXT,
  concluded_on   DATE
);
CREATE INDEX legal_dispute_department_idx ON legal_dispute (department_id, status);
CREATE INDEX legal_dispute_enterprise_idx ON legal_dispute (credit_code);

CREATE TABLE legal_service_directory
(
  id           BIGSERIAL PRIMARY KEY,
  kind         TEXT    NOT NULL CHECK (kind IN ('CENTRE_12348', 'MEDIATION', 'ARBITRATION', 'FOREIGN_EXPERT', 'FOREIGN_LAWYER')),
  name         TEXT    NOT NULL,
  region_code  TEXT    NOT NULL,
  phone        TEXT    NOT NULL,
  address      TEXT,
  fields       TEXT,
  languages    TEXT,
  active       BOOLEAN NOT NULL DEFAULT TRUE,
  UNIQUE (kind, name)
);

INSERT INTO legal_service_directory (kind, name, region_code, phone, address, fields, languages) VALUES
  ('CENTRE_12348', '“12348”新疆法网及公共法律服务热线', '650000', '12348', NULL, '法律咨询、公证、司法鉴定、仲裁、人民调解、法律援助', '国家通用语言、维吾尔语');

-- The clocks of the laws that govern each channel (the accepting body decides within the first, concludes within the second).
INSERT INTO legal_time_limit (code, amount, unit, basis) VALUES
  ('DISPUTE_MEDIATION', 30, 'NATURAL_DAYS', '002 #13'),
  ('DISPUTE_LABOUR_MEDIATION', 15, 'NATURAL_DAYS', 'LDMAL 14'),
  ('DISPUTE_ARBITRATION_ACCEPT', 5, 'NATURAL_DAYS', 'AL 24'),
  ('DISPUTE_LABOUR_ARBITRATION_ACCEPT', 5, 'NATURAL_DAYS', 'LDMAL 29'),
  ('DISPUTE_LABOUR_ARBITRATION', 45, 'NATURAL_DAYS', 'LDMAL 43'),
  ('DISPUTE_LEGAL_AID_DECISION', 7, 'NATURAL_DAYS', 'LAL 43'),
  ('DISPUTE_FOREIGN_ADVICE', 5, 'WORKING_DAYS', '002 #44')
ON CONFLICT (code) DO NOTHING;

