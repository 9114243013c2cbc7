-- Spring Session JDBC (schema of spring-session-jdbc for PostgreSQL, lower case): a login on one
-- node is known on every node, and an account's sessions can be ended by principal name.
CREATE TABLE spring_session
(
  primary_id            CHAR(36) NOT NULL,
  session_id            CHAR(36) NOT NULL,
  creation_time         BIGINT   NOT NULL,
  last_access_time      BIGINT   NOT NULL,
  max_inactive_interval INT      NOT NULL,
  expiry_time           BIGINT   NOT NULL,
  principal_name        VARCHAR(100),
  CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes
(
  session_primary_id CHAR(36)     NOT NULL,
  attribute_name     VARCHAR(200) NOT NULL,
  attribute_bytes    BYTEA        NOT NULL,
  CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
  CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
    REFERENCES spring_session (primary_id) ON DELETE CASCADE
);

-- Sign-in state kept in the database, so lockouts and second factors hold on every node.
ALTER TABLE platform_account
  ADD COLUMN failed_attempts          INT         NOT NULL DEFAULT 0,
  ADD COLUMN locked_until             TIMESTAMPTZ,
  ADD COLUMN password_change_required BOOLEAN     NOT NULL DEFAULT FALSE,
  ADD COLUMN password_changed_at      TIMESTAMPTZ,
  ADD COLUMN totp_secret              TEXT,
  ADD COLUMN totp_enabled_at          TIMESTAMPTZ,
  -- the last 30-second step whose code was accepted: a code is good once
  ADD COLUMN totp_last_step           BIGINT;

-- Every attempt to sign in, per client address: the backoff of a client that guesses counts its
-- recent failures here.
CREATE TABLE platform_sign_in_attempt
(
  id             BIGSERIAL PRIMARY KEY,
  client_address TEXT        NOT NULL,
  username       TEXT        NOT NULL,
  occurred_at    TIMESTAMPTZ NOT NULL,
  succeeded      BOOLEAN     NOT NULL
);
CREATE INDEX platform_sign_in_attempt_client_idx ON platform_sign_in_attempt (client_address, occurred_at DESC)
  WHERE NOT succeeded;
CREATE INDEX platform_sign_in_attempt_time_idx ON platform_sign_in_attempt (occurred_at);
