package cn.yingshang.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.AttemptLimits;
import cn.yingshang.support.PlatformTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The counters in PostgreSQL that every node shares (two instances here stand for two nodes). */
@PlatformTest
class JdbcAttemptLimitsTest {

    /**
     * A clock the test moves by hand, set a year ahead so that the platform's own sweep (on the real
     * clock) never deletes this test's rows while it runs.
     */
    static final class Hand extends Clock {
        volatile Instant now = Instant.now().plus(Duration.ofDays(400)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Autowired
    JdbcClient jdbc;

    static AttemptLimits.Limit limit(int allowed, Duration window) {
        return new AttemptLimits.Limit("test-" + UUID.randomUUID(), allowed, window);
    }

    @Test
    @DisplayName("a key is refused after its allowed attempts until the window has passed, on every node alike")
    void refusesUntilTheWindowHasPassed() {
        Hand clock = new Hand();
        JdbcAttemptLimits nodeA = new JdbcAttemptLimits(jdbc, clock);
        JdbcAttemptLimits nodeB = new JdbcAttemptLimits(jdbc, clock);
        AttemptLimits.Limit l = limit(3, Duration.ofMinutes(10));
        assertThat(nodeA.tryAcquire(l, "a")).isTrue();
        assertThat(nodeB.tryAcquire(l, "a")).isTrue();
        assertThat(nodeA.tryAcquire(l, "a")).isTrue();
        assertThat(nodeB.tryAcquire(l, "a")).as("the fourth attempt, on the other node").isFalse();
        assertThat(nodeB.tryAcquire(l, "b")).as("other keys are not affected").isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(9));
        assertThat(nodeA.tryAcquire(l, "a")).isFalse();
        assertThat(nodeA.secondsUntilReset(l, "a")).isEqualTo(60);
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        assertThat(nodeA.tryAcquire(l, "a")).isTrue();
    }

    @Test
    @DisplayName("parallel attempts cannot pass the check before any of them is counted")
    void parallelAttempts() throws Exception {
        JdbcAttemptLimits limits = new JdbcAttemptLimits(jdbc, new Hand());
        AttemptLimits.Limit l = limit(5, Duration.ofHours(1));
        int callers = 32;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return limits.tryAcquire(l, "YS7K3M9QXD2HFA");
                }));
            }
            start.countDown();
            int admitted = 0;
            for (Future<Boolean> a : answers) {
                admitted += a.get() ? 1 : 0;
            }
            assertThat(admitted).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("a released attempt no longer counts, and passed windows are swept away")
    void releaseAndSweep() {
        Hand clock = new Hand();
        JdbcAttemptLimits limits = new JdbcAttemptLimits(jdbc, clock);
        AttemptLimits.Limit l = limit(2, Duration.ofMinutes(10));
        assertThat(limits.tryAcquire(l, "a")).isTrue();
        assertThat(limits.tryAcquire(l, "a")).isTrue();
        assertThat(limits.tryAcquire(l, "a")).as("the third is refused").isFalse();
        limits.release(l, "a");
        limits.release(l, "a");
        assertThat(limits.tryAcquire(l, "a")).isTrue();
        assertThat(limits.tryAcquire(l, "a")).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(11));
        limits.sweep();
        assertThat(jdbc.sql("SELECT count(*) FROM platform_attempt WHERE limit_name = :n").param("n", l.name())
                .query(Long.class).single()).isZero();
    }
}
