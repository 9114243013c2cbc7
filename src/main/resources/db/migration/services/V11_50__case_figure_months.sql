-- Issue 15 performance: the services figures (网办率, on-time rate, 好差评 …) per month, department and
-- region, kept in svc_case_month_figure instead of being counted from every case on each read.
--
-- Every change that can move a count (a case applied, accepted with its due date, decided; a 补正 notice;
-- a rating and its 差评 loop; an implementing-list row's depth, 即办 flag or limits) appends the months
-- and departments it touches to svc_case_figure_change, in the changing transaction (triggers below).
-- CaseFigureMonths recomputes those (month, department) rows from the cases and deletes the changes it
-- consumed, under a transaction-level advisory lock; the scheduled refresh (ShedLock) and every read of
-- the figures do so, so a read never sees a count older than the last committed change.
CREATE TABLE svc_case_month_figure
(
  month           DATE   NOT NULL, -- first day of the month
  department      TEXT   NOT NULL, -- the implementing department's name, as the cases carry it
  region_code     TEXT   NOT NULL,
  cases           BIGINT NOT NULL DEFAULT 0,
  online          BIGINT NOT NULL DEFAULT 0,
  fully_online    BIGINT NOT NULL DEFAULT 0,
  instant         BIGINT NOT NULL DEFAULT 0,
  statutory_days  BIGINT NOT NULL DEFAULT 0,
  compressed_days BIGINT NOT NULL DEFAULT 0,
  visits          BIGINT NOT NULL DEFAULT 0,
  zero_visits     BIGINT NOT NULL DEFAULT 0,
  decided         BIGINT NOT NULL DEFAULT 0,
  on_time         BIGINT NOT NULL DEFAULT 0,
  first_time      BIGINT NOT NULL DEFAULT 0,
  ratings         BIGINT NOT NULL DEFAULT 0,
  good_ratings    BIGINT NOT NULL DEFAULT 0,
  bad_ratings     BIGINT NOT NULL DEFAULT 0,
  bad_rectified   BIGINT NOT NULL DEFAULT 0,
  named_bad       BIGINT NOT NULL DEFAULT 0,
  return_visited  BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (month, department, region_code)
);

-- Append-only: a refresh deletes the rows it has seen, so a change committed during a refresh keeps its row.
CREATE TABLE svc_case_figure_change
(
  id         BIGSERIAL PRIMARY KEY,
  month      DATE NOT NULL,
  department TEXT NOT NULL
);
CREATE INDEX svc_case_figure_change_month_idx ON svc_case_figure_change (month);

-- What a refresh of one department's month reads.
CREATE INDEX svc_case_department_applied_idx ON svc_case (department, applied_on);
CREATE INDEX svc_case_department_decided_idx ON svc_case (department, decided_on) WHERE decided_on IS NOT NULL;

CREATE FUNCTION svc_figure_touch(d DATE, department TEXT) RETURNS VOID LANGUAGE sql AS $$
  INSERT INTO svc_case_figure_change (month, department)
  SELECT date_trunc('month', d)::date, department WHERE d IS NOT NULL AND department IS NOT NULL
$$;

CREATE FUNCTION svc_case_figure_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM svc_figure_touch(OLD.applied_on, OLD.department);
    PERFORM svc_figure_touch(OLD.decided_on, OLD.department);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    IF TG_OP = 'INSERT' OR NEW.applied_on IS DISTINCT FROM OLD.applied_on OR NEW.department IS DISTINCT FROM OLD.department THEN
      PERFORM svc_figure_touch(NEW.applied_on, NEW.department);
    END IF;
    IF TG_OP = 'INSERT' OR NEW.decided_on IS DISTINCT FROM OLD.decided_on OR NEW.department IS DISTINCT FROM OLD.department THEN
      PERFORM svc_figure_touch(NEW.decided_on, NEW.department);
    END IF;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER svc_case_figure_insert AFTER INSERT OR DELETE ON svc_case
  FOR EACH ROW EXECUTE FUNCTION svc_case_figure_changed();
CREATE TRIGGER svc_case_figure_update AFTER UPDATE ON svc_case
  FOR EACH ROW WHEN (OLD.applied_on IS DISTINCT FROM NEW.applied_on OR OLD.decided_on IS DISTINCT FROM NEW.decided_on
    OR OLD.due_on IS DISTINCT FROM NEW.due_on OR OLD.channel IS DISTINCT FROM NEW.channel
    OR OLD.department IS DISTINCT FROM NEW.department OR OLD.region_code IS DISTINCT FROM NEW.region_code
    OR OLD.implementation_id IS DISTINCT FROM NEW.implementation_id)
  EXECUTE FUNCTION svc_case_figure_changed();

CREATE FUNCTION svc_notice_figure_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM svc_figure_touch(c.applied_on, c.department), svc_figure_touch(c.decided_on, c.department)
  FROM svc_case c WHERE c.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.case_id ELSE NEW.case_id END;
  RETURN NULL;
END $$;
CREATE TRIGGER svc_notice_figure_changed AFTER INSERT OR DELETE ON svc_case_notice
  FOR EACH ROW EXECUTE FUNCTION svc_notice_figure_changed();

CREATE FUNCTION svc_rating_figure_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM svc_figure_touch(OLD.rated_on, OLD.department);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM svc_figure_touch(NEW.rated_on, NEW.department);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER svc_rating_figure_changed AFTER INSERT OR UPDATE OR DELETE ON svc_rating
  FOR EACH ROW EXECUTE FUNCTION svc_rating_figure_changed();

CREATE FUNCTION svc_bad_rating_figure_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM svc_figure_touch(r.rated_on, r.department)
  FROM svc_rating r WHERE r.case_id = CASE WHEN TG_OP = 'DELETE' THEN OLD.case_id ELSE NEW.case_id END;
  RETURN NULL;
END $$;
CREATE TRIGGER svc_bad_rating_figure_changed AFTER INSERT OR DELETE ON svc_bad_rating
  FOR EACH ROW EXECUTE FUNCTION svc_bad_rating_figure_changed();
CREATE TRIGGER svc_bad_rating_figure_updated AFTER UPDATE ON svc_bad_rating
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.return_visited_on IS DISTINCT FROM NEW.return_visited_on)
  EXECUTE FUNCTION svc_bad_rating_figure_changed();

