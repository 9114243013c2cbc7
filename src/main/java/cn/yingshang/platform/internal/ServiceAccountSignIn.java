package cn.yingshang.platform.internal;

import cn.yingshang.platform.SignedInUser;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * HTTP Basic with a service account's client id and secret, on the stateless API chain only. The
 * principal is the account's own (role, department), so every object-level check treats the
 * machine as it would a person of that department; it carries {@link #SERVICE_ACCOUNT} and one
 * {@code SCOPE_} authority per granted scope, which {@link ApiScopeCheck} enforces per operation.
 * Anything that is not a client id is left to the password sign-in; a wrong secret falls through
 * to it as well, so the same failure counting and backoff apply.
 */
class ServiceAccountSignIn implements AuthenticationProvider {

    static final String SERVICE_ACCOUNT = "SERVICE_ACCOUNT";
    static final String SCOPE = "SCOPE_";

    private final ServiceAccounts serviceAccounts;
    private final SignInAccounts accounts;

    ServiceAccountSignIn(ServiceAccounts serviceAccounts, SignInAccounts accounts) {
        this.serviceAccounts = serviceAccounts;
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String clientId = request.getName() == null ? "" : request.getName().strip();
        if (!clientId.startsWith(ServiceAccounts.CLIENT_PREFIX)) {
            return null;
        }
        String secret = request.getCredentials() == null ? "" : request.getCredentials().toString();
        ServiceAccounts.Verified verified = serviceAccounts.verify(clientId, secret)
                .orElseThrow(() -> new BadCredentialsException("bad-credentials"));
        var account = accounts.enabled(clientId).orElseThrow(() -> new BadCredentialsException("bad-credentials"));
        SignedInUser person = accounts.principal(account);
        List<GrantedAuthority> authorities = new ArrayList<>(person.authorities());
        authorities.add(new SimpleGrantedAuthority(SERVICE_ACCOUNT));
        verified.scopes().forEach(s -> authorities.add(new SimpleGrantedAuthority(SCOPE + s)));
        SignedInUser machine = new SignedInUser(person.accountId(), person.username(), person.displayName(), person.role(),
                person.departmentId(), person.creditCode(), person.permissions(), List.copyOf(authorities));
        return UsernamePasswordAuthenticationToken.authenticated(machine, null, machine.authorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
