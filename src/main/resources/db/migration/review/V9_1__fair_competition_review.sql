-- Fair competition review (公平竞争审查条例, 国令第783号; 003 §10, §35).

-- The review standards are data: seeded from classpath review/standards.json on first start,
-- edited by reviewers with review:standards; the screener reloads them after every change.
CREATE TABLE review_standard
(
  code       TEXT PRIMARY KEY,
  grp        TEXT        NOT NULL,
  title      TEXT        NOT NULL,
  article    TEXT        NOT NULL,
  reason     TEXT        NOT NULL DEFAULT '',
  context    TEXT,
  patterns   TEXT[]      NOT NULL,
  unless     TEXT[]      NOT NULL DEFAULT '{}',
  updated_at TIMESTAMPTZ NOT NULL,
  updated_by TEXT        NOT NULL
);

-- A draft policy measure, rule or tender document submitted for review.
CREATE TABLE review_document
(
  id               BIGSERIAL PRIMARY KEY,
  title            TEXT        NOT NULL,
  kind             TEXT        NOT NULL,
  department_id    BIGINT,
  submitted_by     TEXT        NOT NULL,
  submitted_at     TIMESTAMPTZ NOT NULL,
  source_filename  TEXT,
  body             TEXT        NOT NULL,
  status           TEXT        NOT NULL,
  issued_at        TIMESTAMPTZ,
  issued_by        TEXT
);
CREATE INDEX review_document_status_idx ON review_document (status, submitted_at DESC);

CREATE TABLE review_finding
(
  id            BIGSERIAL PRIMARY KEY,
  document_id   BIGINT NOT NULL REFERENCES review_document (id),
  seq           INT    NOT NULL,
  grp           TEXT   NOT NULL,
  standard_code TEXT   NOT NULL,
  standard      TEXT   NOT NULL,
  clause        TEXT   NOT NULL,
  reason        TEXT   NOT NULL,
  article       TEXT   NOT NULL,
  decision      TEXT   NOT NULL DEFAULT 'PENDING',
  decision_note TEXT,
  decided_by    TEXT,
  decided_at    TIMESTAMPTZ,
  UNIQUE (document_id, seq)
);

-- The signed review record; one per document. An Art. 12 exception needs its ground,
-- justification and a time limit; such conclusions are published (Art. 12, last paragraph).
CREATE TABLE review_record
(
  document_id             BIGINT PRIMARY KEY REFERENCES review_document (id),
  conclusion              TEXT        NOT NULL,
  opinion                 TEXT        NOT NULL,
  exception_ground        TEXT,
  exception_justification TEXT,
  exception_until         DATE,
  published               BOOLEAN     NOT NULL,
  signed_by               TEXT        NOT NULL,
  signed_name             TEXT        NOT NULL,
  signed_at               TIMESTAMPTZ NOT NULL
);
CREATE INDEX review_record_published_idx ON review_record (published, signed_at DESC);

INSERT INTO platform_role_permission (role, permission) VALUES
  ('HANDLER', 'review:submit'),
  ('LEADER', 'review:submit'),
  ('LEADER', 'review:decide'),
  ('OFFICE', 'review:submit'),
  ('OFFICE', 'review:decide'),
  ('OFFICE', 'review:standards'),
  ('ADMIN', 'review:submit'),
  ('ADMIN', 'review:decide'),
  ('ADMIN', 'review:standards'),
  ('SUPERVISOR', 'review:read')
ON CONFLICT DO NOTHING;
