-- Nonces of signed 12345 requests seen within the accepted time window: a replayed request is refused
-- on every node. Rows older than the window are deleted.
CREATE TABLE appeal_hotline_nonce
(
  nonce   TEXT PRIMARY KEY,
  seen_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX appeal_hotline_nonce_seen_idx ON appeal_hotline_nonce (seen_at);
