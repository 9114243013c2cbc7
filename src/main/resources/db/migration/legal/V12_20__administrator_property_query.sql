-- 004 #43: the appointed bankruptcy administrator, identity-checked, queries the debtor's property held by departments.
-- The court registers which market entity is the administrator (its unified credit code) and the number of its
-- appointment decision; only that entity's account, presenting that number, queries — only in that case, while it is
-- open. Registry and tax data the platform holds answer at once; the other holders answer on their workbench.
CREATE TABLE legal_administrator_access
(
  case_id          BIGINT PRIMARY KEY REFERENCES legal_bankruptcy_case (id),
  credit_code      TEXT   NOT NULL,
  entity_name      TEXT   NOT NULL,
  decision_number  TEXT   NOT NULL,
  granted_on       DATE   NOT NULL
);
CREATE INDEX legal_administrator_access_code_idx ON legal_administrator_access (credit_code);

CREATE TABLE legal_property_query
(
  id              BIGSERIAL PRIMARY KEY,
  case_id         BIGINT NOT NULL REFERENCES legal_bankruptcy_case (id),
  holder          TEXT   NOT NULL CHECK (holder IN ('REGISTRY', 'TAX', 'REAL_ESTATE', 'VEHICLES', 'SOCIAL_INSURANCE', 'HOUSING_FUND')),
  department_id   BIGINT REFERENCES platform_department (id),
  asked_by        BIGINT NOT NULL,
  asked_on        DATE   NOT NULL,
  answer_due      DATE,
  answer          TEXT,
  answered_on     DATE,
  UNIQUE (case_id, holder, asked_on)
);
CREATE INDEX legal_property_query_department_idx ON legal_property_query (department_id) WHERE answered_on IS NULL;

-- 004 #43 names no number: the office promises an answer within five working days of the query.
INSERT INTO legal_time_limit (code, amount, unit, basis) VALUES
  ('PROPERTY_QUERY_ANSWER', 5, 'WORKING_DAYS', '004 #43')
ON CONFLICT (code) DO NOTHING;
