-- Judicial appraisal online (002 #14, "互联网+评估鉴定"): a party applies for an appraisal in its accepted case,
-- the court chooses the institution and transfers the materials, the report is issued under one unique code, and
-- anyone holding the code (or scanning its QR) checks that the report is genuine and where the appraisal stands.
CREATE TABLE legal_appraisal
(
  id                   BIGSERIAL PRIMARY KEY,
  code                 TEXT        NOT NULL UNIQUE,
  court_case_id        BIGINT      NOT NULL REFERENCES legal_court_case (id),
  court_id             BIGINT      NOT NULL REFERENCES platform_department (id),
  credit_code          TEXT        NOT NULL,
  subject              TEXT        NOT NULL,
  reason               TEXT        NOT NULL,
  status               TEXT        NOT NULL CHECK (status IN ('REQUESTED', 'COMMISSIONED', 'ISSUED')),
  requested_on         DATE        NOT NULL,
  institution          TEXT,
  institution_licence  TEXT,
  materials            TEXT,
  commissioned_on      DATE,
  report_number        TEXT,
  conclusion           TEXT,
  report_digest        TEXT,
  issued_on            DATE,
  created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
  -- applying twice for the same subject in one case is one application
  UNIQUE (court_case_id, subject),
  CHECK (status = 'REQUESTED' OR institution IS NOT NULL),
  CHECK (status <> 'ISSUED' OR (report_number IS NOT NULL AND report_digest IS NOT NULL))
);
CREATE INDEX legal_appraisal_case_idx ON legal_appraisal (court_case_id);
