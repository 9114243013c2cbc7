package cn.yingshang.bench;

import cn.yingshang.inspection.internal.InspectionBenchAccess;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 6 end to end on the 2.5M-entity database ({@code YINGSHANG_BENCH_DB_URL}, a clone of
 * yingshang_bench): a joint plan over the whole region (general item of one department, key
 * supervision of another), credit classes A 20 %, C 10 %, D 3 %, rest B. Each round adds a plan,
 * then times
 * <ul>
 *   <li><b>freeze</b>: registry read, scope/class/exclusion filter, pool text, hash, gzip, insert;</li>
 *   <li><b>draw</b> as the platform runs it: load the pool, select, create every task with its items
 *       and inspectors (COPY), reveal the seed — in one transaction;</li>
 *   <li>and, apart, its parts: load (read + gunzip), check of the pool text, and the selection itself
 *       (the ≤ 1 s target), repeated, each time giving the stored selection hash.</li>
 * </ul>
 * Round 2 excludes what round 1 drew (no repeated inspection within 180 days). Args: ratioA ratioB
 * ratioC ratioD rounds (defaults 1 2 5 20 2). Writes bench-results/inspection-draw-&lt;time&gt;.txt.
 */
public final class InspectionDrawDriver {

    private static final int SELECT_REPEATS = 7;

