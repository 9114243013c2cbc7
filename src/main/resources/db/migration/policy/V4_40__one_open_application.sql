-- One application per enterprise and policy while it is open or granted (issue 19: a double click made two).
-- Duplicates stored before this rule are closed as refused, keeping the earliest.
UPDATE policy_application a SET status = 'REJECTED', reason = '重复提交的申请，已与同一企业的首次申请合并'
WHERE status <> 'REJECTED' AND EXISTS (
    SELECT 1 FROM policy_application b
    WHERE b.policy_id = a.policy_id AND b.credit_code = a.credit_code AND b.status <> 'REJECTED' AND b.id < a.id);

CREATE UNIQUE INDEX policy_application_one_open_idx ON policy_application (policy_id, credit_code) WHERE status <> 'REJECTED';
