-- 003 §21: the lender's profile also shows the policies granted to the enterprise and the arrears
-- public bodies owe it. Kept here from the policy and arrears modules' public events.
CREATE TABLE fin_profile_policy
(
  policy_id   BIGINT         NOT NULL,
  credit_code CHAR(18)       NOT NULL,
  amount      NUMERIC(14, 2) NOT NULL,
  paid_on     DATE           NOT NULL,
  PRIMARY KEY (policy_id, credit_code, paid_on)
);

CREATE TABLE fin_profile_arrears
(
  claim_id    BIGINT PRIMARY KEY,
  credit_code CHAR(18)       NOT NULL,
  payer_name  TEXT           NOT NULL,
  amount      NUMERIC(14, 2) NOT NULL,
  due_on      DATE           NOT NULL,
  cleared_on  DATE
);
CREATE INDEX fin_profile_arrears_entity_idx ON fin_profile_arrears (credit_code);
