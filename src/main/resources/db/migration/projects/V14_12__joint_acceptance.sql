-- 004 #22–23: a finished unit work (单位工程) of a project is accepted jointly on its own; the joint
-- acceptance opinion (竣工联合验收意见书) is issued on site and the completion filing (竣工验收备案) is
-- completed with it, in one record, which property registration (不动产登记) reads online.
CREATE TABLE prj_unit_work
(
  id             BIGSERIAL PRIMARY KEY,
  project_id     BIGINT      NOT NULL REFERENCES prj_project (id),
  name           TEXT        NOT NULL,
  status         TEXT        NOT NULL,
  accepted_on    DATE,
  opinion_number TEXT,
  departments    TEXT,
  filing_number  TEXT,
  recorded_by    TEXT,
  created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (project_id, name),
  CHECK (status <> 'ACCEPTED' OR (accepted_on IS NOT NULL AND opinion_number IS NOT NULL AND filing_number IS NOT NULL))
);
CREATE UNIQUE INDEX prj_unit_work_opinion_idx ON prj_unit_work (opinion_number) WHERE opinion_number IS NOT NULL;
