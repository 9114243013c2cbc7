package cn.yingshang.platform.internal;

import cn.yingshang.platform.CacheVersions;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps this node's view of platform_cache_version: one small query per poll interval on a thread
 * of its own (not the scheduler's, which a long job may occupy), so a change on another node is
 * seen within {@code yingshang.cache.poll-ms} plus one query.
 */
@Component
class JdbcCacheVersions implements CacheVersions, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JdbcCacheVersions.class);

    private final JdbcClient jdbc;
    private final long pollMillis;
    private final Map<String, Long> known = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService poller;

    JdbcCacheVersions(JdbcClient jdbc, @Value("${yingshang.cache.poll-ms:1000}") long pollMillis) {
        this.jdbc = jdbc;
        this.pollMillis = pollMillis;
    }

    @Override
    public long version(String cache) {
        return known.getOrDefault(cache, 0L);
    }

    @Override
    public void changed(String cache) {
        long version = jdbc.sql("""
                        INSERT INTO platform_cache_version (name, version) VALUES (:n, 1)
                        ON CONFLICT (name) DO UPDATE SET version = platform_cache_version.version + 1, changed_at = clock_timestamp()
                        RETURNING version""")
                .param("n", cache).query(Long.class).single();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    known.merge(cache, version, Math::max);
                }
            });
        } else {
            known.merge(cache, version, Math::max);
        }
    }

    void poll() {
        try {
            jdbc.sql("SELECT name, version FROM platform_cache_version")
                    .query((rs, n) -> known.merge(rs.getString(1), rs.getLong(2), Math::max)).list();
        } catch (RuntimeException e) {
            // the database is away: keep serving the copies we have, and look again next time
            log.debug("cache versions not polled: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void start() {
        poll();
        poller = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("cache-versions").daemon().factory());
        poller.scheduleWithFixedDelay(this::poll, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    @Override
    public boolean isRunning() {
        return poller != null;
    }
}
