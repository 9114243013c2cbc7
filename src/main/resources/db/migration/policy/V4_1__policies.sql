-- Policy direct access (惠企政策直达, 000 §25, 003 §36-§38).
CREATE TABLE policy_policy
(
  id                 BIGSERIAL PRIMARY KEY,
  title              TEXT NOT NULL,
  issuing_department TEXT NOT NULL,
  department_id      BIGINT,
  document_number    TEXT NOT NULL,
  legal_basis        TEXT NOT NULL,
  region_scope       CHAR(6) NOT NULL,
  benefit_type       TEXT NOT NULL,
  amount_kind        TEXT NOT NULL,
  amount_fixed       NUMERIC(14, 2),
  amount_attribute   TEXT,
  amount_percent     NUMERIC(7, 3),
  amount_cap         NUMERIC(14, 2),
  mode               TEXT NOT NULL,
  valid_from         DATE NOT NULL,
  valid_to           DATE,
  decision_days      INT NOT NULL,
  materials          TEXT NOT NULL DEFAULT '',
  status             TEXT NOT NULL,
  created_by         TEXT NOT NULL,
  created_at         TIMESTAMPTZ NOT NULL,
  published_at       TIMESTAMPTZ
);
CREATE INDEX policy_policy_status_idx ON policy_policy (status, valid_from);

-- Rules are versioned: each version holds for [valid_from, valid_to]; evaluations pick by the as-of date.
CREATE TABLE policy_rule_version
(
  policy_id  BIGINT NOT NULL REFERENCES policy_policy (id),
  version    INT NOT NULL,
  rule       JSONB NOT NULL,
  valid_from DATE NOT NULL,
  valid_to   DATE,
  created_by TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (policy_id, version)
);

-- The match set (who qualifies today); differences are pushed as they happen.
CREATE TABLE policy_match
(
  policy_id   BIGINT NOT NULL REFERENCES policy_policy (id),
  credit_code CHAR(18) NOT NULL,
  matched_at  TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (policy_id, credit_code)
);
CREATE INDEX policy_match_entity_idx ON policy_match (credit_code);

CREATE TABLE policy_match_change
(
  id          BIGSERIAL PRIMARY KEY,
  policy_id   BIGINT NOT NULL,
  credit_code CHAR(18) NOT NULL,
  change      TEXT NOT NULL,
  changed_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX policy_match_change_policy_idx ON policy_match_change (policy_id, changed_at DESC);

-- The policy module's own view of credit, fed by credit events (policy → credit, never the reverse).
CREATE TABLE policy_credit_status
(
  credit_code              CHAR(18) PRIMARY KEY,
  credit_class             TEXT NOT NULL DEFAULT 'B',
  dishonest                BOOLEAN NOT NULL DEFAULT FALSE,
  excluded_from_auto_grant BOOLEAN NOT NULL DEFAULT FALSE,
  updated_on               DATE NOT NULL
);

-- 免申即享: beneficiaries computed by the engine, reviewed and approved by an officer as a batch.
CREATE TABLE policy_grant_batch
(
  id             BIGSERIAL PRIMARY KEY,
  policy_id      BIGINT NOT NULL REFERENCES policy_policy (id),
  status         TEXT NOT NULL,
  created_at     TIMESTAMPTZ NOT NULL,
  approved_by    TEXT,
  approved_at    TIMESTAMPTZ,
  notice_from    DATE,
  objection_until DATE
);
CREATE INDEX policy_grant_batch_policy_idx ON policy_grant_batch (policy_id, status);

CREATE TABLE policy_grant_item
(
  batch_id    BIGINT NOT NULL REFERENCES policy_grant_batch (id),
  credit_code CHAR(18) NOT NULL,
  entity_name TEXT NOT NULL,
  amount      NUMERIC(14, 2) NOT NULL,
  PRIMARY KEY (batch_id, credit_code)
);

-- 兑现: one payout per entity and policy, from an approved batch or a granted application.
CREATE TABLE policy_payout
(
  id             BIGSERIAL PRIMARY KEY,
  policy_id      BIGINT NOT NULL REFERENCES policy_policy (id),
  credit_code    CHAR(18) NOT NULL,
  entity_name    TEXT NOT NULL,
  amount         NUMERIC(14, 2) NOT NULL,
  source         TEXT NOT NULL,
  batch_id       BIGINT,
  application_id BIGINT,
  paid_on        DATE NOT NULL,
  UNIQUE (policy_id, credit_code)
);
CREATE INDEX policy_payout_paid_idx ON policy_payout (paid_on DESC);

-- Objections to a public payout notice (公示异议). Kept here until the appeal module offers an API to raise one.
CREATE TABLE policy_objection
(
  id          BIGSERIAL PRIMARY KEY,
  batch_id    BIGINT NOT NULL REFERENCES policy_grant_batch (id),
  credit_code CHAR(18),
  contact     TEXT NOT NULL,
  reason      TEXT NOT NULL,
  status      TEXT NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX policy_objection_batch_idx ON policy_objection (batch_id);

CREATE TABLE policy_application
(
  id            BIGSERIAL PRIMARY KEY,
  policy_id     BIGINT NOT NULL REFERENCES policy_policy (id),
  credit_code   CHAR(18) NOT NULL,
  entity_name   TEXT NOT NULL,
  prefilled     JSONB NOT NULL,
  statement     TEXT NOT NULL DEFAULT '',
  status        TEXT NOT NULL,
  submitted_on  DATE NOT NULL,
  due_on        DATE NOT NULL,
  decided_by    TEXT,
  decided_on    DATE,
  reason        TEXT,
  amount        NUMERIC(14, 2)
);
CREATE INDEX policy_application_policy_idx ON policy_application (policy_id, status);
CREATE INDEX policy_application_entity_idx ON policy_application (credit_code);

CREATE TABLE policy_application_material
(
  id             BIGSERIAL PRIMARY KEY,
  application_id BIGINT NOT NULL REFERENCES policy_application (id),
  name           TEXT NOT NULL,
  filename       TEXT NOT NULL,
  content        BYTEA NOT NULL
);
CREATE INDEX policy_application_material_idx ON policy_application_material (application_id);

-- Permission codes. Policy officers (HANDLER in any department, e.g. 发展改革/财政/人社) draft and
-- publish policies and decide applications; LEADER approves payout batches (four eyes: the
-- publisher is not the approver); OFFICE (营商办) coordinates and may do all of it; ADMIN reads.
INSERT INTO platform_role_permission (role, permission) VALUES
  ('HANDLER', 'policy:read'),
  ('HANDLER', 'policy:publish'),
  ('HANDLER', 'policy:decide'),
  ('LEADER', 'policy:read'),
  ('LEADER', 'policy:approve'),
  ('LEADER', 'policy:decide'),
  ('OFFICE', 'policy:read'),
  ('OFFICE', 'policy:publish'),
  ('OFFICE', 'policy:approve'),
  ('OFFICE', 'policy:decide'),
  ('ADMIN', 'policy:read'),
  ('SUPERVISOR', 'policy:read');
