package cn.yingshang.platform.internal;

import cn.yingshang.platform.SignedInUser;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Signing in can take more than a password: a TOTP code (or enrolling one) for the roles that need
 * it, then a new password when the old one was reset or no longer meets the policy. Until the last
 * step is done the session holds only the authority of the step in progress, so no page, API or
 * permission check lets the person through.
 */
@Component
class SignInSteps {

    enum Step {
        SECOND_FACTOR("/login/second-factor"),
        ENROL_SECOND_FACTOR("/account/second-factor"),
        CHANGE_PASSWORD("/account/password");

        final String page;
        final String authority;

        Step(String page) {
            this.page = page;
            this.authority = SignedInUser.SIGN_IN_STEP + name();
        }
    }

    static final String[] STEP_AUTHORITIES = {Step.SECOND_FACTOR.authority, Step.ENROL_SECOND_FACTOR.authority,
            Step.CHANGE_PASSWORD.authority};

    private final JdbcClient jdbc;
    private final SecuritySettings.SecondFactor secondFactor;

    SignInSteps(JdbcClient jdbc, SecuritySettings settings) {
        this.jdbc = jdbc;
        this.secondFactor = settings.secondFactor();
    }

    /** After a correct password. */
    Authentication afterPassword(SignInAccounts.Account account, SignedInUser user) {
        if (account.totpEnabled()) {
            return pending(user, Step.SECOND_FACTOR);
        }
        if (secondFactor.requiredRoles().contains(account.role())) {
            return pending(user, Step.ENROL_SECOND_FACTOR);
        }
        return afterSecondFactor(user);
    }

    /** After a correct TOTP code (or a completed enrolment). */
    Authentication afterSecondFactor(SignedInUser user) {
        boolean changeRequired = jdbc.sql("SELECT password_change_required FROM platform_account WHERE id = :id")
                .param("id", user.accountId()).query(Boolean.class).optional().orElse(false);
        return changeRequired ? pending(user, Step.CHANGE_PASSWORD) : signedIn(user);
    }

    static Authentication signedIn(SignedInUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    static Authentication pending(SignedInUser user, Step step) {
        List<GrantedAuthority> only = List.of(new SimpleGrantedAuthority(step.authority));
        return UsernamePasswordAuthenticationToken.authenticated(user, null, only);
    }

    /** The step this authentication is still in, if any. */
    static Optional<Step> pendingStep(Authentication authentication) {
        if (authentication == null) {
            return Optional.empty();
        }
        for (Step step : Step.values()) {
            if (authentication.getAuthorities().stream().anyMatch(a -> step.authority.equals(a.getAuthority()))) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }
}
