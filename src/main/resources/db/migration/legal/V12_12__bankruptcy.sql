-- Bankruptcy (000 §30, 002 #32, 004 #41–42): cases accepted by the court, simplified cases on a capped clock,
-- claims declared online and confirmed, the administrator chosen with the creditors' recommendations, online creditors'
-- meetings whose votes are counted by the Enterprise Bankruptcy Law's rules and kept, and government–court
-- coordination items (staff placement, costs) answered by the departments.
CREATE TABLE legal_bankruptcy_case
(
  id                   BIGSERIAL PRIMARY KEY,
  reference            TEXT        NOT NULL UNIQUE,
  court_id             BIGINT      NOT NULL REFERENCES platform_department (id),
  case_number          TEXT        NOT NULL,
  credit_code          TEXT        NOT NULL,
  debtor_name          TEXT        NOT NULL,
  procedure            TEXT        NOT NULL CHECK (procedure IN ('LIQUIDATION', 'REORGANISATION', 'COMPOSITION')),
  simplified           BOOLEAN     NOT NULL,
  accepted_on          DATE        NOT NULL,
  claims_by            DATE        NOT NULL,
  conclude_by          DATE,
  status               TEXT        NOT NULL CHECK (status IN ('ACCEPTED', 'ADMINISTERED', 'CONCLUDED')),
  administrator        TEXT,
  administrator_reason TEXT,
  concluded_on         DATE,
  outcome              TEXT,
  created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (court_id, case_number)
);

CREATE TABLE legal_bankruptcy_claim
(
  id                BIGSERIAL PRIMARY KEY,
  case_id           BIGINT         NOT NULL REFERENCES legal_bankruptcy_case (id),
  credit_code       TEXT           NOT NULL,
  creditor_name     TEXT           NOT NULL,
  amount            NUMERIC(16, 2) NOT NULL CHECK (amount > 0),
  secured           BOOLEAN        NOT NULL,
  status            TEXT           NOT NULL CHECK (status IN ('DECLARED', 'CONFIRMED', 'REJECTED')),
  confirmed_amount  NUMERIC(16, 2) CHECK (confirmed_amount >= 0),
  declared_on       DATE           NOT NULL,
  UNIQUE (case_id, credit_code)
);

CREATE TABLE legal_bankruptcy_recommendation
(
  case_id       BIGINT NOT NULL REFERENCES legal_bankruptcy_case (id),
  credit_code   TEXT   NOT NULL,
  administrator TEXT   NOT NULL,
  recommended_on DATE  NOT NULL,
  PRIMARY KEY (case_id, credit_code)
);

CREATE TABLE legal_creditor_meeting
(
  id              BIGSERIAL PRIMARY KEY,
  case_id         BIGINT  NOT NULL REFERENCES legal_bankruptcy_case (id),
  motion          TEXT    NOT NULL,
  kind            TEXT    NOT NULL CHECK (kind IN ('ORDINARY', 'REORGANISATION_PLAN')),
  closes_on       DATE    NOT NULL,
  status          TEXT    NOT NULL CHECK (status IN ('OPEN', 'COUNTED')),
  result          TEXT CHECK (result IN ('PASSED', 'FAILED')),
  tally           TEXT,
  counted_on      DATE,
  UNIQUE (case_id, motion)
);

CREATE TABLE legal_creditor_vote
(
  meeting_id  BIGINT      NOT NULL REFERENCES legal_creditor_meeting (id),
  claim_id    BIGINT      NOT NULL REFERENCES legal_bankruptcy_claim (id),
  choice      TEXT        NOT NULL CHECK (choice IN ('FOR', 'AGAINST', 'ABSTAIN')),
  voted_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (meeting_id, claim_id)
);

CREATE TABLE legal_coordination_item
(
  id            BIGSERIAL PRIMARY KEY,
  case_id       BIGINT NOT NULL REFERENCES legal_bankruptcy_case (id),
  department_id BIGINT NOT NULL REFERENCES platform_department (id),
  subject       TEXT   NOT NULL CHECK (subject IN ('STAFF_PLACEMENT', 'COSTS', 'SUPPORT')),
  request       TEXT   NOT NULL,
  raised_on     DATE   NOT NULL,
  response      TEXT,
  responded_on  DATE
);
CREATE INDEX legal_coordination_item_department_idx ON legal_coordination_item (department_id);

-- 最高人民法院《关于推进破产案件依法高效审理的意见》第十五条: a case on the fast track is concluded within six months of acceptance;
-- claims are declared within the period the court sets, from 30 days to three months (企业破产法第四十五条).
INSERT INTO legal_time_limit (code, amount, unit, basis) VALUES
  ('BANKRUPTCY_SIMPLIFIED', 6, 'MONTHS', 'SPCBANKRUPTCY 15'),
  ('BANKRUPTCY_CLAIMS', 30, 'NATURAL_DAYS', 'EBL 45')
ON CONFLICT (code) DO NOTHING;
