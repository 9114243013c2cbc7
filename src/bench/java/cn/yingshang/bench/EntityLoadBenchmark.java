package cn.yingshang.bench;

import cn.yingshang.demo.DemoEntityGenerator;
import cn.yingshang.registry.MarketEntities;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generating and loading the registry with PostgreSQL COPY into an empty table (target: 2,500,000
 * entities in at most 2 minutes on the 2-core machine). Single shot: each iteration starts empty.
 * Leaves the last load in place, so other benchmarks can run on a full registry.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class EntityLoadBenchmark {

    @Param("2500000")
    public long entities;

    private ConfigurableApplicationContext context;
    private MarketEntities registry;
    private JdbcTemplate jdbc;

    @Setup(Level.Trial)
    public void start() throws Exception {
        context = BenchDatabase.start();
        registry = context.getBean(MarketEntities.class);
        jdbc = context.getBean(JdbcTemplate.class);
    }

    @Setup(Level.Iteration)
    public void empty() {
        jdbc.execute("TRUNCATE registry_market_entity RESTART IDENTITY CASCADE");
    }

    @Benchmark
    public long generateAndLoad() {
        return registry.bulkLoad(new DemoEntityGenerator(20251001, entities, LocalDate.of(2026, 11, 23)));
    }

    @TearDown(Level.Trial)
    public void stop() {
        long loaded = registry.count();
        System.out.println("registry holds " + loaded + " entities");
        context.close();
    }
}
