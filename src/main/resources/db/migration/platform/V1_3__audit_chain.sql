-- Tamper-evident audit log (MLPS level 3: audit records protected against deletion and change).
--
-- Design: entries are inserted as before, by many transactions at once (the appeal intake writes
-- thousands a second), and no insert waits on a lock. A statement trigger queues each new entry's id
-- in platform_audit_pending, in the same transaction; a sealer (AuditChain, one node at a time under
-- an advisory lock, every few seconds and before each verification) takes the committed queue in id
-- order and appends one row per entry to platform_audit_chain:
--   entry_hash = SM3(canonical content of the entry), chain_hash = SM3(previous chain_hash || entry_hash)
-- with a gapless seq. Chaining at insert time would serialise every audited write on the chain head;
-- chaining in commit order by the sealer costs nothing in the request path and still covers every
-- entry, because an entry is either in the chain or in the queue (the verification reports any that
-- is in neither). A daily anchor copies the head hash into platform_audit_anchor, to be published.
--
-- Log, chain and anchors are append-only: triggers refuse UPDATE, DELETE and TRUNCATE for every role,
-- the owner included (only a superuser who disables the triggers gets past them, and then the
-- verification shows where). Production additionally runs the application as a role that has no
-- UPDATE/DELETE/TRUNCATE privilege on them at all (README, "Production").

CREATE TABLE platform_audit_pending
(
  entry_id BIGINT PRIMARY KEY
);

CREATE FUNCTION platform_audit_enqueue() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  INSERT INTO platform_audit_pending (entry_id) SELECT id FROM new_entries;
  RETURN NULL;
END
$$;

CREATE TRIGGER platform_audit_log_enqueue
  AFTER INSERT ON platform_audit_log REFERENCING NEW TABLE AS new_entries
  FOR EACH STATEMENT EXECUTE FUNCTION platform_audit_enqueue();

INSERT INTO platform_audit_pending (entry_id) SELECT id FROM platform_audit_log;

CREATE TABLE platform_audit_chain
(
  seq        BIGINT PRIMARY KEY,          -- 1, 2, 3 … without gaps
  entry_id   BIGINT NOT NULL UNIQUE,
  entry_hash BYTEA  NOT NULL,             -- SM3 of the entry's canonical content (AuditChain.canonical)
  chain_hash BYTEA  NOT NULL,             -- SM3(previous chain_hash, 32 zero bytes for seq 1 || entry_hash)
  sealed_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE platform_audit_anchor
(
  anchored_on DATE PRIMARY KEY,           -- one anchor a day (Asia/Shanghai)
  seq         BIGINT NOT NULL,            -- the chain head at that moment (0: empty chain)
  chain_hash  BYTEA  NOT NULL,
  anchored_at TIMESTAMPTZ NOT NULL
);

CREATE FUNCTION platform_refuse_change() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege',
          HINT = 'Audit entries, their SM3 chain and its anchors are never changed or removed.';
END
$$;

CREATE TRIGGER platform_audit_log_append_only BEFORE UPDATE OR DELETE ON platform_audit_log
  FOR EACH ROW EXECUTE FUNCTION platform_refuse_change();
CREATE TRIGGER platform_audit_log_no_truncate BEFORE TRUNCATE ON platform_audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION platform_refuse_change();
CREATE TRIGGER platform_audit_chain_append_only BEFORE UPDATE OR DELETE ON platform_audit_chain
  FOR EACH ROW EXECUTE FUNCTION platform_refuse_change();
CREATE TRIGGER platform_audit_chain_no_truncate BEFORE TRUNCATE ON platform_audit_chain
  FOR EACH STATEMENT EXECUTE FUNCTION platform_refuse_change();
CREATE TRIGGER platform_audit_anchor_append_only BEFORE UPDATE OR DELETE ON platform_audit_anchor
  FOR EACH ROW EXECUTE FUNCTION platform_refuse_change();
CREATE TRIGGER platform_audit_anchor_no_truncate BEFORE TRUNCATE ON platform_audit_anchor
  FOR EACH STATEMENT EXECUTE FUNCTION platform_refuse_change();

REVOKE UPDATE, DELETE, TRUNCATE ON platform_audit_log, platform_audit_chain, platform_audit_anchor FROM PUBLIC;

-- The application's own role (README "Production": Flyway migrates as the owner, the application
-- connects as yingshang_app). When it exists, it may only read and append the audit tables; the
-- sealer's queue is its working table. ops/grant-app-role.sql repeats this for a role created later.
DO
$$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'yingshang_app') THEN
    REVOKE UPDATE, DELETE, TRUNCATE ON platform_audit_log, platform_audit_chain, platform_audit_anchor FROM yingshang_app;
    GRANT SELECT, INSERT ON platform_audit_log, platform_audit_chain, platform_audit_anchor TO yingshang_app;
    GRANT SELECT, INSERT, DELETE ON platform_audit_pending TO yingshang_app;
    GRANT USAGE ON SEQUENCE platform_audit_log_id_seq TO yingshang_app;
  END IF;
END
$$;
