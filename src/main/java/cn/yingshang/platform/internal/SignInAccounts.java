package cn.yingshang.platform.internal;

import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Reads what signing in needs about an account; the hash stays here and never reaches the session. */
@Component
class SignInAccounts {

    record Account(long id, String username, String passwordHash, String displayName, Role role,
                   DepartmentId departmentId, String creditCode, Instant lockedUntil, boolean passwordChangeRequired,
                   String totpSecret, boolean totpEnabled) {
    }

    private final JdbcClient jdbc;

    SignInAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An enabled account by its username. */
    Optional<Account> enabled(String username) {
        return jdbc.sql("""
                        SELECT id, username, password_hash, display_name, role, department_id, credit_code, locked_until,
                               password_change_required, totp_secret, totp_enabled_at IS NOT NULL
                        FROM platform_account WHERE username = :u AND enabled""")
                .param("u", username)
                .query((rs, n) -> new Account(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Role.valueOf(rs.getString(5)), rs.getObject(6) == null ? null : DepartmentId.of(rs.getLong(6)),
                        rs.getString(7) == null ? null : rs.getString(7).trim(),
                        rs.getObject(8) == null ? null : rs.getObject(8, OffsetDateTime.class).toInstant(),
                        rs.getBoolean(9), rs.getString(10), rs.getBoolean(11)))
                .optional();
    }

    /** The principal kept in the session: who, role, department or entity, permission codes. No credential. */
    SignedInUser principal(Account a) {
        Set<String> permissions = new TreeSet<>(jdbc.sql("SELECT permission FROM platform_role_permission WHERE role = :r")
                .param("r", a.role().name()).query(String.class).list());
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + a.role().name()));
        permissions.forEach(p -> authorities.add(new SimpleGrantedAuthority(p)));
        return new SignedInUser(a.id(), a.username(), a.displayName(), a.role(), a.departmentId(), a.creditCode(),
                Set.copyOf(permissions), List.copyOf(authorities));
    }
}
