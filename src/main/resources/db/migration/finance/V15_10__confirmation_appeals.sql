-- 001 §14 (六): a payer must confirm promptly. A request left unanswered past its limit lapses (a
-- refusal without reason); a lapsed or refused request becomes a 拖欠账款 appeal, whose tracking
-- number is kept here ('' while it is being raised).
ALTER TABLE fin_confirmation ADD COLUMN appeal_tracking TEXT;
CREATE INDEX fin_confirmation_requested_idx ON fin_confirmation (due_on) WHERE status = 'REQUESTED';
