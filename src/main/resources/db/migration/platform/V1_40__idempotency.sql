-- Issue 19: a double submit or a client's retry gives one object. A form carries a one-time submission token
-- (rendered into every POST form); an API call may carry an Idempotency-Key header. The first request claims the
-- key here, the answer it gave is kept, and a repeat of the same request gets that answer again (on any node).
CREATE TABLE platform_idempotency
(
  scope         TEXT        NOT NULL,               -- FORM or API
  principal     TEXT        NOT NULL,               -- who sent it: a key is only ever replayed to its sender
  key           TEXT        NOT NULL,
  request_hash  TEXT        NOT NULL,               -- method, path and content: the same key with another request is refused
  state         TEXT        NOT NULL,               -- PENDING while the first request runs, DONE once answered
  status        INTEGER,
  location      TEXT,
  content_type  TEXT,
  body          BYTEA,
  created_at    TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (scope, principal, key)
);
CREATE INDEX platform_idempotency_created_idx ON platform_idempotency (created_at);
