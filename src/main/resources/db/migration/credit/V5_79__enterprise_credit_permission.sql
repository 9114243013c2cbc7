-- An enterprise acts on its own credit by API as it does on its page: it applies for credit repair and
-- makes credit commitments (004 #50). The page reaches it by role; the API needs a permission to scope.
INSERT INTO platform_role_permission (role, permission) VALUES ('ENTERPRISE', 'credit:apply') ON CONFLICT DO NOTHING;
