-- 004 #50 commitments are published on 信息公开 only after the receiving department has looked at
-- them: PENDING → APPROVED (published) or REJECTED (with a reason the enterprise sees). Commitments
-- made before were accepted at the department's window and stay published.
ALTER TABLE credit_commitment ADD COLUMN status TEXT NOT NULL DEFAULT 'APPROVED'
  CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED'));
ALTER TABLE credit_commitment ALTER COLUMN status SET DEFAULT 'PENDING';
ALTER TABLE credit_commitment ADD COLUMN reviewed_on DATE;
ALTER TABLE credit_commitment ADD COLUMN reviewed_by TEXT;
ALTER TABLE credit_commitment ADD COLUMN reject_reason TEXT;
CREATE INDEX credit_commitment_pending_idx ON credit_commitment (department_code, id) WHERE status = 'PENDING';
CREATE INDEX credit_commitment_published_idx ON credit_commitment (made_on DESC, id DESC) WHERE status = 'APPROVED';
