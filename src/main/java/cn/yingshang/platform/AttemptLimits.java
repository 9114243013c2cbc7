package cn.yingshang.platform;

import java.time.Duration;

/**
 * Counts attempts per key (a client address, a code) in PostgreSQL, so a limit holds across every
 * node of the platform and across restarts. Each check-and-count is one atomic statement: parallel
 * callers cannot all pass a check made before any of them is counted.
 */
public interface AttemptLimits {

    /** At most {@code allowed} attempts per key within each {@code window}; {@code name} keeps limits apart. */
    record Limit(String name, int allowed, Duration window) {
        public Limit {
            if (name == null || name.isBlank() || allowed < 1 || window == null || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("a limit needs a name, at least one attempt and a positive window");
            }
        }
    }

    /** Counts an attempt and answers true, or answers false (counting nothing) when the key has had its share. */
    boolean tryAcquire(Limit limit, String key);

    /** Takes back the key's latest counted attempt: it turned out not to count (a lookup that succeeded). */
    void release(Limit limit, String key);

    /** Seconds until the key's current window ends (for a {@code Retry-After}), at least 1. */
    long secondsUntilReset(Limit limit, String key);
}
