-- Issue 21 item 2, 003 §37: 对享受自治区用工补贴政策但没有形成稳定用工的，列入失信名单，修复前禁止享受同类政策.
-- An entry on that list stays in force until it is repaired; it does not end with the record's
-- publicity period. Data, so the office can apply the same to another list.
ALTER TABLE credit_dishonesty_rule ADD COLUMN until_repaired BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE credit_dishonesty_rule SET until_repaired = TRUE WHERE kind = 'SUBSIDY_MISUSE';
ALTER TABLE credit_dishonesty_entry ADD COLUMN until_repaired BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE credit_dishonesty_entry e SET until_repaired = TRUE
FROM credit_record r WHERE r.id = e.record_id AND r.kind = 'SUBSIDY_MISUSE';
