-- 002 #45: each year the ten typical cases of the rule-of-law business environment, chosen by the office from every
-- module's published cases and published together. Each chosen case keeps the text it had when chosen.
CREATE TABLE legal_annual_selection
(
  case_year       INT PRIMARY KEY CHECK (case_year BETWEEN 2000 AND 2999),
  status          TEXT NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
  published_on    DATE,
  withdrawn_on    DATE,
  withdraw_reason TEXT,
  updated_by      TEXT NOT NULL
);

CREATE TABLE legal_annual_case
(
  case_year INT    NOT NULL REFERENCES legal_annual_selection (case_year),
  rank      INT    NOT NULL CHECK (rank BETWEEN 1 AND 10),
  source    TEXT   NOT NULL CHECK (source IN ('LEGAL', 'APPEAL')),
  source_id BIGINT NOT NULL,
  title     TEXT   NOT NULL,
  summary   TEXT   NOT NULL,
  publisher TEXT   NOT NULL,
  reason    TEXT   NOT NULL,
  PRIMARY KEY (case_year, rank),
  UNIQUE (case_year, source, source_id)
);
