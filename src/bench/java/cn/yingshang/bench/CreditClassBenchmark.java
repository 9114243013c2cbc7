package cn.yingshang.bench;

import cn.yingshang.credit.CreditProfiles;
import cn.yingshang.credit.CreditRecordKind;
import cn.yingshang.credit.CreditRecords;
import cn.yingshang.credit.NewCreditRecord;
import cn.yingshang.credit.Severity;
import cn.yingshang.credit.internal.BulkClassification;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.CreditRiskClass;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
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
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Credit risk classes (issue 5): recompute the classes of 2,500,000 entities (target ≤ 60 s), and
 * one entity's new record reflected in its class (target ≤ 50 ms). The setup fills credit_record
 * once with COPY: every entity has a licence, 20 % a penalty (minor, ordinary or serious, decided
 * within the last three years, so some have left publicity), 5 % an honour and an A tax level,
 * 1 % a judgment-defaulter entry — about 3.2 million records.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class CreditClassBenchmark {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Param("2500000")
    public int entities;

    private ConfigurableApplicationContext context;
    private BulkClassification bulk;
    private CreditRecords records;
    private CreditProfiles profiles;
    private final AtomicLong sequence = new AtomicLong();
    private final SplittableRandom random = new SplittableRandom(7);

    @Setup(Level.Trial)
    public void start() throws Exception {
        context = BenchDatabase.start();
        bulk = context.getBean(BulkClassification.class);
        records = context.getBean(CreditRecords.class);
        profiles = context.getBean(CreditProfiles.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Long loaded = jdbc.queryForObject("SELECT count(DISTINCT credit_code) FROM credit_record WHERE source_record_id LIKE 'B%'", Long.class);
        if (loaded == null || loaded < entities) {
            jdbc.execute("TRUNCATE credit_record, credit_profile, credit_class_change, credit_dishonesty_entry, "
                    + "credit_repair_step, credit_repair_application, credit_commitment RESTART IDENTITY CASCADE");
            long started = System.nanoTime();
            load(context.getBean(DataSource.class));
            jdbc.execute("ANALYZE credit_record");
            System.out.printf("loaded credit records for %d entities in %d s%n", entities, (System.nanoTime() - started) / 1_000_000_000);
        }
    }

    static String code(int i) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder id = new StringBuilder();
        long v = i;
        for (int k = 0; k < 9; k++) {
            id.append(alphabet.charAt((int) (v % 31)));
            v /= 31;
        }
        return CreditCode.compose("91650102" + id).value();
    }

    private void load(DataSource dataSource) throws Exception {
        SplittableRandom r = new SplittableRandom(20251123);
        try (Connection c = dataSource.getConnection();
             OutputStream out = new PGCopyOutputStream(c.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                     COPY credit_record (credit_code, kind, source_department_code, source_record_id, basis, decided_on,
                                         severity, summary, repairable_from, public_until) FROM STDIN"""), 1 << 20)) {
            StringBuilder line = new StringBuilder(200);
            for (int i = 0; i < entities; i++) {
                String code = code(i);
                row(out, line, code, "LICENCE", "B" + i + "L", "食品经营许可", TODAY.minusDays(r.nextInt(2000)), null);
                int roll = r.nextInt(100);
                if (roll < 20) {
                    Severity s = roll < 8 ? Severity.MINOR : roll < 17 ? Severity.ORDINARY : Severity.SERIOUS;
                    row(out, line, code, "PENALTY", "B" + i + "P", "行政处罚决定书", TODAY.minusDays(r.nextInt(1100)), s);
                } else if (roll < 25) {
                    row(out, line, code, "HONOUR", "B" + i + "H", "守合同重信用企业", TODAY.minusDays(r.nextInt(700)), null);
                    row(out, line, code, "TAX_LEVEL", "B" + i + "T", "纳税信用A级", TODAY.minusDays(r.nextInt(365)), null);
                } else if (roll < 26) {
                    row(out, line, code, "JUDGMENT_DEFAULTER", "B" + i + "J", "执行裁定书", TODAY.minusDays(r.nextInt(700)), Severity.ORDINARY);
                }
            }
        }
    }

    private static void row(OutputStream out, StringBuilder line, String code, String kind, String src, String basis,
                            LocalDate decided, Severity severity) throws java.io.IOException {
        int shortest = severity == null ? 0 : switch (severity) { case MINOR -> 0; case ORDINARY -> 3; case SERIOUS -> 12; };
        int longest = severity == null ? 0 : switch (severity) { case MINOR -> 3; case ORDINARY -> 12; case SERIOUS -> 36; };
        line.setLength(0);
        line.append(code).append('\t').append(kind).append("\t650100-MARKET_REGULATION\t").append(src).append('\t')
                .append(basis).append('\t').append(decided).append('\t').append(severity == null ? "\\N" : severity.name())
                .append("\t\t").append(severity == null ? "\\N" : decided.plusMonths(shortest).toString()).append('\t')
                .append(severity == null ? "\\N" : decided.plusMonths(longest).toString()).append('\n');
        out.write(line.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Every entity's class from scratch or again (the second iteration finds most classes unchanged). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 2)
    public BulkClassification.Result recomputeAll() {
        BulkClassification.Result result = bulk.recomputeAll(TODAY);
        System.out.printf("%n%d entities with public records, %d classes changed, %d ms%n", result.entities(), result.changed(), result.millis());
        return result;
    }

    /** A source department reports a record for one entity; its class is read back already changed. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1, time = 5)
    @Measurement(iterations = 3, time = 10)
    public CreditRiskClass oneEntityChange() {
        String code = code(random.nextInt(entities));
        records.record(new NewCreditRecord(code, CreditRecordKind.PENALTY, "650100-MARKET_REGULATION",
                "BENCH-" + System.nanoTime() + "-" + sequence.incrementAndGet(), "乌市监罚〔2026〕1号", TODAY.minusDays(1),
                Severity.ORDINARY, "基准测试"));
        return profiles.riskClass(CreditCode.of(code));
    }

    /** Loads the data only (exec:exec@driver), so the JMH run itself starts on a filled table. */
    public static void main(String[] args) throws Exception {
        CreditClassBenchmark benchmark = new CreditClassBenchmark();
        benchmark.entities = args.length > 0 ? Integer.parseInt(args[0]) : 2_500_000;
        benchmark.start();
        benchmark.stop();
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }
}
