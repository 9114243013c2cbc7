-- The policy engine's column table is a replica of the registry in each node's memory. Every entity
-- change the policy module hears of is logged here; each node replays the log past its watermark
-- before it answers, so a node that did not receive the event still answers from current facts.
CREATE TABLE policy_entity_change
(
  seq         BIGSERIAL PRIMARY KEY,
  credit_code TEXT        NOT NULL,
  recorded_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX policy_entity_change_recent_idx ON policy_entity_change (recorded_at);
