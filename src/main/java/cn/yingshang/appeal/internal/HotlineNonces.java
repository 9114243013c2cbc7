package cn.yingshang.appeal.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nonces of signed 12345 requests, remembered in PostgreSQL for longer than the timestamp window,
 * so that a replayed request is refused whichever node it reaches.
 */
@Component
class HotlineNonces {

    private final JdbcClient jdbc;
    private final Clock clock;

    HotlineNonces(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True the first time a nonce is presented; false for a replay. */
    boolean firstUse(String nonce, Duration window) {
        return jdbc.sql("INSERT INTO appeal_hotline_nonce (nonce, seen_at) VALUES (:n, :at) ON CONFLICT DO NOTHING")
                .param("n", nonce).param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .update() == 1;
    }

    /**
     * A nonce older than twice the window can no longer come with an acceptable timestamp. Deleting
     * is idempotent, so every node may run it.
     */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    void forgetExpired() {
        jdbc.sql("DELETE FROM appeal_hotline_nonce WHERE seen_at < :before")
                .param("before", OffsetDateTime.now(clock).minus(AppealApi.HOTLINE_WINDOW.multipliedBy(2))).update();
    }
}
