-- Supervision cockpit (000 §5, §6, §8; 001 §5, §6, §25, §51–§54; 002 #49; 004 五).
-- Reads other modules only through their facades and events; these tables hold what the
-- cockpit itself decides or collects.

-- Indicators are data: officials add, retune and switch them off without a release.
CREATE TABLE cockpit_indicator
(
  id                BIGSERIAL PRIMARY KEY,
  code              TEXT    NOT NULL UNIQUE,
  name              TEXT    NOT NULL,
  module            TEXT    NOT NULL,
  source            TEXT    NOT NULL,
  numerator         TEXT    NOT NULL,
  denominator       TEXT,
  filters           TEXT    NOT NULL DEFAULT '',
  direction         TEXT    NOT NULL CHECK (direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
  on_track          NUMERIC(12, 4) NOT NULL,
  breach            NUMERIC(12, 4) NOT NULL,
  min_sample        INTEGER NOT NULL DEFAULT 1 CHECK (min_sample >= 0),
  description       TEXT    NOT NULL DEFAULT '',
  enabled           BOOLEAN NOT NULL DEFAULT TRUE,
  sort_order        INTEGER NOT NULL DEFAULT 100
);

-- One computed figure per indicator, period (YYYY-MM), region (prefecture or 650000 for all)
-- and department (0: all departments). value is NULL when the sample is below the minimum.
CREATE TABLE cockpit_indicator_value
(
  indicator_id  BIGINT  NOT NULL REFERENCES cockpit_indicator (id) ON DELETE CASCADE,
  period        CHAR(7) NOT NULL,
  region_code   CHAR(6) NOT NULL,
  department_id BIGINT  NOT NULL DEFAULT 0,
  numerator     NUMERIC(16, 2) NOT NULL,
  denominator   NUMERIC(16, 2),
  value         NUMERIC(12, 4),
  status        TEXT    NOT NULL,
  computed_at   TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (indicator_id, period, region_code, department_id)
);
-- The map and the alert list read one period across indicators.
CREATE INDEX cockpit_indicator_value_period_idx ON cockpit_indicator_value (period, status);

-- Supervisors (000 §8, 001 §52): appointed for a term; one platform account each.
CREATE TABLE cockpit_supervisor
(
  id            BIGSERIAL PRIMARY KEY,
  account_id    BIGINT,
  name          TEXT NOT NULL,
  affiliation   TEXT NOT NULL,
  region_code   CHAR(6) NOT NULL,
  phone         TEXT,
  term_start    DATE NOT NULL,
  term_end      DATE NOT NULL,
  dismissed_on  DATE,
  CONSTRAINT supervisor_term_order CHECK (term_end >= term_start)
);
CREATE INDEX cockpit_supervisor_account_idx ON cockpit_supervisor (account_id);

-- Rectification items: from supervisors' observations, poor service ratings (差评), assessment
-- orders and case-review findings. Deadline in working days; a second visit closes a rating's.
CREATE TABLE cockpit_rectification
(
  id             BIGSERIAL PRIMARY KEY,
  origin         TEXT    NOT NULL,
  origin_id      BIGINT  NOT NULL,
  department_id  BIGINT  NOT NULL,
  region_code    CHAR(6) NOT NULL,
  issue          TEXT    NOT NULL,
  opened_on      DATE    NOT NULL,
  deadline       DATE    NOT NULL,
  status         TEXT    NOT NULL,
  response       TEXT,
  responded_on   DATE,
  revisit_on     DATE,
  revisit_note   TEXT,
  closed_on      DATE
);
CREATE INDEX cockpit_rectification_origin_idx ON cockpit_rectification (origin, origin_id);
CREATE INDEX cockpit_rectification_department_idx ON cockpit_rectification (department_id, status);
CREATE INDEX cockpit_rectification_deadline_idx ON cockpit_rectification (status, deadline);

-- What a supervisor saw (000 §8, 001 §53) and what became of it.
CREATE TABLE cockpit_observation
(
  id              BIGSERIAL PRIMARY KEY,
  supervisor_id   BIGINT  NOT NULL REFERENCES cockpit_supervisor (id),
  department_id   BIGINT  NOT NULL,
  region_code     CHAR(6) NOT NULL,
  subject         TEXT    NOT NULL,
  detail          TEXT    NOT NULL,
  filed_at        TIMESTAMPTZ NOT NULL,
  outcome_kind    TEXT    NOT NULL,
  outcome_ref     TEXT    NOT NULL
);
CREATE INDEX cockpit_observation_supervisor_idx ON cockpit_observation (supervisor_id, filed_at DESC);

-- 好差评 of a service hall or window (国办发〔2019〕51号: five levels, 1–2 are 差评).
CREATE TABLE cockpit_service_rating
(
  id             BIGSERIAL PRIMARY KEY,
  supervisor_id  BIGINT  NOT NULL REFERENCES cockpit_supervisor (id),
  department_id  BIGINT  NOT NULL,
  region_code    CHAR(6) NOT NULL,
  place          TEXT    NOT NULL,
  window_name    TEXT    NOT NULL DEFAULT '',
  level          INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
  comment        TEXT    NOT NULL DEFAULT '',
  rated_on       DATE    NOT NULL
);
CREATE INDEX cockpit_service_rating_date_idx ON cockpit_service_rating (rated_on);

-- Satisfaction surveys (004 五(六), 001 §25).
CREATE TABLE cockpit_survey
(
  id            BIGSERIAL PRIMARY KEY,
  title         TEXT NOT NULL,
  intro         TEXT NOT NULL DEFAULT '',
  status        TEXT NOT NULL,
  created_at    TIMESTAMPTZ NOT NULL,
  sent_at       TIMESTAMPTZ,
  closes_on     DATE,
  sample_region TEXT,
  sample_industry TEXT,
  sample_size   INTEGER
);

-- Each question rates one department on the five levels, or asks for free text.
CREATE TABLE cockpit_survey_question
(
  id            BIGSERIAL PRIMARY KEY,
  survey_id     BIGINT  NOT NULL REFERENCES cockpit_survey (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  text          TEXT    NOT NULL,
  kind          TEXT    NOT NULL CHECK (kind IN ('RATING', 'TEXT')),
  department_id BIGINT
);
CREATE INDEX cockpit_survey_question_survey_idx ON cockpit_survey_question (survey_id, position);

CREATE TABLE cockpit_survey_recipient
(
  survey_id     BIGINT   NOT NULL REFERENCES cockpit_survey (id) ON DELETE CASCADE,
  credit_code   CHAR(18) NOT NULL,
  region_code   CHAR(6)  NOT NULL,
  answered_at   TIMESTAMPTZ,
  PRIMARY KEY (survey_id, credit_code)
);
CREATE INDEX cockpit_survey_recipient_code_idx ON cockpit_survey_recipient (credit_code);

CREATE TABLE cockpit_survey_answer
(
  survey_id    BIGINT   NOT NULL REFERENCES cockpit_survey (id) ON DELETE CASCADE,
  question_id  BIGINT   NOT NULL REFERENCES cockpit_survey_question (id) ON DELETE CASCADE,
  credit_code  CHAR(18) NOT NULL,
  region_code  CHAR(6)  NOT NULL,
  level        INTEGER CHECK (level BETWEEN 1 AND 5),
  text         TEXT,
  answered_at  TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (question_id, credit_code)
);
CREATE INDEX cockpit_survey_answer_survey_idx ON cockpit_survey_answer (survey_id);

-- Task ledger (工作台账, 004 五(二)): each reform measure, its units, deadline and progress.
CREATE TABLE cockpit_task
(
  id                 BIGSERIAL PRIMARY KEY,
  plan               TEXT    NOT NULL,
  number             INTEGER NOT NULL,
  area               TEXT    NOT NULL,
  title              TEXT    NOT NULL,
  summary            TEXT    NOT NULL,
  lead_unit_stated   TEXT,
  lead_department_id BIGINT,
  responsible_units  TEXT    NOT NULL DEFAULT '',
  deadline           DATE,
  status             TEXT    NOT NULL DEFAULT 'OPEN',
  verified_on        DATE,
  verification_note  TEXT,
  UNIQUE (plan, number)
);

CREATE TABLE cockpit_task_progress
(
  id           BIGSERIAL PRIMARY KEY,
  task_id      BIGINT NOT NULL REFERENCES cockpit_task (id) ON DELETE CASCADE,
  reported_at  TIMESTAMPTZ NOT NULL,
  reporter     TEXT    NOT NULL,
  percent      INTEGER NOT NULL CHECK (percent BETWEEN 0 AND 100),
  note         TEXT    NOT NULL,
  evidence     TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX cockpit_task_progress_task_idx ON cockpit_task_progress (task_id, reported_at DESC);

-- Assessment (绩效考评, 001 §6): a yearly scheme of weighted indicators, the scores it gave,
-- and the interviews (约谈) and rectification orders for those below the bar.
CREATE TABLE cockpit_assessment_scheme
(
  id        BIGSERIAL PRIMARY KEY,
  year      INTEGER NOT NULL UNIQUE,
  name      TEXT    NOT NULL,
  pass_mark NUMERIC(6, 2) NOT NULL
);

CREATE TABLE cockpit_assessment_weight
(
  scheme_id    BIGINT NOT NULL REFERENCES cockpit_assessment_scheme (id) ON DELETE CASCADE,
  indicator_id BIGINT NOT NULL REFERENCES cockpit_indicator (id),
  weight       NUMERIC(6, 2) NOT NULL CHECK (weight > 0),
  PRIMARY KEY (scheme_id, indicator_id)
);

CREATE TABLE cockpit_assessment_score
(
  scheme_id    BIGINT  NOT NULL REFERENCES cockpit_assessment_scheme (id) ON DELETE CASCADE,
  subject_kind TEXT    NOT NULL CHECK (subject_kind IN ('REGION', 'DEPARTMENT')),
  subject_key  TEXT    NOT NULL,
  subject_name TEXT    NOT NULL,
  score        NUMERIC(6, 2) NOT NULL,
  details      JSONB   NOT NULL,
  rank         INTEGER NOT NULL,
  scored_at    TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (scheme_id, subject_kind, subject_key)
);

CREATE TABLE cockpit_assessment_action
(
  id           BIGSERIAL PRIMARY KEY,
  scheme_id    BIGINT NOT NULL REFERENCES cockpit_assessment_scheme (id) ON DELETE CASCADE,
  subject_kind TEXT   NOT NULL,
  subject_key  TEXT   NOT NULL,
  kind         TEXT   NOT NULL CHECK (kind IN ('INTERVIEW', 'RECTIFICATION_ORDER')),
  held_on      DATE   NOT NULL,
  note         TEXT   NOT NULL,
  recorded_by  TEXT   NOT NULL
);
CREATE INDEX cockpit_assessment_action_scheme_idx ON cockpit_assessment_action (scheme_id, subject_kind, subject_key);

-- Quarterly review of enterprise complaint cases (002 #49).
CREATE TABLE cockpit_case_review
(
  id          BIGSERIAL PRIMARY KEY,
  quarter     CHAR(7) NOT NULL,
  case_ref    TEXT    NOT NULL,
  case_title  TEXT    NOT NULL,
  case_link   TEXT,
  department  TEXT    NOT NULL DEFAULT '',
  drawn_at    TIMESTAMPTZ NOT NULL,
  finding     TEXT,
  verdict     TEXT,
  reviewed_by TEXT,
  reviewed_at TIMESTAMPTZ,
  UNIQUE (quarter, case_ref)
);

INSERT INTO platform_role_permission (role, permission) VALUES
  ('OFFICE', 'cockpit:read'),
  ('OFFICE', 'cockpit:manage'),
  ('ADMIN', 'cockpit:read'),
  ('ADMIN', 'cockpit:manage'),
  ('SUPERVISOR', 'cockpit:read'),
  ('SUPERVISOR', 'cockpit:observe'),
  ('LEADER', 'cockpit:task-report'),
  ('HANDLER', 'cockpit:task-report'),
  ('LEADER', 'cockpit:rectify'),
  ('HANDLER', 'cockpit:rectify');

-- Indicators over the registry and the cockpit's own data; later modules add their rows.
INSERT INTO cockpit_indicator (code, name, module, source, numerator, denominator, direction, on_track, breach, min_sample, description, sort_order) VALUES
  ('registry.abnormal-share', '经营异常名录占比', 'registry', 'registry', 'abnormal', 'active', 'LOWER_IS_BETTER', 0.05, 0.10, 20,
   '存续经营主体中处于经营异常名录的比例（月末）', 10),
  ('registry.dormant-share', '僵尸主体候选占比', 'registry', 'registry', 'dormant', 'active', 'LOWER_IS_BETTER', 0.01, 0.03, 20,
   '004 #3：连续两年列入异常名录且连续两年未申报纳税的存续主体比例', 20),
  ('cockpit.poor-rating-share', '服务差评率', 'cockpit', 'supervision', 'poor-ratings', 'ratings', 'LOWER_IS_BETTER', 0.05, 0.15, 1,
   '监督员对服务大厅与窗口评价中“不满意”“非常不满意”的比例（国办发〔2019〕51号）', 30),
  ('cockpit.rectification-overdue', '整改超期率', 'cockpit', 'supervision', 'rectifications-overdue', 'rectifications', 'LOWER_IS_BETTER', 0.05, 0.20, 1,
   '当月到期的整改事项中逾期未整改完成的比例', 40),
  ('cockpit.survey-satisfaction', '企业满意度', 'cockpit', 'survey', 'satisfied', 'answers', 'HIGHER_IS_BETTER', 0.90, 0.80, 1,
   '004 五(六)：满意度调查评分题中“非常满意”“满意”“基本满意”的比例', 50),
  ('cockpit.task-overdue', '改革任务逾期率', 'cockpit', 'ledger', 'tasks-overdue', 'tasks', 'LOWER_IS_BETTER', 0.00, 0.10, 1,
   '004 五(二)：工作台账中已过期限仍未完成的任务比例', 60);
