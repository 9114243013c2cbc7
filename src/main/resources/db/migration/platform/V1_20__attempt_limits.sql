-- Attempt counters shared by every node (public lookups, public forms): one row per limit and key
-- (the key is a SHA-256 of the client address or code, never the value itself), a fixed window
-- counted with one atomic upsert. Rows whose window has passed are deleted by a periodic sweep.
CREATE TABLE platform_attempt
(
  limit_name   TEXT NOT NULL,
  key_hash     TEXT NOT NULL,
  window_start TIMESTAMPTZ NOT NULL,
  expires_at   TIMESTAMPTZ NOT NULL,
  attempts     INT NOT NULL,
  PRIMARY KEY (limit_name, key_hash)
);
CREATE INDEX platform_attempt_expiry_idx ON platform_attempt (expires_at);
