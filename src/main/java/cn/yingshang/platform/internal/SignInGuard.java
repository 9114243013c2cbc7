package cn.yingshang.platform.internal;

import cn.yingshang.platform.AuditLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Lockout per account and backoff per client address, kept in PostgreSQL so that every node sees
 * the same counts. Every attempt, its outcome and every lock land in the audit log.
 */
@Service
class SignInGuard {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final SecuritySettings.Lockout lockout;
    private final SecuritySettings.ClientBackoff backoff;

    SignInGuard(JdbcClient jdbc, AuditLog audit, Clock clock, SecuritySettings settings) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.lockout = settings.lockout();
        this.backoff = settings.clientBackoff();
    }

    /** How long this client must still wait before it may try again, if it must. */
    Optional<Duration> clientMustWait(String client) {
        Instant now = clock.instant();
        record Failures(long count, OffsetDateTime last) {
        }
        Failures f = jdbc.sql("""
                        SELECT count(*), max(occurred_at) FROM platform_sign_in_attempt
                        WHERE client_address = :c AND NOT succeeded AND occurred_at > :since""")
                .param("c", client).param("since", utc(now.minus(backoff.window())))
                .query((rs, n) -> new Failures(rs.getLong(1), rs.getObject(2, OffsetDateTime.class))).single();
        if (f.count() < backoff.threshold() || f.last() == null) {
            return Optional.empty();
        }
        long doublings = Math.min(f.count() - backoff.threshold(), 30);
        Duration delay = backoff.baseDelay().multipliedBy(1L << doublings);
        if (delay.compareTo(backoff.maxDelay()) > 0) {
            delay = backoff.maxDelay();
        }
        Instant allowedAt = f.last().toInstant().plus(delay);
        return allowedAt.isAfter(now) ? Optional.of(Duration.between(now, allowedAt)) : Optional.empty();
    }

    /** The end of this account's lock, if it is locked now. */
    Optional<Instant> lockedUntil(Instant lockedUntil) {
        return lockedUntil != null && lockedUntil.isAfter(clock.instant()) ? Optional.of(lockedUntil) : Optional.empty();
    }

    /** An attempt refused without looking at the password (client waiting, account locked). */
    void refused(String username, String client, String reason) {
        attempt(username, client, false);
        record(username, "login.refused", client, reason);
    }

    /** A wrong password (or unknown user): counts towards the account's lock and the client's backoff. */
    void failed(String username, String client) {
        attempt(username, client, false);
        Instant now = clock.instant();
        Boolean lockedNow = jdbc.sql("""
                        UPDATE platform_account
                        SET failed_attempts = CASE WHEN failed_attempts + 1 >= :threshold THEN 0 ELSE failed_attempts + 1 END,
                            locked_until = CASE WHEN failed_attempts + 1 >= :threshold THEN :until ELSE locked_until END
                        WHERE username = :u
                        RETURNING locked_until = :until""")
                .param("threshold", lockout.threshold()).param("until", utc(now.plus(lockout.duration())))
                .param("u", username).query(Boolean.class).optional().orElse(false);
        record(username, "login.failure", client, "bad-credentials");
        if (Boolean.TRUE.equals(lockedNow)) {
            record(username, "login.lockout", client, "locked-for-" + lockout.duration());
        }
    }

    void succeeded(String username, String client) {
        // successes need no attempt row (only failures count) and touch the account only to clear a count:
        // an API script signing every call with Basic costs one audit row, not three writes
        jdbc.sql("""
                        UPDATE platform_account SET failed_attempts = 0, locked_until = NULL
                        WHERE username = :u AND (failed_attempts <> 0 OR locked_until IS NOT NULL)""")
                .param("u", username).update();
        record(username, "login.success", client, null);
    }

    /** A second-factor code that did not match: counts like a wrong password. */
    void secondFactorFailed(String username, String client) {
        failed(username, client);
        record(username, "login.second-factor.failure", client, null);
    }

    private void attempt(String username, String client, boolean succeeded) {
        jdbc.sql("""
                        INSERT INTO platform_sign_in_attempt (client_address, username, occurred_at, succeeded)
                        VALUES (:c, :u, :at, :ok)""")
                .param("c", client).param("u", clip(username)).param("at", utc(clock.instant())).param("ok", succeeded)
                .update();
    }

    private void record(String username, String action, String client, String reason) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("client", client);
        if (reason != null) {
            after.put("reason", reason);
        }
        audit.recordAll(List.of(new AuditLog.Entry(clip(username), action, "account", clip(username), null, after)));
    }

    /** Attempts older than a day no longer count for anything. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOldAttempts() {
        jdbc.sql("DELETE FROM platform_sign_in_attempt WHERE occurred_at < :before")
                .param("before", utc(clock.instant().minus(Duration.ofDays(1)))).update();
    }

    private static String clip(String username) {
        String u = username == null ? "" : username;
        return u.length() > 100 ? u.substring(0, 100) : u;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
