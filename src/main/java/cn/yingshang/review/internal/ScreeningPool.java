package cn.yingshang.review.internal;

import cn.yingshang.review.ScreeningFinding;
import cn.yingshang.shared.DomainViolation;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Anyone may screen a text without signing in (the API and 信息公开 → 政策文本自查), so screening runs
 * on a pool of its own: {@code yingshang.review.screening.threads} workers and a queue of
 * {@code yingshang.review.screening.queue}; a text beyond {@code yingshang.review.screening.max-chars}
 * (100,000 by default, far beyond any draft) is refused before it is looked at. When the pool is full,
 * or a screening takes longer than {@code yingshang.review.screening.timeout}, the caller is told to
 * come back ({@link Busy}) instead of every request thread of the platform being held by one script.
 */
@Component
class ScreeningPool implements DisposableBean {

    /** The pool is full or the screening took too long; nothing was screened for the caller. */
    static final class Busy extends RuntimeException {
        Busy(String message) {
            super(message);
        }
    }

    private final StandardStore standards;
    private final MessageSource messages;
    private final ThreadPoolExecutor pool;
    private final Duration timeout;
    private final int maxChars;

    ScreeningPool(StandardStore standards, MessageSource messages,
                  @Value("${yingshang.review.screening.threads:2}") int threads,
                  @Value("${yingshang.review.screening.queue:8}") int queue,
                  @Value("${yingshang.review.screening.timeout:10s}") Duration timeout,
                  @Value("${yingshang.review.screening.max-chars:100000}") int maxChars) {
        this.standards = standards;
        this.messages = messages;
        this.timeout = timeout;
        this.maxChars = maxChars;
        BlockingQueue<Runnable> waiting = queue <= 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue);
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, waiting, r -> {
            Thread t = new Thread(r, "screening-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
    }

    int maxChars() {
        return maxChars;
    }

    /** Findings for the text; {@link DomainViolation} when it is empty or too long, {@link Busy} when saturated. */
    List<ScreeningFinding> screen(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainViolation("text", message("review.screen.empty"));
        }
        if (text.length() > maxChars) {
            throw new DomainViolation("text", messages.getMessage("review.screen.tooLong", new Object[] {maxChars},
                    LocaleContextHolder.getLocale()));
        }
        Future<List<ScreeningFinding>> result;
        try {
            result = pool.submit(() -> standards.screen(text));
        } catch (RejectedExecutionException e) {
            throw new Busy(message("review.screen.busy"));
        }
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new Busy(message("review.screen.timeout"));
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new Busy(message("review.screen.busy"));
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
