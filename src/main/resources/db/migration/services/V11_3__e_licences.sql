-- Electronic licences (电子证照, 001 §36, 004 #19, #35): a granting decision issues one; anyone can
-- check it by its verification code. The code is random (not a sequence) so licences cannot be listed.
CREATE TABLE svc_e_licence
(
  code        TEXT PRIMARY KEY,
  case_id     BIGINT NOT NULL UNIQUE REFERENCES svc_case (id),
  item_code   TEXT   NOT NULL,
  item_name   TEXT   NOT NULL,
  department  TEXT   NOT NULL,
  credit_code TEXT   NOT NULL,
  issued_on   DATE   NOT NULL,
  status      TEXT   NOT NULL DEFAULT 'VALID', -- VALID, REVOKED
  revoked_on  DATE
);
CREATE INDEX svc_e_licence_holder_idx ON svc_e_licence (credit_code);

ALTER TABLE svc_case ADD COLUMN decided_on DATE;
ALTER TABLE svc_case ADD COLUMN decision_reason TEXT;
