-- 004 #9: the list of financing needs is pushed to banks quarterly. One row per quarter and bank: the
-- key that keeps a second node, or a re-run, from pushing the same quarter twice.
CREATE TABLE fin_push
(
  quarter    TEXT        NOT NULL,
  bank_id    BIGINT      NOT NULL REFERENCES fin_bank (id),
  needs      INT         NOT NULL,
  pushed_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (quarter, bank_id)
);
