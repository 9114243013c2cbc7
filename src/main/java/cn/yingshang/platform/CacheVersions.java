package cn.yingshang.platform;

/**
 * Versions of the data that nodes keep in memory (calendar, categories, time limits, standards,
 * the department tree), stored in the shared database. A change raises the version in its own
 * transaction; every node polls the versions (once a second by default,
 * {@code yingshang.cache.poll-ms}) and drops a copy whose version moved, so a change made on one
 * node is in force on every node within the poll interval. Use {@link SharedValue} and
 * {@link SharedMap} rather than this directly.
 */
public interface CacheVersions {

    /** The latest version of {@code cache} this node knows of; 0 before any change. */
    long version(String cache);

    /** Raises the version of {@code cache} in the current transaction; this node sees it after commit. */
    void changed(String cache);
}
