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
        boolean[] ok = {true};
        attempts.computeIfPresent(key, (k, times) -> {
            dropOld(times);
            ok[0] = times.size() < allowed;
            return times.isEmpty() ? null : times;
        });
        return ok[0];
    }

    /**
     * Counts an attempt only if the key has had fewer than the allowed ones within the window, in one
     * step: checking with {@link #allows} and counting afterwards would let parallel callers all pass
     * the check before any of them is counted.
     */
    boolean tryAcquire(String key) {
        if (attempts.size() > PRUNE_ABOVE) {
            prune();
        }
        boolean[] admitted = {false};
        attempts.compute(key, (k, times) -> {
            Deque<Instant> t = times == null ? new ArrayDeque<>() : times;
            dropOld(t);
            if (t.size() < allowed) {
                t.addLast(clock.instant());
                admitted[0] = true;
            }
            return t.isEmpty() ? null : t;
        });
        return admitted[0];
    }

    /** Takes back the key's latest attempt: it turned out not to count (a lookup that succeeded). */
    void release(String key) {
        attempts.computeIfPresent(key, (k, times) -> {
            times.pollLast();
            return times.isEmpty() ? null : times;
        });
    }

    private void dropOld(Deque<Instant> times) {
        Instant from = clock.instant().minus(window);
        while (!times.isEmpty() && times.peekFirst().isBefore(from)) {
            times.pollFirst();
        }
    }

    // every change to a key's attempts runs inside the map's per-key compute, so pruning cannot drop
    // a deque that another thread is adding to
    private void prune() {
        for (String key : attempts.keySet()) {
            attempts.computeIfPresent(key, (k, times) -> {
                dropOld(times);
                return times.isEmpty() ? null : times;
            });
        }
    }
}
