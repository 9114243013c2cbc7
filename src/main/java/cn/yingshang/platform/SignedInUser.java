package cn.yingshang.platform;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind a request. Enterprise users are bound to one entity ({@code creditCode});
 * department staff to one department.
 */
public record SignedInUser(long accountId, String username, String passwordHash, String displayName, Role role,
                           DepartmentId departmentId, String creditCode, Set<String> permissions,
                           Collection<? extends GrantedAuthority> authorities) implements UserDetails {

    public static Optional<SignedInUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public boolean can(String permission) {
        return permissions.contains(permission);
    }

    public boolean isEnterpriseOf(String code) {
        return role == Role.ENTERPRISE && creditCode != null && creditCode.equals(code);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }
}
