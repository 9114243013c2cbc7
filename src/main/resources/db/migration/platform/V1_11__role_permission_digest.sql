-- The permission codes each role had when sessions were last checked against them: a deployment
-- that changes a role's codes ends the sessions of that role's accounts (they hold the old codes).
CREATE TABLE platform_role_permission_digest
(
  role   TEXT PRIMARY KEY,
  digest TEXT NOT NULL
);
INSERT INTO platform_role_permission_digest (role, digest)
SELECT role, md5(string_agg(permission, ',' ORDER BY permission)) FROM platform_role_permission GROUP BY role;
