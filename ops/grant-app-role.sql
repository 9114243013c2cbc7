-- Privileges of the application's database role in production (README, "Production").
-- Run as the schema owner (the role Flyway migrates with) after each deployment's migrations, e.g.
--   psql "$OWNER_URL" -v app_role=yingshang_app -f ops/grant-app-role.sql
-- The application may read and write its tables, but only read and append the audit log, its SM3
-- chain and its anchors: it cannot change or remove what it has recorded. (The triggers of migration
-- V1_3 refuse UPDATE/DELETE/TRUNCATE there for every role anyway; this takes the privilege away too.)
\if :{?app_role}
\else
  \set app_role yingshang_app
\endif

GRANT USAGE ON SCHEMA public TO :"app_role";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"app_role";
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO :"app_role";
REVOKE UPDATE, DELETE, TRUNCATE ON platform_audit_log, platform_audit_chain, platform_audit_anchor FROM :"app_role";
REVOKE TRUNCATE ON ALL TABLES IN SCHEMA public FROM :"app_role";
GRANT SELECT, INSERT, DELETE ON platform_audit_pending TO :"app_role";
REVOKE UPDATE ON platform_audit_pending FROM :"app_role";
-- Flyway's own history stays the owner's.
REVOKE INSERT, UPDATE, DELETE ON flyway_schema_history FROM :"app_role";

-- Tables and sequences that later migrations create (Flyway runs as the owner at each start) are
-- usable by the application at once; migrations of append-only tables revoke what they must.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"app_role";
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO :"app_role";
