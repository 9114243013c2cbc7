-- Administrative discretion benchmarks (000 §56, 002 #35): each department publishes, per penalty item, the tiers of
-- circumstances (exempt, lighter, ordinary, heavier) with the fine range of each; a new version supersedes the old.
-- Every penalty decided through the benchmark names the version and tier it applied and must stay inside its range.
-- Each published benchmark is reviewed every quarter (002 #49) against the decisions made under it.
CREATE TABLE legal_discretion_benchmark
(
  id             BIGSERIAL PRIMARY KEY,
  department_id  BIGINT NOT NULL REFERENCES platform_department (id),
  item_code      TEXT   NOT NULL,
  item_name      TEXT   NOT NULL,
  penalty_basis  TEXT   NOT NULL,
  version        INT    NOT NULL CHECK (version > 0),
  published_on   DATE   NOT NULL,
  review_due     DATE   NOT NULL,
  status         TEXT   NOT NULL CHECK (status IN ('PUBLISHED', 'SUPERSEDED')),
  UNIQUE (department_id, item_code, version)
);
CREATE UNIQUE INDEX legal_discretion_benchmark_current_idx ON legal_discretion_benchmark (department_id, item_code)
  WHERE status = 'PUBLISHED';

CREATE TABLE legal_discretion_tier
(
  benchmark_id   BIGINT         NOT NULL REFERENCES legal_discretion_benchmark (id),
  tier           TEXT           NOT NULL CHECK (tier IN ('EXEMPT', 'LIGHTER', 'ORDINARY', 'HEAVIER')),
  circumstances  TEXT           NOT NULL,
  min_fine       NUMERIC(16, 2) NOT NULL CHECK (min_fine >= 0),
  max_fine       NUMERIC(16, 2) NOT NULL CHECK (max_fine >= min_fine),
  PRIMARY KEY (benchmark_id, tier)
);

CREATE TABLE legal_benchmark_review
(
  id            BIGSERIAL PRIMARY KEY,
  benchmark_id  BIGINT NOT NULL REFERENCES legal_discretion_benchmark (id),
  quarter       TEXT   NOT NULL,
  reviewed_on   DATE   NOT NULL,
  decisions     INT    NOT NULL,
  finding       TEXT   NOT NULL,
  UNIQUE (benchmark_id, quarter)
);

CREATE TABLE legal_penalty_decision
(
  id               BIGSERIAL PRIMARY KEY,
  department_id    BIGINT         NOT NULL REFERENCES platform_department (id),
  benchmark_id     BIGINT         NOT NULL REFERENCES legal_discretion_benchmark (id),
  tier             TEXT           NOT NULL,
  decision_number  TEXT           NOT NULL,
  credit_code      TEXT           NOT NULL,
  subject_name     TEXT           NOT NULL,
  facts            TEXT           NOT NULL,
  fine             NUMERIC(16, 2) NOT NULL CHECK (fine >= 0),
  decided_on       DATE           NOT NULL,
  credit_record_id BIGINT,
  UNIQUE (department_id, decision_number),
  FOREIGN KEY (benchmark_id, tier) REFERENCES legal_discretion_tier (benchmark_id, tier)
);
CREATE INDEX legal_penalty_decision_benchmark_idx ON legal_penalty_decision (benchmark_id, decided_on);

INSERT INTO legal_time_limit (code, amount, unit, basis) VALUES
  ('BENCHMARK_REVIEW', 3, 'MONTHS', '002 #49')
ON CONFLICT (code) DO NOTHING;
