package cn.yingshang.platform.internal;

import cn.yingshang.platform.Role;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in and session settings ({@code yingshang.security.*}). The defaults are the production ones;
 * the {@code demo} profile relaxes a few for a laptop on plain http.
 */
@ConfigurationProperties("yingshang.security")
record SecuritySettings(@DefaultValue Lockout lockout, @DefaultValue ClientBackoff clientBackoff,
                        @DefaultValue SecondFactor secondFactor, @DefaultValue Cookies cookies,
                        @DefaultValue Password password) {

    /** After {@code threshold} wrong passwords in a row an account is locked for {@code duration}. */
    record Lockout(@DefaultValue("5") int threshold, @DefaultValue("15m") Duration duration) {
    }

    /**
     * A client address with {@code threshold} failures within {@code window} waits before its next
     * attempt: {@code baseDelay} doubled for each further failure, at most {@code maxDelay}.
     */
    record ClientBackoff(@DefaultValue("10") int threshold, @DefaultValue("15m") Duration window,
                         @DefaultValue("1s") Duration baseDelay, @DefaultValue("15m") Duration maxDelay) {
    }

    /** Roles that must sign in with a TOTP code after their password; any account may enrol. */
    record SecondFactor(@DefaultValue({"ADMIN", "OFFICE", "LEADER", "HANDLER", "INSPECTOR", "LEGAL_OFFICER", "BANK"}) Set<Role> requiredRoles,
                        String issuer) {
    }

    enum CookieSecurity { ALWAYS, WHEN_HTTPS }

    /** {@code ALWAYS} marks session and CSRF cookies Secure; {@code WHEN_HTTPS} only over TLS (plain-http demo). */
    record Cookies(@DefaultValue("ALWAYS") CookieSecurity secure) {
    }

    /**
     * {@code changeWeakAtSignIn}: a password that no longer meets the policy (such as a published
     * demo password) must be changed right after signing in with it.
     */
    record Password(@DefaultValue("true") boolean changeWeakAtSignIn) {
    }
}
