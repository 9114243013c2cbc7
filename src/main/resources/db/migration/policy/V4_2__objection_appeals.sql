-- Each objection to a payout notice (公示异议) now becomes an appeal (003 §37): the appeal module holds the
-- objector's name and phone (encrypted), so new objections keep no contact here, only the appeal's reference
-- and a random token for the objector's status page.
ALTER TABLE policy_objection ALTER COLUMN contact DROP NOT NULL;
ALTER TABLE policy_objection ADD COLUMN appeal_id BIGINT;
ALTER TABLE policy_objection ADD COLUMN appeal_tracking_number TEXT;
ALTER TABLE policy_objection ADD COLUMN access_token UUID UNIQUE;
