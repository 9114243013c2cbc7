-- A loan product may add conditions beyond size, credit class, honesty and age, in the policy rule
-- format (all / any / not over entity attributes), evaluated by the same engine (004 #10).
ALTER TABLE fin_product ADD COLUMN extra_rule JSONB;