-- An implementing-list row's depth, 即办 flag or limits count in every month its cases were applied in.
CREATE FUNCTION svc_implementation_figure_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO svc_case_figure_change (month, department)
  SELECT DISTINCT date_trunc('month', c.applied_on)::date, c.department FROM svc_case c WHERE c.implementation_id = NEW.id;
  RETURN NULL;
END $$;
CREATE TRIGGER svc_implementation_figure_changed AFTER UPDATE ON svc_implementation
  FOR EACH ROW WHEN (OLD.online_depth IS DISTINCT FROM NEW.online_depth OR OLD.instant IS DISTINCT FROM NEW.instant
    OR OLD.statutory_days IS DISTINCT FROM NEW.statutory_days OR OLD.promised_days IS DISTINCT FROM NEW.promised_days)
  EXECUTE FUNCTION svc_implementation_figure_changed();

-- Existing cases and ratings: every month they count in is to be computed once.
INSERT INTO svc_case_figure_change (month, department)
SELECT DISTINCT m, department FROM (
  SELECT date_trunc('month', applied_on)::date AS m, department FROM svc_case
  UNION SELECT date_trunc('month', decided_on)::date, department FROM svc_case WHERE decided_on IS NOT NULL
  UNION SELECT date_trunc('month', rated_on)::date, department FROM svc_rating) k;

-- The case queue (issue 15: 1,000,000 cases) reads open cases only, in deadline or number order, and
-- pages by seeking past the last row shown (no OFFSET): partial indexes over the open cases.
CREATE INDEX svc_case_open_due_idx ON svc_case (department_id, (coalesce(due_on, '-infinity'::date)), id)
  WHERE status IN ('SUBMITTED', 'SUPPLEMENT_REQUESTED', 'ACCEPTED');
CREATE INDEX svc_case_open_id_idx ON svc_case (department_id, id)
  WHERE status IN ('SUBMITTED', 'SUPPLEMENT_REQUESTED', 'ACCEPTED');
CREATE INDEX svc_case_open_all_due_idx ON svc_case ((coalesce(due_on, '-infinity'::date)), id)
  WHERE status IN ('SUBMITTED', 'SUPPLEMENT_REQUESTED', 'ACCEPTED');
