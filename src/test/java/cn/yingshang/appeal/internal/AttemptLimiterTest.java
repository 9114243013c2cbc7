package cn.yingshang.appeal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class AttemptLimiterTest {

    /** A clock the test moves by hand. */
    static final class Hand extends Clock {
        Instant now = Instant.parse("2026-01-05T02:00:00Z");

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

    @Test
    void refusesAfterTheAllowedAttemptsUntilTheWindowHasPassed() {
        Hand clock = new Hand();
        AttemptLimiter limiter = new AttemptLimiter(3, Duration.ofMinutes(10), clock);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("a")).isTrue();
        }
        assertThat(limiter.allows("a")).isFalse();
        assertThat(limiter.allows("b")).as("other keys are not affected").isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(9));
        assertThat(limiter.allows("a")).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        assertThat(limiter.allows("a")).isTrue();
    }

    @Test
    void parallelAttemptsCannotPassTheCheckBeforeAnyOfThemIsCounted() throws Exception {
        AttemptLimiter limiter = new AttemptLimiter(5, Duration.ofHours(1), new Hand());
        int callers = 64;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return limiter.tryAcquire("SQ2026010500000001");
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
        assertThat(limiter.allows("SQ2026010500000001")).isFalse();
    }

    @Test
    void aReleasedAttemptNoLongerCounts() {
        AttemptLimiter limiter = new AttemptLimiter(2, Duration.ofMinutes(10), new Hand());
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).as("the third is refused and not counted").isFalse();
        limiter.release("a");
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.allows("a")).isFalse();
    }
}
