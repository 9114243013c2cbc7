-- Catalogue maintenance (001 §28, 004 #18): the office keeps the basic catalogue (region level), each
-- department its implementing list. Every save publishes a catalogue version with its change-list
-- line and keeps the item as it was saved, so the history of an item can be read back.
CREATE SEQUENCE svc_catalogue_version_seq START WITH 100;

CREATE TABLE svc_implementation_version
(
  implementation_id BIGINT      NOT NULL REFERENCES svc_implementation (id),
  version_no        INT         NOT NULL REFERENCES svc_catalogue_version (version_no),
  name              TEXT        NOT NULL,
  item_type         TEXT        NOT NULL,
  basis             TEXT        NOT NULL,
  statutory_days    INT         NOT NULL,
  promised_days     INT         NOT NULL,
  instant           BOOLEAN     NOT NULL,
  saved_at          TIMESTAMPTZ NOT NULL,
  saved_by          TEXT        NOT NULL,
  PRIMARY KEY (implementation_id, version_no)
);
