-- Issue 21 item 4 (003 §36): 免申即享 payouts are paid only after the five-working-day objection period
-- (on the region's calendar) has ended. An objection upheld by the officer withholds an item not yet
-- paid, or reverses a payout already made, with the decision, its reasons and who took it kept here.
ALTER TABLE policy_grant_item ADD COLUMN withheld_on DATE;
ALTER TABLE policy_grant_item ADD COLUMN withheld_reason TEXT;
ALTER TABLE policy_payout ADD COLUMN reversed_on DATE;
ALTER TABLE policy_payout ADD COLUMN reversal_reason TEXT;
ALTER TABLE policy_objection ADD COLUMN decision TEXT CHECK (decision IN ('UPHELD', 'DISMISSED'));
ALTER TABLE policy_objection ADD COLUMN decision_reason TEXT;
ALTER TABLE policy_objection ADD COLUMN decided_by TEXT;
ALTER TABLE policy_objection ADD COLUMN decided_on DATE;
-- The daily payment run reads approved batches whose period has ended.
CREATE INDEX policy_grant_batch_window_idx ON policy_grant_batch (objection_until) WHERE status = 'APPROVED';
