-- The office overview lists the most overdue appeals held by departments: an ordered partial index
-- lets LIMIT 20 stop after 20 entries instead of sorting every overdue appeal (tens of thousands at 1M).
CREATE INDEX appeal_department_due_idx ON appeal (due_on, id)
  WHERE lead_department_id IS NOT NULL
    AND status IN ('DISPATCHED','RETURN_REQUESTED','IN_PROGRESS','EXTENSION_REQUESTED','PAUSE_REQUESTED','PAUSED');
