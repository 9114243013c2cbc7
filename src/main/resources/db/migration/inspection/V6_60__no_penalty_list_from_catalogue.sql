-- Issue 21 item 3 (000 §55, 001 §48, 002 #35): one no-penalty list. Inspectors choose from the
-- 首次轻微违法行为不罚清单 the catalogue module publishes (versioned, adjustable on its admin page), so the
-- list applied is the list the public sees. A result keeps the item's code and the version it was
-- chosen from; the four fixed rows that had no maintenance page are gone (their codes stay on old results).
ALTER TABLE inspection_task_item ADD COLUMN no_penalty_code TEXT;
ALTER TABLE inspection_task_item ADD COLUMN no_penalty_version INT;
UPDATE inspection_task_item ti SET no_penalty_code = r.code
FROM inspection_no_penalty_rule r WHERE r.id = ti.no_penalty_rule_id;
DROP INDEX inspection_task_item_rule_idx;
ALTER TABLE inspection_task_item DROP COLUMN no_penalty_rule_id;
DROP TABLE inspection_no_penalty_rule;
-- 首违: earlier results of the entity with the same list item.
CREATE INDEX inspection_task_item_no_penalty_idx ON inspection_task_item (no_penalty_code) WHERE no_penalty_code IS NOT NULL;
