-- Materials an enterprise uploads when applying online (001 §34): one file per material of the case,
-- kept in the database like appeal attachments so every node serves the same bytes.
CREATE TABLE svc_case_material_file
(
  id           BIGSERIAL PRIMARY KEY,
  case_id      BIGINT      NOT NULL REFERENCES svc_case (id),
  name         TEXT        NOT NULL,
  filename     TEXT        NOT NULL,
  content_type TEXT        NOT NULL,
  size_bytes   INT         NOT NULL,
  data         BYTEA       NOT NULL,
  at           TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (case_id, name)
);
