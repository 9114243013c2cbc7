package cn.yingshang.appeal.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts attempts per key (a client address, a tracking number) in a sliding window and says when
 * a key has had its share. Kept in memory: a restart forgets, which only gives a guesser one more
 * window. The map is pruned as it grows, so many keys cannot exhaust memory.
 */
final class AttemptLimiter {

    private static final int PRUNE_ABOVE = 10_000;

    private final int allowed;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    AttemptLimiter(int allowed, Duration window, Clock clock) {
        this.allowed = allowed;
        this.window = window;
        this.clock = clock;
    }

    /** True while the key has had fewer than the allowed attempts within the window. */
    boolean allows(String key) {
        Deque<Instant> times = attempts.get(key);
        if (times == null) {
            return true;
        }
        synchronized (times) {
            dropOld(times);
            return times.size() < allowed;
        }
    }

    void count(String key) {
        if (attempts.size() > PRUNE_ABOVE) {
            prune();
        }
        Deque<Instant> times = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            dropOld(times);
            times.addLast(clock.instant());
        }
    }

    private void dropOld(Deque<Instant> times) {
        Instant from = clock.instant().minus(window);
        while (!times.isEmpty() && times.peekFirst().isBefore(from)) {
            times.pollFirst();
        }
    }

    private void prune() {
        attempts.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                dropOld(e.getValue());
                return e.getValue().isEmpty();
            }
        });
    }
}
