-- 002 #49: every quarter the political-legal committee (on this platform, the business environment office) reviews
-- the enterprise complaints about law enforcement received in the quarter, department by department, records what
-- it found and sets each department a rectification deadline; 002 #47 adds 任性执法、选择性执法、一刀切式执法 to what
-- it looks for. The complaints reviewed are fixed when the review opens, so a later complaint cannot change it.
CREATE TABLE legal_enforcement_review
(
  id            BIGSERIAL PRIMARY KEY,
  review_year   INT         NOT NULL CHECK (review_year BETWEEN 2000 AND 2100),
  quarter       INT         NOT NULL CHECK (quarter BETWEEN 1 AND 4),
  status        TEXT        NOT NULL CHECK (status IN ('OPEN', 'CONCLUDED')),
  opened_on     DATE        NOT NULL,
  concluded_on  DATE,
  conclusion    TEXT,
  created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (review_year, quarter),
  CHECK ((status = 'CONCLUDED') = (concluded_on IS NOT NULL))
);

CREATE TABLE legal_enforcement_review_complaint
(
  review_id        BIGINT NOT NULL REFERENCES legal_enforcement_review (id),
  appeal_id        BIGINT NOT NULL,
  tracking_number  TEXT   NOT NULL,
  title            TEXT   NOT NULL,
  department_id    BIGINT NOT NULL REFERENCES platform_department (id),
  PRIMARY KEY (review_id, appeal_id)
);
CREATE INDEX legal_enforcement_review_complaint_dept_idx ON legal_enforcement_review_complaint (department_id, review_id);

CREATE TABLE legal_enforcement_finding
(
  id                    BIGSERIAL PRIMARY KEY,
  review_id             BIGINT      NOT NULL REFERENCES legal_enforcement_review (id),
  department_id         BIGINT      NOT NULL REFERENCES platform_department (id),
  kind                  TEXT        NOT NULL CHECK (kind IN ('DELAYED_FILING', 'DELAYED_TRIAL', 'EXCESSIVE_SEIZURE',
                          'INFRINGED_RIGHTS', 'MECHANICAL_ENFORCEMENT', 'INACTION', 'ARBITRARY_ENFORCEMENT', 'NO_PROBLEM')),
  description           TEXT        NOT NULL,
  found_on              DATE        NOT NULL,
  status                TEXT        NOT NULL CHECK (status IN ('NONE', 'RECTIFYING', 'RECTIFIED')),
  rectification_due     DATE,
  rectified_on          DATE,
  rectification_report  TEXT,
  created_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (review_id, department_id, kind),
  CHECK ((status = 'NONE') = (rectification_due IS NULL)),
  CHECK ((status = 'RECTIFIED') = (rectified_on IS NOT NULL))
);
CREATE INDEX legal_enforcement_finding_dept_idx ON legal_enforcement_finding (department_id, id DESC);
CREATE INDEX legal_enforcement_finding_open_idx ON legal_enforcement_finding (rectification_due) WHERE status = 'RECTIFYING';

-- The measure fixes no number of days; this is the office's setting, a row it may change.
INSERT INTO legal_time_limit (code, amount, unit, basis) VALUES
  ('ENFORCEMENT_RECTIFICATION', 20, 'WORKING_DAYS', '002 #49')
ON CONFLICT (code) DO NOTHING;

-- the reviewed departments record their rectification: administrative departments and political-legal bodies alike
INSERT INTO platform_role_permission (role, permission) VALUES
  ('HANDLER', 'legal:rectify'),
  ('LEADER', 'legal:rectify'),
  ('LEGAL_OFFICER', 'legal:rectify')
ON CONFLICT DO NOTHING;
