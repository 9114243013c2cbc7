package cn.yingshang.platform.internal;

import cn.yingshang.platform.AttemptLimits;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Fixed-window counters in {@code platform_attempt}. The upsert starts a new window when the old one
 * has passed and otherwise adds one, but never beyond {@code allowed + 1}: an attempt is admitted when
 * the count it returns is within the limit. A fixed window lets a client spend up to twice its share
 * around a window's end, which is harmless at these limits and keeps the count to one row per key.
 */
@Component
class JdbcAttemptLimits implements AttemptLimits {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAttemptLimits(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean tryAcquire(Limit limit, String key) {
        Instant now = clock.instant();
        int count = jdbc.sql("""
                        INSERT INTO platform_attempt AS a (limit_name, key_hash, window_start, expires_at, attempts)
                        VALUES (:n, :k, :now, :expires, 1)
                        ON CONFLICT (limit_name, key_hash) DO UPDATE SET
                          window_start = CASE WHEN a.expires_at <= :now THEN :now ELSE a.window_start END,
                          expires_at = CASE WHEN a.expires_at <= :now THEN :expires ELSE a.expires_at END,
                          attempts = CASE WHEN a.expires_at <= :now THEN 1 ELSE LEAST(a.attempts + 1, :allowed + 1) END
                        RETURNING attempts""")
                .param("n", limit.name()).param("k", hash(key)).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(limit.window()))).param("allowed", limit.allowed())
                .query(Integer.class).single();
        return count <= limit.allowed();
    }

    @Override
    public void release(Limit limit, String key) {
        jdbc.sql("""
                        UPDATE platform_attempt SET attempts = attempts - 1
                        WHERE limit_name = :n AND key_hash = :k AND attempts > 0 AND expires_at > :now""")
                .param("n", limit.name()).param("k", hash(key)).param("now", Timestamp.from(clock.instant())).update();
    }

    @Override
    public long secondsUntilReset(Limit limit, String key) {
        Instant now = clock.instant();
        return jdbc.sql("SELECT expires_at FROM platform_attempt WHERE limit_name = :n AND key_hash = :k")
                .param("n", limit.name()).param("k", hash(key)).query(Timestamp.class).optional()
                .map(t -> Math.max(1, t.toInstant().getEpochSecond() - now.getEpochSecond()))
                .orElse(1L);
    }

    /** Passed windows are deleted; the delete is idempotent, so every node may run it. */
    @Scheduled(fixedDelayString = "${yingshang.attempt-limits.sweep-ms:600000}", initialDelay = 60_000)
    void sweep() {
        jdbc.sql("DELETE FROM platform_attempt WHERE expires_at <= :now").param("now", Timestamp.from(clock.instant())).update();
    }

    /** Client addresses and codes are kept only as digests. */
    private static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((key == null ? "" : key).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
