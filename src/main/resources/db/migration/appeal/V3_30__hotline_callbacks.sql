-- 12345 round trip (issue 17): what the hotline caller should hear about is written here in the same
-- transaction as the appeal change (transactional outbox) and delivered by HotlineCallbackDelivery.
-- Per ticket, rows are delivered in id order: a row waits while an earlier row of its ticket is undelivered.
CREATE TABLE appeal_hotline_callback
(
  id              BIGSERIAL PRIMARY KEY,
  event_id        UUID        NOT NULL UNIQUE,
  appeal_id       BIGINT      NOT NULL REFERENCES appeal (id),
  ticket          TEXT        NOT NULL,
  kind            TEXT        NOT NULL,
  payload         TEXT        NOT NULL,
  status          TEXT        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'FAILED', 'DELIVERED')),
  attempts        INT         NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMPTZ NOT NULL,
  last_error      TEXT,
  created_at      TIMESTAMPTZ NOT NULL,
  delivered_at    TIMESTAMPTZ
);
-- the worker's "due and first of its ticket" look-up, and the operator page's undelivered list
CREATE INDEX appeal_hotline_callback_due_idx ON appeal_hotline_callback (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX appeal_hotline_callback_ticket_idx ON appeal_hotline_callback (ticket, id) WHERE status <> 'DELIVERED';

-- Return visits the hotline posts back, by the hotline's own visit id: a resent visit changes nothing.
CREATE TABLE appeal_hotline_visit
(
  visit_id    TEXT PRIMARY KEY,
  appeal_id   BIGINT      NOT NULL REFERENCES appeal (id),
  received_at TIMESTAMPTZ NOT NULL
);
