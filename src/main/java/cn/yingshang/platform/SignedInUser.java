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
 * department staff to one department. It is kept in the shared session store, so it carries no
 * credential: the password hash is checked at sign-in and never leaves the accounts table.
 */
public record SignedInUser(long accountId, String username, String displayName, Role role,
                           DepartmentId departmentId, String creditCode, Set<String> permissions,
                           Collection<? extends GrantedAuthority> authorities) implements UserDetails {

    /** Kept for callers written when the principal still held the hash; the hash is dropped. */
    public SignedInUser(long accountId, String username, String ignoredPasswordHash, String displayName, Role role,
                        DepartmentId departmentId, String creditCode, Set<String> permissions,
                        Collection<? extends GrantedAuthority> authorities) {
        this(accountId, username, displayName, role, departmentId, creditCode, permissions, authorities);
    }

    /**
     * The person signed in on this thread, once every sign-in step is done: someone who has given
     * the password but not yet the second factor (or the new password) is nobody yet.
     */
    public static Optional<SignedInUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                && authentication.getAuthorities().stream().noneMatch(a -> a.getAuthority().startsWith(SIGN_IN_STEP))) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** Prefix of the only authority a session holds while a sign-in step (second factor, new password) is open. */
    public static final String SIGN_IN_STEP = "SIGN_IN_STEP_";

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
        return null;
    }

    @Override
    public String getUsername() {
        return username;
    }
}
