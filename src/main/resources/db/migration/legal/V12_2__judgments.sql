-- Enforcement of judgments (002 #29, #31, #37): judgments followed until performed; a defaulter listed through
-- the credit module and, once it performs, removed and repaired within three days.
CREATE TABLE legal_judgment
(
  id                  BIGSERIAL PRIMARY KEY,
  court_id            BIGINT      NOT NULL REFERENCES platform_department (id),
  case_number         TEXT        NOT NULL,
  creditor_name       TEXT        NOT NULL,
  debtor_credit_code  TEXT        NOT NULL,
  debtor_name         TEXT        NOT NULL,
  debtor_kind         TEXT        NOT NULL CHECK (debtor_kind IN ('ENTERPRISE', 'PUBLIC_BODY', 'STATE_OWNED')),
  amount              NUMERIC(16, 2) NOT NULL CHECK (amount >= 0),
  judged_on           DATE        NOT NULL,
  status              TEXT        NOT NULL CHECK (status IN ('UNPERFORMED', 'DEFAULTER_LISTED', 'PERFORMED')),
  listed_on           DATE,
  performed_on        DATE,
  repaired_on         DATE,
  created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (court_id, case_number)
);
CREATE INDEX legal_judgment_court_idx ON legal_judgment (court_id, status);

INSERT INTO legal_time_limit (code, amount, unit, basis) VALUES
  ('DEFAULTER_REPAIR', 3, 'NATURAL_DAYS', '002 #37');
