package cn.yingshang.platform;

import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value loaded from the database and held in memory until its {@link CacheVersions version}
 * moves, on this node or another. Reads cost a volatile read and a map lookup.
 */
public final class SharedValue<T> {

    private record Copy<T>(long version, T value) {
    }

    private final CacheVersions versions;
    private final String name;
    private final Supplier<T> loader;
    private volatile Copy<T> copy;

    public SharedValue(CacheVersions versions, String name, Supplier<T> loader) {
        this.versions = versions;
        this.name = name;
        this.loader = loader;
    }

    public T get() {
        long version = versions.version(name);
        Copy<T> c = copy;
        if (c == null || c.version() != version) {
            // the version is read before loading: a change that commits meanwhile makes the next read load again
            c = new Copy<>(version, loader.get());
            copy = c;
        }
        return c.value();
    }

    /**
     * The cached data changed in the current transaction: every node drops its copy. This node drops
     * it now and again after commit, so no reader keeps rows read before the change committed.
     */
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
