-- Staff of political-legal bodies act for their own body, like department handlers.
ALTER TABLE platform_account ADD CONSTRAINT legal_officer_has_department
    CHECK (role <> 'LEGAL_OFFICER' OR department_id IS NOT NULL);
