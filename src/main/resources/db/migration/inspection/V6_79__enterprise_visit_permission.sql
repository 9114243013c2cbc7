-- An enterprise confirms an inspection visit (扫码入企) and reports a visit no task explains by API as
-- it does on its page; the page reaches it by role, the API needs a permission to scope.
INSERT INTO platform_role_permission (role, permission) VALUES ('ENTERPRISE', 'inspection:confirm') ON CONFLICT DO NOTHING;
