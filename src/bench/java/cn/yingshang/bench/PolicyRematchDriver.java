package cn.yingshang.bench;

import cn.yingshang.policy.internal.CompiledRule;
import cn.yingshang.policy.internal.EntityColumns;
import cn.yingshang.policy.internal.EntityFacts;
import cn.yingshang.policy.internal.MatchEngine;
import cn.yingshang.policy.internal.PolicyTemplates;
import cn.yingshang.policy.internal.Rule;
import cn.yingshang.registry.MarketEntities;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole nightly re-match on the real database, phase by phase, so the note can say exactly what
 * the full-match figure covers: (1) load the registry (2,500,000 rows) and the credit projection
 * into the column table, as the policy module does at start; (2) evaluate 1,000 template policies;
 * (3) after 1 % of the entities changed headcount and revenue (half up, half down), evaluate again and compute the
 * differences (new, lost) in memory; (4) write only those differences with COPY into a scratch
 * table shaped like {@code policy_match} (same keys and indexes; the template policies are not
 * rows of {@code policy_policy}, so the real table's foreign key would refuse them).
 * Run on a clone of yingshang_bench (YINGSHANG_BENCH_DB_URL). Writes bench-results/PolicyRematch-&lt;time&gt;.md.
 */
public final class PolicyRematchDriver {

    public static void main(String[] args) throws Exception {
        int policies = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        String loadBefore = load();
        try (ConfigurableApplicationContext context = BenchDatabase.start()) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            MarketEntities registry = context.getBean(MarketEntities.class);
            StringBuilder report = new StringBuilder();

            long t = System.nanoTime();
            Map<String, EntityFacts.CreditStatus> credit = new HashMap<>();
            jdbc.query("SELECT credit_code, credit_class, dishonest, excluded_from_auto_grant FROM policy_credit_status",
                    rs -> {
                        credit.put(rs.getString(1), new EntityFacts.CreditStatus(rs.getString(2), rs.getBoolean(3), rs.getBoolean(4)));
                    });
            EntityColumns table = new EntityColumns();
            List<String> changed = new ArrayList<>();
            List<EntityFacts> changedFacts = new ArrayList<>();
            registry.forEach(e -> {
                EntityFacts.CreditStatus c = credit.getOrDefault(e.creditCode().value(), EntityFacts.CreditStatus.ORDINARY);
                EntityFacts f = EntityFacts.of(e, c);
                int row = table.put(e.creditCode().value(), f);
                table.setCredit(row, c.creditClass(), c.dishonest(), c.excludedFromAutoGrant());
                if (row % 100 == 0) {
                    changed.add(e.creditCode().value());
                    // half of them grow, half shrink, so the day brings both new and lost matches
                    boolean grows = changed.size() % 2 == 1;
                    int headcount = f.headcount() == null ? 12 : Math.max(0, f.headcount() + (grows ? 7 : -7));
                    double revenue = f.revenue() == null ? 150.0 : f.revenue() * (grows ? 1.3 : 0.7);
                    changedFacts.add(new EntityFacts(f.region(), f.industry(), f.size(), f.kind(), f.ownership(), f.established(),
                            headcount, revenue, f.assets(), f.qualifications(), f.tags(), f.creditClass(), f.dishonest(), f.active()));
                }
            });
            long loadMs = ms(t);
            line(report, "load registry + credit projection into the column table: %d ms (%d entities)", loadMs, table.size());

            LocalDate asOf = LocalDate.now();
            List<Rule> rules = PolicyTemplates.generate(policies, PolicyBenchData.POLICY_SEED);
            List<CompiledRule> compiled = new ArrayList<>();
            for (int i = 0; i < rules.size(); i++) {
                compiled.add(new CompiledRule(i, rules.get(i), i % 3 == 0, table, asOf));
            }
            MatchEngine engine = new MatchEngine(table);
            t = System.nanoTime();
            int[][] before = engine.matchAll(compiled);
            line(report, "evaluate %d policies (first, cold JIT): %d ms, %d matches", policies, ms(t), total(before));
            t = System.nanoTime();
            before = engine.matchAll(compiled);
            line(report, "evaluate %d policies (second): %d ms", policies, ms(t));

            t = System.nanoTime();
            for (int i = 0; i < changed.size(); i++) {
                table.put(changed.get(i), changedFacts.get(i)); // keeps the row's credit projection
            }
            line(report, "apply %d entity changes (1 %%) to the table: %d ms", changed.size(), ms(t));
            t = System.nanoTime();
            int[][] after = engine.matchAll(compiled);
            long evaluateMs = ms(t);
            t = System.nanoTime();
            StringBuilder added = new StringBuilder();
            StringBuilder lost = new StringBuilder();
            long[] counts = new long[2];
            for (int p = 0; p < after.length; p++) {
                difference(p, before[p], after[p], table, added, lost, counts);
            }
            long diffMs = ms(t);
            line(report, "re-evaluate: %d ms; differences in memory: %d ms (%d new, %d lost)", evaluateMs, diffMs, counts[0], counts[1]);

            DataSource dataSource = context.getBean(DataSource.class);
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
                st.execute("DROP TABLE IF EXISTS policy_match_bench");
                st.execute("CREATE UNLOGGED TABLE policy_match_bench (LIKE policy_match INCLUDING ALL)");
                st.execute("CREATE TEMP TABLE policy_match_lost (policy_id BIGINT, credit_code CHAR(18))");
                t = System.nanoTime();
                var copy = c.unwrap(PGConnection.class).getCopyAPI();
                copy.copyIn("COPY policy_match_bench (policy_id, credit_code, matched_at) FROM STDIN", new StringReader(added.toString()));
                copy.copyIn("COPY policy_match_lost (policy_id, credit_code) FROM STDIN", new StringReader(lost.toString()));
                st.execute("DELETE FROM policy_match_bench m USING policy_match_lost l WHERE m.policy_id = l.policy_id AND m.credit_code = l.credit_code");
                long writeMs = ms(t);
                line(report, "write the differences with COPY (new rows; lost rows deleted through a COPY-filled temp table): %d ms", writeMs);
                line(report, "nightly re-match after 1 %% changes, evaluate + differences + write: %d ms (loading is done once at start: %d ms)",
                        evaluateMs + diffMs + writeMs, loadMs);
                st.execute("DROP TABLE policy_match_bench");
            }
            String out = String.format("# Policy re-match on the database, phase by phase (%d policies)%n%n- load average before: %s; after: %s%n%s",
                    policies, loadBefore, load(), report);
            Path dir = Path.of("bench-results");
            Files.createDirectories(dir);
            Path file = dir.resolve("PolicyRematch-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + ".md");
            Files.writeString(file, out);
            System.out.println(out);
            System.out.println("Results: " + file.toAbsolutePath());
        }
    }

    /** Merges two ascending row lists of one policy into COPY lines for the new and the lost matches. */
    private static void difference(int policy, int[] before, int[] after, EntityColumns table, StringBuilder added,
                                   StringBuilder lost, long[] counts) {
        int i = 0;
        int j = 0;
        String now = java.time.OffsetDateTime.now().toString();
        while (i < before.length || j < after.length) {
            if (j == after.length || (i < before.length && before[i] < after[j])) {
                lost.append(policy).append('\t').append(table.code(before[i++])).append('\n');
                counts[1]++;
            } else if (i == before.length || after[j] < before[i]) {
                added.append(policy).append('\t').append(table.code(after[j++])).append('\t').append(now).append('\n');
                counts[0]++;
            } else {
                i++;
                j++;
            }
        }
    }

    private static long total(int[][] result) {
        long n = 0;
        for (int[] r : result) {
            n += r.length;
        }
        return n;
    }

    private static long ms(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static void line(StringBuilder report, String format, Object... args) {
        String s = "- " + String.format(format, args);
        System.out.println(s);
        report.append(s).append(System.lineSeparator());
    }

    private static String load() throws Exception {
        String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return f[0] + ", " + f[1] + ", " + f[2];
    }
}
