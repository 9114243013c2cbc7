-- Machine clients (the 12345 system, a department's business system). Each acts through an account
-- of its own (role and department as for a person, so every object-level check applies unchanged),
-- limited further to the API scopes granted here. No password: secrets, hashed, two at most valid
-- while a rotation is under way.
CREATE TABLE platform_service_account
(
  id         BIGSERIAL PRIMARY KEY,
  account_id BIGINT NOT NULL UNIQUE REFERENCES platform_account (id),
  client_id  TEXT NOT NULL UNIQUE,
  name       TEXT NOT NULL,
  scopes     TEXT[] NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  revoked_at TIMESTAMPTZ
);

CREATE TABLE platform_service_secret
(
  id                 BIGSERIAL PRIMARY KEY,
  service_account_id BIGINT NOT NULL REFERENCES platform_service_account (id),
  secret_hash        TEXT NOT NULL,
  created_at         TIMESTAMPTZ NOT NULL,
  valid_until        TIMESTAMPTZ,  -- NULL: the current secret; set when a newer one replaces it
  last_used_at       TIMESTAMPTZ
);
CREATE INDEX platform_service_secret_account_idx ON platform_service_secret (service_account_id);
