-- Shared vocabularies of the review standards ({本地}, {外地}, …): a synonym added once reaches every
-- standard that names the term. Seeded from classpath review/standards.json; rows still owned by
-- 'system' follow the shipped file on start, a reviewer's edit is never overwritten.
CREATE TABLE review_term
(
  name         TEXT PRIMARY KEY,
  alternatives TEXT[]      NOT NULL,
  updated_at   TIMESTAMPTZ NOT NULL,
  updated_by   TEXT        NOT NULL
);
