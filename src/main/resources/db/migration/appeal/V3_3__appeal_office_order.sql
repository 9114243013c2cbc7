-- The office queue spans several statuses but is read in due-date order: one ordered partial index
-- lets a page of 50 stop after 50 index entries instead of sorting every waiting appeal.
CREATE INDEX appeal_office_due_idx ON appeal (due_on, id)
  WHERE status IN ('SUBMITTED','ACCEPTED','RETURN_REQUESTED','EXTENSION_REQUESTED','PAUSE_REQUESTED','REPLIED');
