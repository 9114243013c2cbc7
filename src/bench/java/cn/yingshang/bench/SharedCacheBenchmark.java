package cn.yingshang.bench;

import cn.yingshang.platform.CacheVersions;
import cn.yingshang.platform.SharedMap;
import cn.yingshang.platform.SharedValue;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the multi-node caches cost a reader (issue 19): a cached read through {@link SharedValue} or
 * {@link SharedMap} (version check against the node's polled copy of platform_cache_version), against
 * the alternative of asking the database for the version on every read (one indexed primary-key
 * SELECT on loopback, {@code YINGSHANG_BENCH_DB_URL} or the bench database).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class SharedCacheBenchmark {

    private final CacheVersions versions = new CacheVersions() {
        @Override
        public long version(String cache) {
            return 7;
        }

        @Override
        public void changed(String cache) {
        }
    };
    private SharedValue<List<String>> categories;
    private SharedMap<String, String> calendars;
    private Connection connection;
    private PreparedStatement versionQuery;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        categories = new SharedValue<>(versions, "appeal.categories", () -> List.of("FEES", "OTHER"));
        calendars = new SharedMap<>(versions, "reference.calendar", region -> "calendar of " + region);
        connection = DriverManager.getConnection(BenchDatabase.url(), "postgres", "");
        // a temporary table of the same shape: the benchmark leaves nothing in a shared database
        connection.createStatement().execute("CREATE TEMP TABLE bench_cache_version "
                + "(name TEXT PRIMARY KEY, version BIGINT NOT NULL, changed_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp())");
        connection.createStatement().execute("INSERT INTO bench_cache_version (name, version) VALUES ('appeal.categories', 7)");
        versionQuery = connection.prepareStatement("SELECT version FROM bench_cache_version WHERE name = ?");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        connection.close();
    }

    @Benchmark
    public List<String> sharedValueRead() {
        return categories.get();
    }

    @Benchmark
    public String sharedMapRead() {
        return calendars.get("650102");
    }

    @Benchmark
    public long versionQueryPerRead() throws Exception {
        versionQuery.setString(1, "appeal.categories");
        try (ResultSet rs = versionQuery.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
