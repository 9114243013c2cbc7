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

    JdbcAccounts(JdbcClient jdbc, PasswordEncoder passwords, AuditLog audit) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Override
    @Transactional
    public long create(NewAccount account) {
        if (account.username() == null || !account.username().matches("[A-Za-z0-9_.-]{3,40}")) {
            throw new DomainViolation("username", "用户名须为3至40位字母、数字、下划线、点或连字符");
        }
        if (account.rawPassword() == null || account.rawPassword().length() < 8) {
            throw new DomainViolation("password", "密码至少8位");
        }
        if (byUsername(account.username()).isPresent()) {
            throw new DomainViolation("username", "用户名已被使用：" + account.username());
        }
        if (account.role() == Role.ENTERPRISE && account.creditCode() == null) {
            throw new DomainViolation("creditCode", "企业用户须绑定一个经营主体的统一社会信用代码");
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
            throw new DomainViolation("账号不存在：" + accountId);
        }
        audit.record(enabled ? "account.enable" : "account.disable", "account", Long.toString(accountId),
                java.util.Map.of("enabled", !enabled), java.util.Map.of("enabled", enabled));
    }

    static AccountView view(ResultSet rs, int row) throws SQLException {
        long department = rs.getLong("department_id");
        return new AccountView(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.wasNull() ? null : DepartmentId.of(department),
                rs.getString("credit_code"), rs.getBoolean("enabled"));
    }
}
