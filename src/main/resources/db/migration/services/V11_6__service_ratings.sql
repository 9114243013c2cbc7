-- 好差评 (国办发〔2019〕51号, 001 §25, 004 #13): every finished case can be rated once, five levels.
-- A 差评 (level 1–2) runs 核实 → 整改 → 反馈 → 复核 → 追评; named 差评 all get a return visit.
CREATE TABLE svc_rating
(
  case_id     BIGINT PRIMARY KEY REFERENCES svc_case (id),
  level       INT         NOT NULL CHECK (level BETWEEN 1 AND 5),
  comment     TEXT        NOT NULL DEFAULT '',
  named       BOOLEAN     NOT NULL DEFAULT TRUE,
  department  TEXT        NOT NULL,
  window_name TEXT        NOT NULL,
  rated_on    DATE        NOT NULL,
  rated_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX svc_rating_department_idx ON svc_rating (department, rated_on);

CREATE TABLE svc_bad_rating
(
  case_id           BIGINT PRIMARY KEY REFERENCES svc_rating (case_id),
  status            TEXT NOT NULL, -- VERIFYING, RECTIFYING, FEEDBACK, REVIEW, FOLLOW_UP, CLOSED
  rectify_by        DATE,
  verification      TEXT,
  rectification     TEXT,
  feedback          TEXT,
  review            TEXT,
  follow_up_level   INT CHECK (follow_up_level BETWEEN 1 AND 5),
  return_visited_on DATE
);
CREATE INDEX svc_bad_rating_status_idx ON svc_bad_rating (status);

INSERT INTO svc_setting (key, value) VALUES ('rating.rectify_working_days', '10');
