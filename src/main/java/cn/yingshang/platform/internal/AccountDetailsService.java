package cn.yingshang.platform.internal;

import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads an account with its role and the permission codes that role holds. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    AccountDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        record Row(long id, String username, String hash, String displayName, String role, Long departmentId,
                   String creditCode) {
        }
        Row row = jdbc.sql("""
                        SELECT id, username, password_hash, display_name, role, department_id, credit_code
                        FROM platform_account WHERE username = :u AND enabled""")
                .param("u", username)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), (Long) rs.getObject(6), rs.getString(7)))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("用户名或密码错误"));
        Set<String> permissions = new TreeSet<>(jdbc.sql("SELECT permission FROM platform_role_permission WHERE role = :r")
                .param("r", row.role()).query(String.class).list());
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + row.role()));
        permissions.forEach(p -> authorities.add(new SimpleGrantedAuthority(p)));
        return new SignedInUser(row.id(), row.username(), row.hash(), row.displayName(), Role.valueOf(row.role()),
                row.departmentId() == null ? null : DepartmentId.of(row.departmentId()),
                row.creditCode() == null ? null : row.creditCode().trim(), Set.copyOf(permissions), List.copyOf(authorities));
    }
}
