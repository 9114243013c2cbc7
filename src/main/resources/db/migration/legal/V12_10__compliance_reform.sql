-- Enterprise compliance reform in criminal cases (涉案企业合规改革, 002 #27): after a first compliance review the
-- procuratorate uses a procuratorial recommendation, third-party monitoring or both; the enterprise commits to
-- compliance, rectifies step by step under supervision, and the case ends without arrest or prosecution or with a
-- lenient sentencing recommendation. Where the enterprise is not prosecuted but must still answer economically or
-- administratively, a procuratorial opinion goes to the competent department with the rectification record.
CREATE TABLE legal_compliance_case
(
  id                      BIGSERIAL PRIMARY KEY,
  reference               TEXT        NOT NULL UNIQUE,
  procuratorate_id        BIGINT      NOT NULL REFERENCES platform_department (id),
  case_number             TEXT        NOT NULL,
  credit_code             TEXT        NOT NULL,
  enterprise_name         TEXT        NOT NULL,
  offence                 TEXT        NOT NULL,
  mode                    TEXT        NOT NULL CHECK (mode IN ('RECOMMENDATION', 'MONITORING', 'BOTH')),
  monitor                 TEXT,
  rectify_by              DATE        NOT NULL,
  status                  TEXT        NOT NULL CHECK (status IN ('AWAITING_COMMITMENT', 'RECTIFYING', 'ASSESSED', 'CLOSED')),
  commitment              TEXT,
  committed_by            TEXT,
  committed_on            DATE,
  assessment              TEXT CHECK (assessment IN ('PASSED', 'FAILED')),
  assessment_note         TEXT,
  assessed_on             DATE,
  outcome                 TEXT CHECK (outcome IN ('NO_ARREST', 'NO_PROSECUTION', 'LENIENT_SENTENCING', 'PROSECUTED')),
  closed_on               DATE,
  opinion_department_id   BIGINT REFERENCES platform_department (id),
  opinion                 TEXT,
  opinion_on              DATE,
  response                TEXT,
  responded_on            DATE,
  created_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
  -- one entry per case and procuratorate: entering it twice is refused, not duplicated
  UNIQUE (procuratorate_id, case_number),
  CHECK (mode = 'RECOMMENDATION' OR monitor IS NOT NULL)
);
CREATE INDEX legal_compliance_case_proc_idx ON legal_compliance_case (procuratorate_id, status);
CREATE INDEX legal_compliance_case_enterprise_idx ON legal_compliance_case (credit_code);
CREATE INDEX legal_compliance_case_opinion_idx ON legal_compliance_case (opinion_department_id) WHERE opinion_department_id IS NOT NULL;

CREATE TABLE legal_compliance_step
(
  id                 BIGSERIAL PRIMARY KEY,
  compliance_case_id BIGINT NOT NULL REFERENCES legal_compliance_case (id),
  title              TEXT   NOT NULL,
  due_on             DATE   NOT NULL,
  report             TEXT,
  reported_on        DATE,
  UNIQUE (compliance_case_id, title)
);

-- The competent department answers the procuratorial opinion addressed to it.
INSERT INTO platform_role_permission (role, permission) VALUES
  ('HANDLER', 'legal:respond'),
  ('LEADER', 'legal:respond')
ON CONFLICT DO NOTHING;
