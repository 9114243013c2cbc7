-- Kept with the legal migrations (version range 12): it widens the arrears ledger for what the legal module feeds it.
-- i16-legal-b. A court judgment for an SME against a public body or a state-owned enterprise enters the ledger
-- (002 #31, 004 #48: arrears cases on the fast track; 000 §32: arrears handled and reported), once per judgment.
ALTER TABLE arrears_claim DROP CONSTRAINT IF EXISTS arrears_claim_source_check;
ALTER TABLE arrears_claim ADD CONSTRAINT arrears_claim_source_check
    CHECK (source IN ('ENTERPRISE', 'DEPARTMENT', 'APPEAL', 'JUDGMENT'));
ALTER TABLE arrears_claim ADD COLUMN source_judgment_ref TEXT UNIQUE;
