-- 双公示 (licence and penalty publication, issue 17): administrative licensing and penalty decisions in the
-- national data standard's fields, taken from the owning modules' events. A decision is due on the feed within
-- 7 working days of the decision (the region's calendar); published_on is the day it entered the feed.
-- change_seq grows on every insert or change, so a reader resumes after the last change it saw.
CREATE SEQUENCE publication_change_seq;
CREATE TABLE publication_decision
(
  id           BIGSERIAL PRIMARY KEY,
  kind         TEXT        NOT NULL CHECK (kind IN ('LICENSING', 'PENALTY')),
  source       TEXT        NOT NULL,
  source_id    TEXT        NOT NULL,
  credit_code  CHAR(18)    NOT NULL,
  region_code  CHAR(6)     NOT NULL,
  decided_on   DATE        NOT NULL,
  due_on       DATE        NOT NULL,
  published_on DATE        NOT NULL,
  fields       JSONB       NOT NULL,
  change_seq   BIGINT      NOT NULL DEFAULT nextval('publication_change_seq'),
  changed_at   TIMESTAMPTZ NOT NULL,
  CONSTRAINT publication_decision_source_unique UNIQUE (source, source_id)
);
CREATE UNIQUE INDEX publication_decision_change_idx ON publication_decision (change_seq);
CREATE INDEX publication_decision_day_idx ON publication_decision (kind, published_on);
CREATE INDEX publication_decision_decided_idx ON publication_decision (decided_on);

INSERT INTO platform_role_permission (role, permission) VALUES
  ('OFFICE', 'publication:read'), ('ADMIN', 'publication:read');
