-- 001 §40–41: an approval step that is a service case of the services module follows that case: the
-- case decided (ServiceCaseFinished) decides the step. One case decides one step.
ALTER TABLE prj_approval ADD COLUMN service_case_id BIGINT;
ALTER TABLE prj_approval ADD COLUMN refusal_reason TEXT;
CREATE UNIQUE INDEX prj_approval_service_case_idx ON prj_approval (service_case_id) WHERE service_case_id IS NOT NULL;
CREATE INDEX prj_approval_item_idx ON prj_approval (service_item_code) WHERE service_item_code IS NOT NULL;
