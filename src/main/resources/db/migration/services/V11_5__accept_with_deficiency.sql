-- 容缺受理 (000 §19): accepted while non-key materials are missing; no decision until they arrive
-- by supply_by (on the region's working-day calendar); withdrawn if they do not.
CREATE TABLE svc_case_deficiency
(
  case_id     BIGINT PRIMARY KEY REFERENCES svc_case (id),
  materials   TEXT[]      NOT NULL,
  supply_by   DATE        NOT NULL,
  supplied_at TIMESTAMPTZ
);
