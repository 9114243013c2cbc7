-- Arrears ledger (拖欠账款台账, 国令802号, 000 §32, 003 §53-§54, 004 #37).

-- Public bodies that may owe SMEs: 机关, 事业单位, 国有企业, each with the department that supervises
-- it (confirms its debts, Art. 16). Large private enterprises come from the registry instead.
CREATE TABLE arrears_payer
(
  id                        BIGSERIAL PRIMARY KEY,
  name                      TEXT NOT NULL,
  payer_type                TEXT NOT NULL CHECK (payer_type IN ('GOVERNMENT_ORGAN', 'PUBLIC_INSTITUTION', 'STATE_OWNED_ENTERPRISE')),
  credit_code               CHAR(18) UNIQUE,
  region_code               CHAR(6) NOT NULL,
  supervising_department_id BIGINT NOT NULL,
  created_at                TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX arrears_payer_department_idx ON arrears_payer (supervising_department_id);

CREATE TABLE arrears_claim
(
  id                          BIGSERIAL PRIMARY KEY,
  source                      TEXT NOT NULL CHECK (source IN ('ENTERPRISE', 'DEPARTMENT', 'APPEAL')),
  source_appeal_id            BIGINT UNIQUE,
  appeal_tracking_number      TEXT,
  status                      TEXT NOT NULL,
  payee_credit_code           CHAR(18) NOT NULL,
  payee_name                  TEXT NOT NULL,
  payee_size                  TEXT,
  payer_type                  TEXT,
  payer_id                    BIGINT REFERENCES arrears_payer (id),
  payer_credit_code           CHAR(18),
  payer_name                  TEXT,
  region_code                 CHAR(6),
  supervising_department_id   BIGINT,
  registering_department_id   BIGINT,
  contract_name               TEXT,
  amount                      NUMERIC(16, 2),
  disputed_amount             NUMERIC(16, 2) NOT NULL DEFAULT 0,
  delivered_on                DATE,
  settlement_basis            TEXT,
  settlement_confirmed_on     DATE,
  accepted_on                 DATE,
  acceptance_period_days      INT,
  agreed_term_days            INT,
  payment_method              TEXT,
  contract_rate_percent       NUMERIC(7, 4),
  practices                   TEXT[] NOT NULL DEFAULT '{}',
  violations                  TEXT[] NOT NULL DEFAULT '{}',
  description                 TEXT NOT NULL DEFAULT '',
  reported_on                 DATE NOT NULL,
  confirm_by                  DATE,
  clock_start                 DATE,
  due_on                      DATE,
  confirmed_on                DATE,
  confirmed_by                TEXT,
  rejection_reason            TEXT,
  plan_pay_by                 DATE,
  plan_note                   TEXT,
  paid_amount                 NUMERIC(16, 2) NOT NULL DEFAULT 0,
  settled_on                  DATE,
  follow_up_asked_on          DATE,
  follow_up_answer            TEXT,
  follow_up_note              TEXT,
  follow_up_answered_on       DATE,
  malicious                   BOOLEAN NOT NULL DEFAULT FALSE,
  exposed_on                  DATE,
  exposure_note               TEXT,
  created_by                  TEXT NOT NULL,
  created_at                  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX arrears_claim_payee_idx ON arrears_claim (payee_credit_code, id DESC);
CREATE INDEX arrears_claim_department_idx ON arrears_claim (supervising_department_id, status);
CREATE INDEX arrears_claim_registering_idx ON arrears_claim (registering_department_id);
CREATE INDEX arrears_claim_status_due_idx ON arrears_claim (status, due_on);
CREATE INDEX arrears_claim_payer_idx ON arrears_claim (payer_id, due_on);
CREATE INDEX arrears_claim_exposed_idx ON arrears_claim (exposed_on) WHERE exposed_on IS NOT NULL;

CREATE TABLE arrears_payment
(
  id          BIGSERIAL PRIMARY KEY,
  claim_id    BIGINT NOT NULL REFERENCES arrears_claim (id),
  paid_on     DATE NOT NULL,
  amount      NUMERIC(16, 2) NOT NULL CHECK (amount > 0),
  method      TEXT NOT NULL,
  note        TEXT NOT NULL DEFAULT '',
  recorded_by TEXT NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX arrears_payment_claim_idx ON arrears_payment (claim_id, paid_on);
CREATE INDEX arrears_payment_month_idx ON arrears_payment (paid_on);

-- Reminders (催办) and supervision orders (督办), by hand or by the daily job. The job's steps are
-- unique per claim and step, so running it twice sends nothing twice.
CREATE TABLE arrears_supervision
(
  id         BIGSERIAL PRIMARY KEY,
  claim_id   BIGINT NOT NULL REFERENCES arrears_claim (id),
  kind       TEXT NOT NULL CHECK (kind IN ('REMINDER', 'ORDER', 'ESCALATION')),
  step       TEXT,
  issued_on  DATE NOT NULL,
  issued_by  TEXT NOT NULL,
  note       TEXT NOT NULL DEFAULT '',
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (claim_id, step)
);
CREATE INDEX arrears_supervision_claim_idx ON arrears_supervision (claim_id, created_at);

-- Art. 18: 机关、事业单位 publish last year's overdue contracts (count and amount) by 31 March.
CREATE TABLE arrears_annual_report
(
  year           INT NOT NULL,
  payer_id       BIGINT NOT NULL REFERENCES arrears_payer (id),
  payer_name     TEXT NOT NULL,
  payer_type     TEXT NOT NULL,
  overdue_count  INT NOT NULL,
  overdue_amount NUMERIC(16, 2) NOT NULL,
  published_on   DATE NOT NULL,
  published_by   TEXT NOT NULL,
  PRIMARY KEY (year, payer_id)
);

-- Public bodies' overdue claims already sent to government-integrity records (sent once per claim).
CREATE TABLE arrears_integrity_feed
(
  claim_id BIGINT PRIMARY KEY REFERENCES arrears_claim (id),
  fed_on   DATE NOT NULL
);

INSERT INTO platform_role_permission (role, permission) VALUES
  ('ENTERPRISE', 'arrears:report'),
  ('HANDLER', 'arrears:read'),
  ('HANDLER', 'arrears:register'),
  ('HANDLER', 'arrears:verify'),
  ('LEADER', 'arrears:read'),
  ('LEADER', 'arrears:register'),
  ('LEADER', 'arrears:verify'),
  ('OFFICE', 'arrears:read'),
  ('OFFICE', 'arrears:register'),
  ('OFFICE', 'arrears:verify'),
  ('OFFICE', 'arrears:manage'),
  ('ADMIN', 'arrears:read'),
  ('ADMIN', 'arrears:register'),
  ('ADMIN', 'arrears:verify'),
  ('ADMIN', 'arrears:manage'),
  ('SUPERVISOR', 'arrears:read')
ON CONFLICT DO NOTHING;
