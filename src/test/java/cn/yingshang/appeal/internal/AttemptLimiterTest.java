package cn.yingshang.appeal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
            assertThat(limiter.allows("a")).isTrue();
            limiter.count("a");
        }
        assertThat(limiter.allows("a")).isFalse();
        assertThat(limiter.allows("b")).as("other keys are not affected").isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(9));
        assertThat(limiter.allows("a")).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        assertThat(limiter.allows("a")).isTrue();
    }
}
