-- 净地出让 (004 #21): before land is offered, expropriation and compensation are done, ownership is
-- clear, planning conditions are set and the basic conditions for construction are met. One row per
-- item ticked, with the day and who confirmed it.
CREATE TABLE prj_clean_land
(
  project_id   BIGINT NOT NULL REFERENCES prj_project (id),
  item         TEXT   NOT NULL,
  confirmed_on DATE   NOT NULL,
  confirmed_by TEXT   NOT NULL,
  PRIMARY KEY (project_id, item)
);