    public static void main(String[] args) throws Exception {
        BigDecimal[] ratios = {arg(args, 0, "1"), arg(args, 1, "2"), arg(args, 2, "5"), arg(args, 3, "20")};
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 2;
        StringBuilder out = new StringBuilder();
        out.append("inspection draw, end to end on ").append(BenchDatabase.url()).append('\n')
                .append("at ").append(OffsetDateTime.now()).append(", cores ").append(Runtime.getRuntime().availableProcessors())
                .append(", max heap ").append(Runtime.getRuntime().maxMemory() >> 20).append(" MB\n")
                .append("ratios A/B/C/D % ").append(Arrays.toString(ratios)).append(", window 180 days\n");
        try (ConfigurableApplicationContext app = BenchDatabase.start()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            // The platform logs each phase of a freeze and a draw; keep those lines for the report.
            var phases = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("cn.yingshang.inspection.internal.Draws");
            var logged = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
            logged.start();
            phases.addAppender(logged);
            phases.setLevel(ch.qos.logback.classic.Level.INFO);
            long[] items = setUp(jdbc, out);
            for (int round = 1; round <= rounds; round++) {
                long plan = newPlan(jdbc, items, ratios, round);
                String load0 = loadAverage();
                long t = System.nanoTime();
                InspectionBenchAccess.commit(app, plan);
                long freezeMs = ms(t);
                var counts = jdbc.sql("SELECT pool_size, excluded_count FROM inspection_draw WHERE plan_id = ?").param(plan)
                        .query((rs, n) -> new int[]{rs.getInt(1), rs.getInt(2)}).single();
                t = System.nanoTime();
                int tasks = InspectionBenchAccess.draw(app, plan);
                long drawMs = ms(t);
                String load1 = loadAverage();
                long inspectors = jdbc.sql("SELECT count(*) FROM inspection_task_inspector ti JOIN inspection_task t ON t.id = ti.task_id"
                        + " WHERE t.plan_id = ?").param(plan).query(Long.class).single();
                String stored = InspectionBenchAccess.selectionHash(app, plan);
                String seed = InspectionBenchAccess.seed(app, plan);
                t = System.nanoTime();
                byte[] text = InspectionBenchAccess.loadPool(app, plan);
                long loadMs = ms(t);
                t = System.nanoTime();
                Object pool = InspectionBenchAccess.parse(text);
                long checkMs = ms(t);
                long[] select = new long[SELECT_REPEATS];
                long[] selectCpu = new long[SELECT_REPEATS];
                var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
                for (int r = 0; r < SELECT_REPEATS; r++) {
                    long cpu = os.getProcessCpuTime();
                    t = System.nanoTime();
                    String hash = InspectionBenchAccess.select(pool, seed, ratios[0], ratios[1], ratios[2], ratios[3]);
                    select[r] = ms(t);
                    selectCpu[r] = (os.getProcessCpuTime() - cpu) / 1_000_000;
                    if (!hash.equals(stored)) {
                        throw new IllegalStateException("the same seed and pool gave another selection: " + hash + " vs " + stored);
                    }
                }
                String load2 = loadAverage();
                String phaseLines = logged.list.stream().map(e -> "    platform log: " + e.getFormattedMessage() + "\n")
                        .collect(java.util.stream.Collectors.joining());
                logged.list.clear();
                long[] sorted = select.clone();
                Arrays.sort(sorted);
                long persistMs = drawMs - loadMs - checkMs - select[0];
                out.append(String.format(Locale.ROOT, """

                                round %d (plan %d): pool %,d entities (%,d excluded by the window), %,d tasks, %,d inspector assignments
                                  freeze (registry read → stored pool + commitment)   %,7d ms
                                  draw as run by the platform (one transaction)       %,7d ms
                                    of which load pool (read + gunzip, %,d bytes)  %,7d ms
                                    of which check of the pool text                  %,7d ms
                                    of which selection (first run)                   %,7d ms
                                    of which tasks + items + inspectors + reveal    ≈%,7d ms
                                  selection alone, %d runs: min %,d ms, median %,d ms, max %,d ms (process CPU per run %s ms)
                                  same selection every run: %s
                                  load average (1/5/15 min) before freeze %s, after draw %s, after selections %s
                                %s""", round, plan, counts[0], counts[1], tasks, inspectors, freezeMs, drawMs, text.length, loadMs, checkMs,
                        select[0], persistMs, SELECT_REPEATS, sorted[0], sorted[SELECT_REPEATS / 2], sorted[SELECT_REPEATS - 1],
                        Arrays.toString(selectCpu), stored, load0, load1, load2, phaseLines));
                System.out.print(out.substring(out.lastIndexOf("\nround")));
            }
        }
        Files.createDirectories(Path.of("bench-results"));
        Path file = Path.of("bench-results", "inspection-draw-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".txt");
        Files.writeString(file, out);
        System.out.print(out);
        System.out.println("Results: " + file.toAbsolutePath());
    }

    /** Classes, two published items of two departments, 30 inspectors each (once per database). */
    private static long[] setUp(JdbcClient jdbc, StringBuilder out) {
        long start = System.nanoTime();
        if (jdbc.sql("SELECT count(*) FROM inspection_entity_class").query(Long.class).single() == 0) {
            jdbc.sql("""
                    INSERT INTO inspection_entity_class (credit_code, risk_class, changed_at)
                    SELECT credit_code, CASE WHEN h < 20 THEN 'A' WHEN h < 30 THEN 'C' ELSE 'D' END, now()
                    FROM (SELECT credit_code, abs(hashtext(credit_code)) % 100 AS h FROM registry_market_entity) t WHERE h < 33""").update();
        }
        long[] departments = jdbc.sql("SELECT id FROM platform_department WHERE region_code = '650000' ORDER BY id LIMIT 2 OFFSET 2")
                .query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
        long[] items = new long[2];
        for (int i = 0; i < 2; i++) {
            String name = "bench-draw-item-" + i;
            long department = departments[i];
            boolean general = i == 0;
            items[i] = jdbc.sql("SELECT id FROM inspection_item WHERE name = ?").param(name).query(Long.class).optional().orElseGet(() ->
                    jdbc.sql("""
                                    INSERT INTO inspection_item (department_id, name, basis, method, scope_region, scope_industry, scope_kinds,
                                                                 key_supervision, published_on, created_at)
                                    VALUES (?, ?, 'bench', 'bench', ?, ?, ?, ?, DATE '2026-01-01', now()) RETURNING id""")
                            .params(department, name, general ? "65" : "650102", general ? "" : "C", general ? "" : "ENTERPRISE", !general)
                            .query(Long.class).single());
            for (int k = 1; k <= 30; k++) {
                long account = 9_000_000 + departments[i] * 100 + k;
                jdbc.sql("""
                                INSERT INTO inspection_inspector (account_id, username, display_name, certificate_no, department_id, region_code)
                                VALUES (?, ?, ?, ?, ?, '650000') ON CONFLICT DO NOTHING""")
                        .params(account, "bench" + account, "检查员" + account, "BENCH-" + account, departments[i]).update();
            }
        }
        out.append(String.format(Locale.ROOT, "set-up (classes, items, inspectors) %,d ms; classes A/C/D: %s%n", ms(start),
                jdbc.sql("SELECT string_agg(risk_class || ' ' || n, ', ' ORDER BY risk_class) FROM "
                        + "(SELECT risk_class, count(*) n FROM inspection_entity_class GROUP BY 1) t").query(String.class).single()));
        return items;
    }

    private static long newPlan(JdbcClient jdbc, long[] items, BigDecimal[] r, int round) {
        long plan = jdbc.sql("""
                        INSERT INTO inspection_plan (title, plan_year, lead_department_id, ratio_a, ratio_b, ratio_c, ratio_d, exclusion_days,
                                                     created_by, created_at)
                        VALUES (?, 2026, (SELECT department_id FROM inspection_item WHERE id = ?), ?, ?, ?, ?, 180, 'bench', now())
                        RETURNING id""")
                .params("bench joint plan round " + round, items[0], r[0], r[1], r[2], r[3]).query(Long.class).single();
        for (long item : items) {
            jdbc.sql("INSERT INTO inspection_plan_item (plan_id, item_id) VALUES (?, ?)").params(plan, item).update();
        }
        return plan;
    }

    private static BigDecimal arg(String[] args, int i, String fallback) {
        return new BigDecimal(args.length > i ? args[i] : fallback);
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + "/" + parts[1] + "/" + parts[2];
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
