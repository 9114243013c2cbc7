-- Figures over a million appeals within 500 ms: a daily summary per department, region and
-- category, refreshed by AppealFiguresRefresh (every 5 minutes) instead of aggregating raw rows.
CREATE MATERIALIZED VIEW appeal_figures_daily AS
SELECT d.dim, a.submitted_on AS day,
       CASE d.dim WHEN 'DEPARTMENT' THEN a.lead_department_id::text
                  WHEN 'REGION' THEN left(a.region_code, 4) || '00'
                  ELSE a.category END AS k,
       count(*) AS total,
       count(*) FILTER (WHERE a.responded_on IS NOT NULL) AS responded,
       count(*) FILTER (WHERE a.dispatched_on IS NOT NULL) AS dispatched,
       count(*) FILTER (WHERE a.replied_on IS NOT NULL AND NOT a.replied_late) AS on_time,
       count(*) FILTER (WHERE a.replied_on IS NOT NULL) AS replied,
       count(*) FILTER (WHERE a.resolution = 'RESOLVED') AS resolved,
       count(*) FILTER (WHERE a.satisfaction IN ('SATISFIED', 'BASIC')) AS satisfied,
       count(*) FILTER (WHERE a.satisfaction IS NOT NULL) AS rated,
       count(*) FILTER (WHERE a.reopen_count > 0) AS reopened,
       coalesce(sum(a.handling_days), 0) AS days_sum,
       count(a.handling_days) AS days_n
FROM appeal a
CROSS JOIN (VALUES ('DEPARTMENT'), ('REGION'), ('CATEGORY')) AS d (dim)
WHERE a.status NOT IN ('MERGED', 'DECLINED') AND (d.dim <> 'DEPARTMENT' OR a.lead_department_id IS NOT NULL)
GROUP BY 1, 2, 3;
CREATE UNIQUE INDEX appeal_figures_daily_key ON appeal_figures_daily (dim, day, k);

-- office overview: per-status counts of open appeals without reading closed ones
CREATE INDEX appeal_open_status_idx ON appeal (status, due_on, warn_on)
  WHERE status IN ('SUBMITTED','ACCEPTED','DISPATCHED','RETURN_REQUESTED','IN_PROGRESS','EXTENSION_REQUESTED','PAUSE_REQUESTED','PAUSED','REPLIED');
