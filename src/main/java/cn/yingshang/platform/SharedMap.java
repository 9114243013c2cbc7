package cn.yingshang.platform;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values per key loaded from the database on first use and held until the cache's
 * {@link CacheVersions version} moves, on this node or another; then every key loads again.
 */
public final class SharedMap<K, V> {

    private record Copy<K, V>(long version, Map<K, V> values) {
    }

    private final CacheVersions versions;
    private final String name;
    private final Function<K, V> loader;
    private volatile Copy<K, V> copy;

    public SharedMap(CacheVersions versions, String name, Function<K, V> loader) {
        this.versions = versions;
        this.name = name;
        this.loader = loader;
    }

    public V get(K key) {
        long version = versions.version(name);
        Copy<K, V> c = copy;
        if (c == null || c.version() != version) {
            c = new Copy<>(version, new ConcurrentHashMap<>());
            copy = c;
        }
        return c.values().computeIfAbsent(key, loader);
    }

    /** The cached data changed in the current transaction: every node drops its copies (this one now and after commit). */
    public void changed() {
        versions.changed(name);
        copy = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    copy = null;
                }
            });
        }
    }
}
