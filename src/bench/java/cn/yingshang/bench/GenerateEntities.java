package cn.yingshang.bench;

import cn.yingshang.demo.DemoEntityGenerator;
import cn.yingshang.registry.MarketEntities;
import java.time.LocalDate;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Fills a registry with N deterministic demo entities (up to 2,500,000) by COPY, for benchmarks:
 * {@code ./mvnw -Pbench -DskipTests test-compile exec:exec@driver -Ddriver.class=cn.yingshang.bench.GenerateEntities -Ddriver.args="2500000"}.
 * Targets the bench database (YINGSHANG_BENCH_DB_URL, default yingshang_bench); an optional second
 * argument is the seed. Entities already there are kept; codes do not repeat for a given seed and count.
 */
public final class GenerateEntities {

    public static void main(String[] args) throws Exception {
        long count = args.length > 0 ? Long.parseLong(args[0]) : 2_500_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20251001;
        if (count < 1 || count > 2_500_000) {
            throw new IllegalArgumentException("count must be between 1 and 2,500,000");
        }
        try (ConfigurableApplicationContext context = BenchDatabase.start()) {
            MarketEntities registry = context.getBean(MarketEntities.class);
            long started = System.nanoTime();
            long loaded = registry.bulkLoad(new DemoEntityGenerator(seed, count, LocalDate.of(2026, 11, 23)));
            System.out.printf("loaded %d entities in %.1f s; registry holds %d%n", loaded,
                    (System.nanoTime() - started) / 1e9, registry.count());
        }
    }
}
