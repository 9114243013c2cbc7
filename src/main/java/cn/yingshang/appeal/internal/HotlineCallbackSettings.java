package cn.yingshang.appeal.internal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where and how the platform answers the 12345 hotline system. The callback is on when
 * {@code yingshang.appeal.hotline-callback.url} is set; then {@code .secret} (the HMAC key the
 * hotline checks our signature with, at least 32 characters) is required outside the demo profile.
 */
@Component
class HotlineCallbackSettings {

    private final String url;
    private final String secret;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final int maxAttempts;
    private final Duration timeout;

    HotlineCallbackSettings(@Value("${yingshang.appeal.hotline-callback.url:}") String url,
                            @Value("${yingshang.appeal.hotline-callback.secret:}") String secret,
                            @Value("${yingshang.appeal.hotline-callback.initial-backoff:PT10S}") Duration initialBackoff,
                            @Value("${yingshang.appeal.hotline-callback.max-backoff:PT1H}") Duration maxBackoff,
                            @Value("${yingshang.appeal.hotline-callback.max-attempts:12}") int maxAttempts,
                            @Value("${yingshang.appeal.hotline-callback.timeout:PT10S}") Duration timeout) {
        this.url = url == null ? "" : url.strip();
        this.secret = secret == null ? "" : secret.strip();
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.maxAttempts = maxAttempts;
        this.timeout = timeout;
    }

    boolean enabled() {
        return !url.isEmpty();
    }

    String url() {
        return url;
    }

    String secret() {
        return secret;
    }

    int maxAttempts() {
        return maxAttempts;
    }

    Duration timeout() {
        return timeout;
    }

    /** Exponential backoff: the wait after the n-th failed attempt is initial × 2^(n-1), at most the maximum. */
    Duration backoffAfter(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration wait = initialBackoff.multipliedBy(1L << doublings);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
