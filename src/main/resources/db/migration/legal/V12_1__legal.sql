-- Legal protection (法治保障, 002): what the political-legal bodies promise enterprises, on a clock.

-- Every time limit is data with the article it comes from, so a changed rule is a row, not a release.
CREATE TABLE legal_time_limit
(
  code    TEXT PRIMARY KEY,
  amount  INT  NOT NULL CHECK (amount > 0),
  unit    TEXT NOT NULL CHECK (unit IN ('NATURAL_DAYS', 'WORKING_DAYS', 'MONTHS')),
  basis   TEXT NOT NULL
);

INSERT INTO legal_time_limit (code, amount, unit, basis) VALUES
  ('FILING_REVIEW', 7, 'NATURAL_DAYS', '002 #12'),
  ('SUPPLEMENT', 15, 'NATURAL_DAYS', '002 #12'),
  ('PRE_SUIT_MEDIATION', 30, 'NATURAL_DAYS', '002 #13'),
  ('UNRELATED_PROPERTY_RELEASE', 3, 'NATURAL_DAYS', '002 #23'),
  ('STALLED_CASE_CLEARING', 90, 'NATURAL_DAYS', '002 #28'),
  ('TRIAL_SMALL_CLAIMS', 2, 'MONTHS', 'CPL 169'),
  ('TRIAL_SIMPLE', 3, 'MONTHS', 'CPL 164'),
  ('TRIAL_ORDINARY', 6, 'MONTHS', 'CPL 152');

-- 涉企诉讼绿色通道: a case an enterprise files online, from filing to acceptance (立案) and trial.
CREATE TABLE legal_court_case
(
  id                     BIGSERIAL PRIMARY KEY,
  reference              TEXT        NOT NULL UNIQUE,
  credit_code            TEXT        NOT NULL,
  enterprise_name        TEXT        NOT NULL,
  private_enterprise     BOOLEAN     NOT NULL,
  court_id               BIGINT      NOT NULL REFERENCES platform_department (id),
  case_type              TEXT        NOT NULL,
  procedure              TEXT        NOT NULL,
  opponent               TEXT        NOT NULL,
  claim                  TEXT        NOT NULL,
  amount                 NUMERIC(16, 2),
  arrears_reference      TEXT,
  mediation_consent      BOOLEAN     NOT NULL,
  materials              TEXT[]      NOT NULL,
  status                 TEXT        NOT NULL,
  filed_on               DATE        NOT NULL,
  review_due             DATE        NOT NULL,
  supplement_materials   TEXT[],
  supplement_requested_on DATE,
  supply_by              DATE,
  supplied_on            DATE,
  mediation_started_on   DATE,
  mediation_due          DATE,
  accepted_on            DATE,
  trial_due              DATE,
  refused_reason         TEXT,
  closed_on              DATE,
  outcome                TEXT,
  created_at             TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX legal_court_case_court_idx ON legal_court_case (court_id, status);
CREATE INDEX legal_court_case_enterprise_idx ON legal_court_case (credit_code);

-- What the enterprise sees of its case: every step, who took it and when. Court-internal notes are not kept here.
CREATE TABLE legal_court_case_step
(
  id          BIGSERIAL PRIMARY KEY,
  case_id     BIGINT      NOT NULL REFERENCES legal_court_case (id),
  occurred_at TIMESTAMPTZ NOT NULL,
  actor       TEXT        NOT NULL,
  kind        TEXT        NOT NULL,
  detail      TEXT        NOT NULL DEFAULT ''
);
CREATE INDEX legal_court_case_step_case_idx ON legal_court_case_step (case_id, id);

-- 查封、扣押、冻结: every measure against an enterprise's or its owners' property.
CREATE TABLE legal_seizure
(
  id                   BIGSERIAL PRIMARY KEY,
  reference            TEXT        NOT NULL UNIQUE,
  acting_body_id       BIGINT      NOT NULL REFERENCES platform_department (id),
  case_number          TEXT        NOT NULL,
  measure              TEXT        NOT NULL CHECK (measure IN ('SEIZURE', 'DETENTION', 'FREEZING')),
  credit_code          TEXT        NOT NULL,
  holder_name          TEXT        NOT NULL,
  holder_kind          TEXT        NOT NULL CHECK (holder_kind IN ('ENTERPRISE', 'SHAREHOLDER', 'FAMILY_MEMBER')),
  property             TEXT        NOT NULL,
  property_region      TEXT        NOT NULL,
  in_use               BOOLEAN     NOT NULL,
  cooperation_request  TEXT,
  imposed_on           DATE        NOT NULL,
  status               TEXT        NOT NULL CHECK (status IN ('IN_FORCE', 'FOUND_UNRELATED', 'RELEASED')),
  found_unrelated_on   DATE,
  unrelated_finding    TEXT,
  release_due          DATE,
  released_on          DATE,
  created_at           TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX legal_seizure_body_idx ON legal_seizure (acting_body_id, status);
CREATE INDEX legal_seizure_due_idx ON legal_seizure (release_due) WHERE status = 'FOUND_UNRELATED';

-- 涉企"挂案": long-pending criminal cases involving enterprises, cleared under supervision.
CREATE TABLE legal_stalled_case
(
  id                 BIGSERIAL PRIMARY KEY,
  reference          TEXT        NOT NULL UNIQUE,
  case_number        TEXT        NOT NULL,
  lead_body_id       BIGINT      NOT NULL REFERENCES platform_department (id),
  procuratorate_id   BIGINT REFERENCES platform_department (id),
  credit_code        TEXT        NOT NULL,
  enterprise_name    TEXT        NOT NULL,
  offence            TEXT        NOT NULL,
  registered_on      DATE        NOT NULL,
  status             TEXT        NOT NULL CHECK (status IN ('PENDING', 'LISTED', 'CLOSED')),
  clear_by           DATE        NOT NULL,
  listed_by_id       BIGINT REFERENCES platform_department (id),
  listed_on          DATE,
  closed_on          DATE,
  outcome            TEXT,
  created_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX legal_stalled_case_lead_idx ON legal_stalled_case (lead_body_id);
CREATE INDEX legal_stalled_case_proc_idx ON legal_stalled_case (procuratorate_id);

INSERT INTO platform_role_permission (role, permission) VALUES
  ('ENTERPRISE', 'legal:file'),
  ('LEGAL_OFFICER', 'legal:handle'),
  ('OFFICE', 'legal:supervise'),
  ('SUPERVISOR', 'legal:supervise'),
  ('ADMIN', 'legal:supervise')
ON CONFLICT DO NOTHING;
