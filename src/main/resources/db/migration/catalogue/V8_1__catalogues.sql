-- Published catalogues (000 §22, §23, §29, §55; 001 §13, §37, §44, §48; 003 §50), each versioned:
-- a version takes effect on a date, the one in force is the latest already effective, and the
-- changes against the previous version are kept for the public page.
CREATE TABLE catalogue_version
(
  id              BIGSERIAL PRIMARY KEY,
  kind            TEXT        NOT NULL,
  version_no      INT         NOT NULL,
  effective_from  DATE        NOT NULL,
  published_at    TIMESTAMPTZ NOT NULL,
  published_by    TEXT        NOT NULL,
  note            TEXT        NOT NULL DEFAULT '',
  source_filename TEXT,
  UNIQUE (kind, version_no)
);
CREATE INDEX catalogue_version_kind_idx ON catalogue_version (kind, effective_from DESC, version_no DESC);

CREATE TABLE catalogue_entry
(
  id          BIGSERIAL PRIMARY KEY,
  version_id  BIGINT NOT NULL REFERENCES catalogue_version (id),
  code        TEXT   NOT NULL,
  name        TEXT   NOT NULL,
  aliases     TEXT   NOT NULL DEFAULT '',
  basis       TEXT   NOT NULL DEFAULT '',
  department  TEXT   NOT NULL DEFAULT '',
  details     JSONB  NOT NULL DEFAULT '{}',
  search_text TEXT   NOT NULL,
  UNIQUE (version_id, code)
);
CREATE INDEX catalogue_entry_version_idx ON catalogue_entry (version_id, code);

CREATE TABLE catalogue_change
(
  id         BIGSERIAL PRIMARY KEY,
  version_id BIGINT NOT NULL REFERENCES catalogue_version (id),
  change     TEXT   NOT NULL,
  code       TEXT   NOT NULL,
  name       TEXT   NOT NULL,
  summary    TEXT   NOT NULL
);
CREATE INDEX catalogue_change_version_idx ON catalogue_change (version_id);

INSERT INTO platform_role_permission (role, permission) VALUES
  ('ADMIN', 'catalogue:manage'),
  ('OFFICE', 'catalogue:manage'),
  ('LEADER', 'catalogue:manage')
ON CONFLICT DO NOTHING;
