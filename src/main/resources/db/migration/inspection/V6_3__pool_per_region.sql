-- A frozen pool's counts per region code of the entities (the registry's code, usually a county), so the
-- cockpit can show coverage and visits avoided per prefecture without unpacking pools. Written once when
-- the pool is frozen, beside pool_per_class; pools frozen earlier have no rows and count for the whole
-- region only.
CREATE TABLE inspection_draw_region
(
  plan_id     BIGINT NOT NULL REFERENCES inspection_draw (plan_id),
  region_code CHAR(6) NOT NULL,
  pool_a      INT NOT NULL,   -- in the pool outside key supervision, per class
  pool_b      INT NOT NULL,
  pool_c      INT NOT NULL,
  pool_d      INT NOT NULL,
  pool_key    INT NOT NULL,   -- in the pool under key supervision
  excluded_a  INT NOT NULL,   -- left out because inspected within the exclusion window, per class
  excluded_b  INT NOT NULL,
  excluded_c  INT NOT NULL,
  excluded_d  INT NOT NULL,
  PRIMARY KEY (plan_id, region_code)
);

CREATE FUNCTION inspection_draw_region_immutable() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'frozen inspection pools are immutable';
END $$ LANGUAGE plpgsql;
CREATE TRIGGER inspection_draw_region_immutable BEFORE UPDATE OR DELETE ON inspection_draw_region
  FOR EACH ROW EXECUTE FUNCTION inspection_draw_region_immutable();

-- Case lists behind a prefecture's figure filter tasks by region and month.
CREATE INDEX inspection_task_drawn_idx ON inspection_task (drawn_on);
