package cn.yingshang.platform.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password (form login and HTTP Basic alike) behind the lockout and the
 * client backoff. A client that must wait, or a locked account, is refused before the password is
 * looked at, so guessing on costs the guesser time and learns nothing.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    /** Refused because the client or the account must wait; the password was not checked. */
    static final class TooManyAttempts extends LockedException {
        TooManyAttempts(String message) {
            super(message);
        }
    }

    private final SignInAccounts accounts;
    private final SignInGuard guard;
    private final SignInSteps steps;
    private final PasswordEncoder passwords;
    private final SecuritySettings.Password passwordSettings;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    /** Compared against when the username is unknown, so that both cases take as long. */
    private final String unknownUserHash;

    PasswordSignIn(SignInAccounts accounts, SignInGuard guard, SignInSteps steps, PasswordEncoder passwords,
                   SecuritySettings settings, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.accounts = accounts;
        this.guard = guard;
        this.steps = steps;
        this.passwords = passwords;
        this.passwordSettings = settings.password();
        this.jdbc = jdbc;
        this.unknownUserHash = passwords.encode("unknown-user-" + System.nanoTime());
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        String username = request.getName() == null ? "" : request.getName().strip();
        String password = request.getCredentials() == null ? "" : request.getCredentials().toString();
        String client = clientOf(request);
        if (guard.clientMustWait(client).isPresent()) {
            guard.refused(username, client, "client-backoff");
            throw new TooManyAttempts("client-backoff");
        }
        var account = accounts.enabled(username).orElse(null);
        if (account != null && guard.lockedUntil(account.lockedUntil()).isPresent()) {
            guard.refused(username, client, "account-locked");
            throw new TooManyAttempts("account-locked");
        }
        if (account == null) {
            passwords.matches(password, unknownUserHash);
            guard.failed(username, client);
            throw new BadCredentialsException("bad-credentials");
        }
        if (!passwords.matches(password, account.passwordHash())) {
            guard.failed(username, client);
            throw new BadCredentialsException("bad-credentials");
        }
        guard.succeeded(username, client);
        if (passwordSettings.changeWeakAtSignIn() && !PasswordPolicy.accepts(password)) {
            // a published or short password: usable once more, only to choose a new one
            jdbc.sql("UPDATE platform_account SET password_change_required = TRUE WHERE id = :id")
                    .param("id", account.id()).update();
        }
        return steps.afterPassword(account, accounts.principal(account));
    }

    static String clientOf(Authentication request) {
        return request.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
