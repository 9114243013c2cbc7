package cn.yingshang.platform.internal;

import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Role;
import cn.yingshang.shared.DomainViolation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcAccounts implements Accounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final PasswordPolicy policy;
    private final AccountSessions sessions;

    JdbcAccounts(JdbcClient jdbc, PasswordEncoder passwords, AuditLog audit, PasswordPolicy policy,
                 AccountSessions sessions) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
        this.policy = policy;
        this.sessions = sessions;
    }

    @Override
    @Transactional
    public long create(NewAccount account) {
        policy.require("password", account.rawPassword());
        return insert(account);
    }

    @Override
    @Transactional
    public long createDemoAccount(NewAccount account) {
        if (account.rawPassword() == null || account.rawPassword().isEmpty()) {
            throw new IllegalArgumentException("a demo account needs its published password");
        }
        return insert(account);
    }

    private long insert(NewAccount account) {
        if (account.username() == null || !account.username().matches("[A-Za-z0-9_.-]{3,40}")) {
            throw DomainViolation.of("username", "accounts.username.shape");
        }
        if (byUsername(account.username()).isPresent()) {
            throw DomainViolation.of("username", "accounts.username.taken", account.username());
        }
        if (account.role() == Role.ENTERPRISE && account.creditCode() == null) {
            throw DomainViolation.of("creditCode", "accounts.enterprise.credit-code.bound");
        }
        long id = jdbc.sql("""
                        INSERT INTO platform_account (username, password_hash, display_name, role, department_id, credit_code, phone)
                        VALUES (:username, :hash, :displayName, :role, :departmentId, :creditCode, :phone) RETURNING id""")
                .param("username", account.username())
                .param("hash", passwords.encode(account.rawPassword()))
                .param("displayName", account.displayName())
                .param("role", account.role().name())
                .param("departmentId", account.departmentId() == null ? null : account.departmentId().value())
                .param("creditCode", account.creditCode())
                .param("phone", account.phone())
                .query(Long.class).single();
        audit.record("account.create", "account", Long.toString(id), null,
                new AccountView(id, account.username(), account.displayName(), account.role(),
                        account.departmentId(), account.creditCode(), true));
        return id;
    }

    @Override
    public Optional<AccountView> byUsername(String username) {
        return jdbc.sql("SELECT * FROM platform_account WHERE username = :u").param("u", username)
                .query(JdbcAccounts::view).optional();
    }

    @Override
    public List<AccountView> all() {
        return jdbc.sql("SELECT * FROM platform_account ORDER BY role, username").query(JdbcAccounts::view).list();
    }

    @Override
    public List<AccountView> enabledIn(cn.yingshang.platform.DepartmentId department, Role role) {
        return jdbc.sql("SELECT * FROM platform_account WHERE department_id = :d AND role = :r AND enabled ORDER BY id")
                .param("d", department.value()).param("r", role.name()).query(JdbcAccounts::view).list();
    }

    @Override
    public List<AccountView> ofEntity(String creditCode) {
        return jdbc.sql("SELECT * FROM platform_account WHERE credit_code = :c ORDER BY username")
                .param("c", creditCode).query(JdbcAccounts::view).list();
    }

    @Override
    @Transactional
    public void setEnabled(long accountId, boolean enabled) {
        int changed = jdbc.sql("UPDATE platform_account SET enabled = :e WHERE id = :id")
                .param("e", enabled).param("id", accountId).update();
        if (changed == 0) {
            throw DomainViolation.of(null, "accounts.unknown", String.valueOf(accountId));
        }
        audit.record(enabled ? "account.enable" : "account.disable", "account", Long.toString(accountId),
                java.util.Map.of("enabled", !enabled), java.util.Map.of("enabled", enabled));
        if (!enabled) {
            sessions.end(usernameOf(accountId), null);
        }
    }

    @Override
    @Transactional
    public void changeRole(long accountId, Role role) {
        AccountView before = byId(accountId);
        int changed = jdbc.sql("UPDATE platform_account SET role = :role WHERE id = :id AND role = :from")
                .param("role", role.name()).param("id", accountId).param("from", before.role().name()).update();
        if (changed == 0) {
            throw DomainViolation.of(null, "accounts.unknown", String.valueOf(accountId));
        }
        audit.record("account.role", "account", Long.toString(accountId), java.util.Map.of("role", before.role().name()),
                java.util.Map.of("role", role.name()));
        // the sessions hold the old role's permission codes: sign in again to get the new ones
        sessions.end(before.username(), null);
    }

    @Override
    @Transactional
    public void resetPassword(long accountId, String temporaryPassword) {
        policy.require("password", temporaryPassword);
        int changed = jdbc.sql("""
                        UPDATE platform_account SET password_hash = :hash, password_change_required = TRUE,
                          password_changed_at = now(), failed_attempts = 0, locked_until = NULL,
                          totp_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL
                        WHERE id = :id""")
                .param("hash", passwords.encode(temporaryPassword)).param("id", accountId).update();
        if (changed == 0) {
            throw DomainViolation.of(null, "accounts.unknown", String.valueOf(accountId));
        }
        audit.record("account.password-reset", "account", Long.toString(accountId), null,
                java.util.Map.of("passwordChangeRequired", true, "secondFactorCleared", true));
        sessions.end(usernameOf(accountId), null);
    }

    private AccountView byId(long accountId) {
        return jdbc.sql("SELECT * FROM platform_account WHERE id = :id").param("id", accountId)
                .query(JdbcAccounts::view).optional()
                .orElseThrow(() -> DomainViolation.of(null, "accounts.unknown", String.valueOf(accountId)));
    }

    private String usernameOf(long accountId) {
        return byId(accountId).username();
    }

    static AccountView view(ResultSet rs, int row) throws SQLException {
        long department = rs.getLong("department_id");
        return new AccountView(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.wasNull() ? null : DepartmentId.of(department),
                rs.getString("credit_code"), rs.getBoolean("enabled"));
    }
}
