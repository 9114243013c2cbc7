-- A department's queue header counts its open appeals by warning and overdue dates: with warn_on
-- in the index those counts are answered from the index alone instead of visiting every row.
CREATE INDEX appeal_department_open_idx ON appeal (lead_department_id, due_on, id) INCLUDE (warn_on)
  WHERE status IN ('DISPATCHED','RETURN_REQUESTED','IN_PROGRESS','EXTENSION_REQUESTED','PAUSE_REQUESTED','PAUSED');
DROP INDEX appeal_department_queue_idx;
