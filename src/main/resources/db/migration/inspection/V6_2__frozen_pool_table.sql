-- Frozen pools move to a table of their own, written once and never changed: drawing then updates a
-- small row of inspection_draw (its immutability check no longer compares megabytes of pool), and the
-- pool's counts per class are kept beside the draw so figures need not unpack the pool.
CREATE TABLE inspection_pool_snapshot
(
  plan_id  BIGINT PRIMARY KEY REFERENCES inspection_draw (plan_id),
  snapshot BYTEA NOT NULL   -- gzip of the canonical pool text (fixed 23-byte lines "code,class,flag\n")
);
-- Already compressed: stored out of line as is, without a second compression attempt.
ALTER TABLE inspection_pool_snapshot ALTER COLUMN snapshot SET STORAGE EXTERNAL;
INSERT INTO inspection_pool_snapshot (plan_id, snapshot) SELECT plan_id, snapshot FROM inspection_draw;

CREATE FUNCTION inspection_pool_snapshot_immutable() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'frozen inspection pools are immutable';
END $$ LANGUAGE plpgsql;
CREATE TRIGGER inspection_pool_snapshot_immutable BEFORE UPDATE OR DELETE ON inspection_pool_snapshot
  FOR EACH ROW EXECUTE FUNCTION inspection_pool_snapshot_immutable();

-- A, B, C, D outside key supervision, then key supervision (NULL for pools frozen before this column).
ALTER TABLE inspection_draw ADD COLUMN pool_per_class INT[];

CREATE OR REPLACE FUNCTION inspection_draw_immutable() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'inspection draw records are immutable';
  END IF;
  IF OLD.drawn_at IS NOT NULL OR NEW.seed_commitment <> OLD.seed_commitment OR NEW.seed <> OLD.seed
     OR NEW.pool_hash <> OLD.pool_hash OR NEW.algorithm <> OLD.algorithm
     OR NEW.pool_per_class IS DISTINCT FROM OLD.pool_per_class THEN
    RAISE EXCEPTION 'inspection draw records are immutable';
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql;

ALTER TABLE inspection_draw DROP COLUMN snapshot;
