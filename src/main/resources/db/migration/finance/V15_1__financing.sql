-- 融资服务: financing needs (004 #9), consented credit profiles for lenders (003 §21, 000 §35, 004 #10),
-- loan products and outcomes, and receivable confirmation by public payers (001 §14 (六)).
CREATE TABLE fin_bank
(
  id            BIGSERIAL PRIMARY KEY,
  name          TEXT        NOT NULL UNIQUE,
  region_code   CHAR(6)     NOT NULL,
  contact_name  TEXT,
  contact_phone TEXT,
  created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- which bank an account of role BANK acts for (one bank per account)
CREATE TABLE fin_bank_account
(
  account_id BIGINT PRIMARY KEY,
  bank_id    BIGINT NOT NULL REFERENCES fin_bank (id)
);

CREATE TABLE fin_need
(
  id           BIGSERIAL PRIMARY KEY,
  credit_code  CHAR(18)       NOT NULL,
  entity_name  TEXT           NOT NULL,
  region_code  CHAR(6)        NOT NULL,
  size         TEXT,
  amount       NUMERIC(14, 2) NOT NULL CHECK (amount > 0),
  term_months  INT            NOT NULL CHECK (term_months > 0),
  purpose      TEXT           NOT NULL,
  collateral   TEXT[]         NOT NULL,
  status       TEXT           NOT NULL,
  stated_on    DATE           NOT NULL,
  met_on       DATE,
  created_at   TIMESTAMPTZ    NOT NULL DEFAULT now()
);
CREATE INDEX fin_need_entity_idx ON fin_need (credit_code);

CREATE TABLE fin_consent
(
  id           BIGSERIAL PRIMARY KEY,
  credit_code  CHAR(18)    NOT NULL,
  bank_id      BIGINT      NOT NULL REFERENCES fin_bank (id),
  status       TEXT        NOT NULL,
  granted_at   TIMESTAMPTZ NOT NULL,
  withdrawn_at TIMESTAMPTZ
);
-- at most one consent in force per enterprise and bank
CREATE UNIQUE INDEX fin_consent_active_idx ON fin_consent (credit_code, bank_id) WHERE status = 'ACTIVE';
CREATE INDEX fin_consent_bank_idx ON fin_consent (bank_id) WHERE status = 'ACTIVE';

CREATE TABLE fin_product
(
  id              BIGSERIAL PRIMARY KEY,
  bank_id         BIGINT         NOT NULL REFERENCES fin_bank (id),
  name            TEXT           NOT NULL,
  credit_loan     BOOLEAN        NOT NULL,
  max_amount      NUMERIC(14, 2) NOT NULL CHECK (max_amount > 0),
  max_term_months INT            NOT NULL CHECK (max_term_months > 0),
  rate_from       NUMERIC(5, 2)  NOT NULL,
  sizes           TEXT[]         NOT NULL,
  credit_classes  TEXT[]         NOT NULL,
  no_dishonesty   BOOLEAN        NOT NULL,
  min_years       INT            NOT NULL DEFAULT 0,
  status          TEXT           NOT NULL DEFAULT 'PUBLISHED',
  created_at      TIMESTAMPTZ    NOT NULL DEFAULT now()
);
CREATE INDEX fin_product_bank_idx ON fin_product (bank_id);

-- a bank's answer to one need: granted (amount, rate) or refused with a reason
CREATE TABLE fin_loan
(
  id          BIGSERIAL PRIMARY KEY,
  need_id     BIGINT      NOT NULL REFERENCES fin_need (id),
  bank_id     BIGINT      NOT NULL REFERENCES fin_bank (id),
  product_id  BIGINT REFERENCES fin_product (id),
  credit_code CHAR(18)    NOT NULL,
  region_code CHAR(6)     NOT NULL,
  size        TEXT,
  outcome     TEXT        NOT NULL,
  amount      NUMERIC(14, 2),
  rate        NUMERIC(5, 2),
  credit_loan BOOLEAN     NOT NULL,
  reason      TEXT,
  decided_on  DATE        NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (need_id, bank_id)
);
CREATE INDEX fin_loan_entity_idx ON fin_loan (credit_code);

CREATE TABLE fin_confirmation
(
  id             BIGSERIAL PRIMARY KEY,
  credit_code    CHAR(18)       NOT NULL,
  entity_name    TEXT           NOT NULL,
  payer_name     TEXT           NOT NULL,
  department_id  BIGINT         NOT NULL,
  contract_name  TEXT           NOT NULL,
  amount         NUMERIC(14, 2) NOT NULL CHECK (amount > 0),
  status         TEXT           NOT NULL,
  requested_on   DATE           NOT NULL,
  due_on         DATE           NOT NULL,
  answered_on    DATE,
  answer_reason  TEXT,
  created_at     TIMESTAMPTZ    NOT NULL DEFAULT now()
);
CREATE INDEX fin_confirmation_entity_idx ON fin_confirmation (credit_code);
CREATE INDEX fin_confirmation_department_idx ON fin_confirmation (department_id);

INSERT INTO platform_role_permission (role, permission) VALUES
  ('ENTERPRISE', 'finance:apply'),
  ('BANK', 'finance:lend'),
  ('HANDLER', 'finance:confirm'),
  ('LEADER', 'finance:confirm'),
  ('OFFICE', 'finance:confirm'),
  ('OFFICE', 'finance:manage'),
  ('OFFICE', 'finance:figures'),
  ('ADMIN', 'finance:manage'),
  ('ADMIN', 'finance:figures'),
  ('SUPERVISOR', 'finance:figures')
ON CONFLICT DO NOTHING;
