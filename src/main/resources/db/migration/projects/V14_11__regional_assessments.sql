-- 001 §24: assessments done once for a park (区域评估) and given free to every enterprise in it; the
-- park's negative list names the assessments a project there still needs on its own (单独项目评估).
CREATE TABLE prj_park
(
  id            BIGSERIAL PRIMARY KEY,
  name          TEXT        NOT NULL UNIQUE,
  region_code   CHAR(6)     NOT NULL,
  department_id BIGINT      NOT NULL,
  created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE prj_park_assessment
(
  park_id     BIGINT NOT NULL REFERENCES prj_park (id),
  kind        TEXT   NOT NULL,
  document    TEXT   NOT NULL,
  done_on     DATE   NOT NULL,
  valid_until DATE,
  recorded_by TEXT   NOT NULL,
  PRIMARY KEY (park_id, kind)
);

-- the negative list: for these kinds a project in the park is assessed on its own, whatever the park holds
CREATE TABLE prj_park_negative
(
  park_id BIGINT NOT NULL REFERENCES prj_park (id),
  kind    TEXT   NOT NULL,
  scope   TEXT   NOT NULL,
  PRIMARY KEY (park_id, kind)
);

ALTER TABLE prj_project ADD COLUMN park_id BIGINT REFERENCES prj_park (id);
