package cn.yingshang.platform.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The claims on one-time submission tokens and Idempotency-Keys, in PostgreSQL so every node sees
 * them. Each statement commits on its own: the claim must be visible to a second request at once.
 */
@Component
class IdempotencyKeys {

    /** A claim still PENDING after this long belongs to a request that died with its node. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);
    static final Duration KEPT_FOR = Duration.ofDays(1);

    enum Scope { FORM, API }

    record Key(Scope scope, String principal, String key, String requestHash) {
    }

    record Answer(String state, String requestHash, Integer status, String location, String contentType, byte[] body,
                  Timestamp createdAt) {
        boolean done() {
            return "DONE".equals(state);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True when this request is the first with the key and should run. */
    boolean claim(Key k) {
        if (ThreadLocalRandom.current().nextInt(200) == 0) {
            jdbc.sql("DELETE FROM platform_idempotency WHERE created_at < :before")
                    .param("before", Timestamp.from(clock.instant().minus(KEPT_FOR))).update();
        }
        return jdbc.sql("""
                        INSERT INTO platform_idempotency (scope, principal, key, request_hash, state, created_at)
                        VALUES (:scope, :principal, :key, :hash, 'PENDING', :now) ON CONFLICT DO NOTHING""")
                .param("scope", k.scope().name()).param("principal", k.principal()).param("key", k.key())
                .param("hash", k.requestHash()).param("now", Timestamp.from(clock.instant())).update() == 1;
    }

    Optional<Answer> find(Key k) {
        return jdbc.sql("""
                        SELECT state, request_hash, status, location, content_type, body, created_at FROM platform_idempotency
                        WHERE scope = :scope AND principal = :principal AND key = :key""")
                .param("scope", k.scope().name()).param("principal", k.principal()).param("key", k.key())
                .query((rs, n) -> new Answer(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3), rs.getString(4),
                        rs.getString(5), rs.getBytes(6), rs.getTimestamp(7))).optional();
    }

    void complete(Key k, int status, String location, String contentType, byte[] body) {
        jdbc.sql("""
                        UPDATE platform_idempotency SET state = 'DONE', status = :status, location = :location,
                          content_type = :type, body = :body
                        WHERE scope = :scope AND principal = :principal AND key = :key AND state = 'PENDING'""")
                .param("status", status).param("location", location).param("type", contentType).param("body", body)
                .param("scope", k.scope().name()).param("principal", k.principal()).param("key", k.key()).update();
    }

    /** The request failed or was refused: the key is free again, so a corrected retry can run. */
    void release(Key k) {
        jdbc.sql("DELETE FROM platform_idempotency WHERE scope = :scope AND principal = :principal AND key = :key AND state = 'PENDING'")
                .param("scope", k.scope().name()).param("principal", k.principal()).param("key", k.key()).update();
    }

    /** Takes over a claim whose request died with its node. */
    boolean releaseIfAbandoned(Key k) {
        return jdbc.sql("""
                        DELETE FROM platform_idempotency WHERE scope = :scope AND principal = :principal AND key = :key
                          AND state = 'PENDING' AND created_at < :before""")
                .param("scope", k.scope().name()).param("principal", k.principal()).param("key", k.key())
                .param("before", Timestamp.from(clock.instant().minus(ABANDONED_AFTER))).update() == 1;
    }
}
