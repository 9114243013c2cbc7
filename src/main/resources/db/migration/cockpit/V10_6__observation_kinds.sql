-- What a supervisor observed decides where it goes: an enterprise's problem or a suggestion runs the
-- appeal loop (time limits, reply, rating); conduct seen first-hand in a hall or office stays a
-- rectification item. Observations filed before were all rectification items.
ALTER TABLE cockpit_observation ADD COLUMN kind TEXT NOT NULL DEFAULT 'CONDUCT'
  CHECK (kind IN ('ENTERPRISE_PROBLEM', 'SUGGESTION', 'CONDUCT'));
