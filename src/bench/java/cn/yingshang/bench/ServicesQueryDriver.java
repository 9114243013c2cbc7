package cn.yingshang.bench;

import cn.yingshang.cockpit.internal.CockpitBenchAccess;
import cn.yingshang.services.internal.ServicesBenchAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 15's services benchmark. Fills svc_implementation to {@code items} implementing-list rows
 * (default 10,000, 60 departments, 5 regions) and svc_case to {@code cases} cases (default 1,000,000)
 * with SQL alone (generate_series, triggers and foreign-key checks off while filling), then folds them
 * into the monthly figures table (V11_50) and times, with the platform's own beans where they exist:
 * the public guide search, the department and office case queue (keyset pages, V11_50 indexes), the
 * figures per department and month, the cockpit's services indicators for a month, and the cost of
 * keeping the figures current after a case is decided. The figures before V11_50 (OFFSET queue, counting
 * from the cases) are timed alongside for comparison. Writes bench-results/services-queries.txt.
 *
 * <p>Distribution: departments skewed (a few busy ones, many quiet ones), items skewed within each
 * department, applications growing over 690 days (2025-01 … 2026-11), 55 % online, 20 % mobile, 25 % at
 * the window; the last 40 days mostly open, older cases decided (85 % granted, ≈ 88 % on time), a
 * 补正 notice on ≈ 8 %, a rating on 30 % of granted cases (≈ 8 % 差评, each with its 差评 loop).
 */
public final class ServicesQueryDriver {

    private static final int DEPARTMENTS = 60;

    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long cases = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        StringBuilder report = new StringBuilder("services queries (issue 15)\n");
        report.append("machine: ").append(Runtime.getRuntime().availableProcessors()).append("-core VM, shared with other builds; ")
                .append("load average at start ").append(loadAverage()).append('\n');
        report.append("at: ").append(Instant.now()).append('\n');
        try (ConfigurableApplicationContext app = BenchDatabase.start("--logging.level.org.flywaydb=INFO",
                "--yingshang.services.figure-refresh-delay=PT24H", "--spring.datasource.hikari.maximum-pool-size=4",
                "--spring.datasource.hikari.minimum-idle=1");
             Connection c = DriverManager.getConnection(BenchDatabase.url(), "postgres", "");
             Statement st = c.createStatement()) {
            ServicesBenchAccess services = new ServicesBenchAccess(app);
            CockpitBenchAccess cockpit = new CockpitBenchAccess(app, "services");
            fill(st, items, cases, report);
            long t0 = System.nanoTime();
            int keys = services.refreshAll();
            emit(report, String.format("monthly figures built from scratch: %d (month, department) rows in %.1f s%n", keys,
                    (System.nanoTime() - t0) / 1e9));
            st.execute("VACUUM ANALYZE svc_case_month_figure");
            try (ResultSet rs = st.executeQuery("""
                    SELECT (SELECT count(*) FROM svc_implementation), (SELECT count(*) FROM svc_case),
                      (SELECT count(*) FROM svc_case WHERE status IN ('SUBMITTED', 'SUPPLEMENT_REQUESTED', 'ACCEPTED')),
                      (SELECT count(*) FROM svc_rating), (SELECT count(*) FROM svc_case_notice),
                      (SELECT count(*) FROM svc_case WHERE department_id = 900000 AND status IN ('SUBMITTED', 'SUPPLEMENT_REQUESTED', 'ACCEPTED'))""")) {
                rs.next();
                emit(report, String.format("implementations: %d, cases: %d (open %d; busiest department open %d), ratings: %d, notices: %d%n",
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(6), rs.getLong(4), rs.getLong(5)));
            }
            Random random = new Random(15);
            String search = "SELECT id, item_code, name, item_type, basis, level, region_code, department, statutory_days, statutory_count, "
                    + "promised_days, promised_count, instant, channels, online_depth, tongban, service_window, hours, conditions, steps, "
                    + "fees, since_version FROM svc_implementation WHERE TRUE AND search_text LIKE ? ORDER BY item_code, level, region_code LIMIT 200";
            String[] words = {"%刻章%", "%登记%", "%生成部门7%", "%许可%", "%bench-99%", "%公安局%"};
            int[] k = {0};
            emit(report, AppealQueryDriver.time(c, "guide search (one word, 200 rows max)", runs,
                    ps -> ps.setString(1, words[k[0]++ % words.length]), search));

            emit(report, time("queue: department, first page of 50 by deadline, with capped total (CaseQueue)", runs,
                    () -> services.queue(List.of(department(random)), null, null)));
            List<String[]> cursors = new ArrayList<>();
            for (int d = 0; d < 12; d++) {
                String after = null;
                for (int p = 0; p < 5; p++) {
                    String next = services.queue(List.of(900000L + d), null, after);
                    if (next == null) {
                        break;
                    }
                    after = next;
                }
                if (after != null) {
                    cursors.add(new String[] {Long.toString(900000L + d), after});
                }
            }
            emit(report, time("queue: department, up to the sixth page by deadline (seek after the last row shown)", runs, () -> {
                String[] cur = cursors.get(random.nextInt(cursors.size()));
                return services.queue(List.of(Long.parseLong(cur[0])), null, cur[1]);
            }));
            emit(report, time("queue: department, first page by case number, newest first", runs,
                    () -> services.queue(List.of(department(random)), "no,desc", null)));
            emit(report, time("queue: office (every department), first page by deadline", runs,
                    () -> services.queue(null, null, null)));
            String offsetQueue = "SELECT id, implementation_id, department, region_code, credit_code, channel, status, applied_on, accepted_on, due_on, "
                    + "department_id, first_receiver, assignee, decided_on, decision_reason, finished_on, delivered_on, delivery, applicant_name "
                    + "FROM svc_case WHERE status IN ('SUBMITTED', 'SUPPLEMENT_REQUESTED', 'ACCEPTED') "
                    + "ORDER BY due_on NULLS FIRST, id LIMIT 50 OFFSET 5000";
            String offsetCount = "SELECT count(*) FROM svc_case WHERE status IN ('SUBMITTED', 'SUPPLEMENT_REQUESTED', 'ACCEPTED')";
            emit(report, AppealQueryDriver.time(c, "  before (for comparison): office queue page 101 by OFFSET + count(*)", Math.max(10, runs / 5),
                    ps -> { }, offsetQueue, offsetCount));

            String departmentMonths = "SELECT month, sum(cases), sum(online), sum(decided), sum(on_time), sum(first_time), sum(ratings), "
                    + "sum(good_ratings) FROM svc_case_month_figure WHERE department = ? GROUP BY month ORDER BY month";
            emit(report, AppealQueryDriver.time(c, "figures: one department, every month (on-time, online, 一次办结, 好评 rates)", runs,
                    ps -> ps.setString(1, "生成部门" + (department(random) - 900000)), departmentMonths));
            YearMonth[] months = new YearMonth[23];
            for (int m = 0; m < months.length; m++) {
                months[m] = YearMonth.of(2025, 1).plusMonths(m);
            }
            emit(report, time("cockpit: services indicators, one month, every measure, department and region (ServiceFigureSource)", runs,
                    () -> cockpit.tallyAll(months[random.nextInt(months.length)])));
            emit(report, time("figures: one year, every department and region (ServiceFigures.tally)", Math.max(10, runs / 5),
                    () -> services.tally(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))));
            emit(report, time("  before (for comparison): one month counted from the cases", Math.max(10, runs / 5), () -> {
                YearMonth m = months[random.nextInt(months.length)];
                return services.countedTally(m.atDay(1), m.atEndOfMonth());
            }));
            // Keeping the figures current: a case is decided (its trigger notes the month), then the cockpit reads
            // the month, folding the change in first.
            emit(report, time("upkeep: a case decided, then the cockpit's month read (refreshing that department's month)", Math.max(10, runs / 5), () -> {
                try (Statement u = c.createStatement()) {
                    u.executeUpdate("UPDATE svc_case SET status = 'GRANTED', decided_on = coalesce(accepted_on, applied_on) + 1 WHERE id = ("
                            + "SELECT id FROM svc_case WHERE status = 'ACCEPTED' AND department_id = " + department(random) + " LIMIT 1)");
                }
                return cockpit.tallyAll(YearMonth.of(2026, 11));
            }));
            report.append("load average at end ").append(loadAverage()).append('\n');
        }
        Files.createDirectories(Path.of("bench-results"));
        Files.writeString(Path.of("bench-results", "services-queries.txt"), report.toString());
    }

    /** A department id, busy ones more often (as handlers are spread). */
    private static long department(Random random) {
        return 900000L + (long) Math.floor(DEPARTMENTS * Math.pow(random.nextDouble(), 1.6));
    }

    private static void fill(Statement st, int items, long cases, StringBuilder report) throws Exception {
        long t0 = System.nanoTime();
        long have;
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM svc_case WHERE request_key LIKE 'bench:%'")) {
            rs.next();
            have = rs.getLong(1);
        }
        if (have >= cases) {
            report.append("cases already filled (").append(have).append(")\n");
            return;
        }
        st.execute("SET session_replication_role = replica"); // no triggers, no FK checks while filling
        st.execute("SELECT setseed(0.15)");
        st.execute("""
                INSERT INTO svc_implementation (item_code, name, item_type, basis, level, region_code, department,
                  statutory_days, promised_days, instant, online_depth, since_version, search_text)
                SELECT 'BENCH-' || g, '生成事项' || g || (ARRAY['登记','许可','备案','核准','变更'])[1 + g % 5], 'LICENSING',
                  '《生成依据》第' || (g % 90) || '条', 'COUNTY', (ARRAY['650102','650103','650104','650105','650121'])[1 + g % 5],
                  '生成部门' || (g % 60), 20, 1 + g % 10, g % 10 = 0, CASE WHEN g % 3 = 0 THEN 'ONE_VISIT' ELSE 'FULLY_ONLINE' END, 1, ''
                FROM generate_series(1, ITEMS) g ON CONFLICT DO NOTHING""".replace("ITEMS", Integer.toString(items)));
        st.execute("""
                UPDATE svc_implementation SET search_text = lower(item_code || ' ' || name || ' ' || department || ' ' || basis || ' ' || conditions)
                WHERE search_text = ''""");
        st.execute("DROP TABLE IF EXISTS bench_impl");
        st.execute("""
                CREATE TEMP TABLE bench_impl AS
                SELECT id, substring(department from 5)::int AS dept, region_code, promised_days,
                  (row_number() OVER (PARTITION BY department ORDER BY id) - 1)::int AS k
                FROM svc_implementation WHERE item_code LIKE 'BENCH-%'""");
        st.execute("CREATE INDEX ON bench_impl (dept, k)");
        st.execute("ANALYZE bench_impl");
        int perDepartment;
        try (ResultSet rs = st.executeQuery("SELECT min(n) FROM (SELECT count(*) AS n FROM bench_impl GROUP BY dept) x")) {
            rs.next();
            perDepartment = rs.getInt(1);
        }
        // Open in the last 40 days (three in four), else decided; a few old cases stuck open (overdue).
        st.execute("""
                INSERT INTO svc_case (request_key, implementation_id, department, department_id, region_code, credit_code, channel,
                  status, applied_on, accepted_on, due_on, decided_on, finished_on, first_receiver, assignee)
                SELECT 'bench:' || s.g, i.id, '生成部门' || s.dept, 900000 + s.dept, i.region_code,
                  '91650100BENCH' || lpad(s.ent::text, 5, '0'),
                  CASE WHEN s.r_channel < 0.55 THEN 'ONLINE' WHEN s.r_channel < 0.75 THEN 'MOBILE' ELSE 'WINDOW' END,
                  s.status, s.applied,
                  CASE WHEN s.status NOT IN ('SUBMITTED', 'DECLINED') THEN s.applied + s.wait END,
                  CASE WHEN s.status NOT IN ('SUBMITTED', 'DECLINED') THEN s.applied + s.wait + ceil(i.promised_days * 1.4)::int END,
                  CASE WHEN s.status IN ('GRANTED', 'REFUSED', 'WITHDRAWN') THEN s.applied + s.wait + floor(i.promised_days * 1.6 * s.r_time)::int
                       WHEN s.status = 'DECLINED' THEN s.applied + 1 END,
                  CASE WHEN s.status = 'GRANTED' THEN s.applied + s.wait + floor(i.promised_days * 1.6 * s.r_time)::int END,
                  'bench.handler' || s.dept, 'bench.handler' || s.dept
                FROM (
                  SELECT g, dept, k, ent, r_channel, r_time, wait, applied,
                    CASE WHEN (DATE '2026-11-21' - applied < 40 AND r_open < 0.75) OR r_open < 0.005
                         THEN (ARRAY['SUBMITTED', 'ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'SUPPLEMENT_REQUESTED',
                                     'SUBMITTED'])[1 + floor(r_status * 8)::int]
                         ELSE (ARRAY['GRANTED', 'GRANTED', 'GRANTED', 'GRANTED', 'GRANTED', 'GRANTED', 'GRANTED', 'GRANTED', 'GRANTED',
                                     'GRANTED', 'GRANTED', 'GRANTED', 'GRANTED', 'GRANTED', 'GRANTED', 'GRANTED', 'GRANTED', 'REFUSED',
                                     'DECLINED', 'WITHDRAWN'])[1 + floor(r_status * 20)::int] END AS status
                  FROM (
                    SELECT g, floor(60 * power(random(), 1.6))::int AS dept, floor(PER * power(random(), 2))::int AS k,
                      floor(random() * 100000)::int AS ent, random() AS r_channel, random() AS r_time, (random() * 2)::int AS wait,
                      DATE '2025-01-01' + floor(690 * sqrt(random()))::int AS applied, random() AS r_open, random() AS r_status
                    FROM generate_series(FIRST, LAST) g) s0
                ) s JOIN bench_impl i ON i.dept = s.dept AND i.k = s.k"""
                .replace("PER", Integer.toString(perDepartment)).replace("FIRST", Long.toString(have + 1))
                .replace("LAST", Long.toString(cases)));
        // 补正 notices: every case waiting for materials and one decided case in fourteen.
        st.execute("""
                INSERT INTO svc_case_notice (case_id, materials, supply_by, issued_at, issued_by)
                SELECT id, ARRAY['营业执照'], applied_on + 5, now(), 'bench' FROM svc_case
                WHERE request_key LIKE 'bench:%' AND (status = 'SUPPLEMENT_REQUESTED' OR (decided_on IS NOT NULL AND id % 14 = 0))
                ON CONFLICT DO NOTHING""");
        // 好差评: three granted cases in ten rated, 70 % 5 stars … 3 % 1 star; 差评 in their loop, named ones mostly visited.
        st.execute("""
                INSERT INTO svc_rating (case_id, level, named, department, window_name, rated_on, rated_at)
                SELECT id, CASE WHEN r < 0.70 THEN 5 WHEN r < 0.85 THEN 4 WHEN r < 0.92 THEN 3 WHEN r < 0.97 THEN 2 ELSE 1 END,
                  named, department, 'bench', finished_on + 1, now()
                FROM (SELECT id, random() AS r, random() < 0.6 AS named, department, finished_on FROM svc_case
                      WHERE request_key LIKE 'bench:%' AND status = 'GRANTED' AND finished_on IS NOT NULL AND id % 10 < 3) x
                ON CONFLICT DO NOTHING""");
        st.execute("""
                INSERT INTO svc_bad_rating (case_id, status, return_visited_on)
                SELECT case_id, (ARRAY['VERIFYING', 'RECTIFYING', 'FEEDBACK', 'REVIEW', 'FOLLOW_UP', 'CLOSED', 'CLOSED', 'CLOSED'])[1 + floor(random() * 8)::int],
                  CASE WHEN named AND random() < 0.8 THEN rated_on + 3 END
                FROM svc_rating WHERE window_name = 'bench' AND level <= 2 ON CONFLICT DO NOTHING""");
        st.execute("SET session_replication_role = DEFAULT");
        // The triggers were off: every month and department is to be computed.
        st.execute("""
                INSERT INTO svc_case_figure_change (month, department)
                SELECT DISTINCT m, department FROM (
                  SELECT date_trunc('month', applied_on)::date AS m, department FROM svc_case
                  UNION SELECT date_trunc('month', decided_on)::date, department FROM svc_case WHERE decided_on IS NOT NULL
                  UNION SELECT date_trunc('month', rated_on)::date, department FROM svc_rating) k""");
        for (String table : new String[] {"svc_implementation", "svc_case", "svc_case_notice", "svc_rating", "svc_bad_rating"}) {
            st.execute("VACUUM ANALYZE " + table);
        }
        emit(report, String.format("filled to %d items / %d cases in %.1f s%n", items, cases, (System.nanoTime() - t0) / 1e9));
    }

    private static String time(String name, int runs, Callable<?> call) throws Exception {
        long[] us = new long[runs];
        for (int i = -3; i < runs; i++) {
            long t0 = System.nanoTime();
            call.call();
            if (i >= 0) {
                us[i] = (System.nanoTime() - t0) / 1000;
            }
        }
        Arrays.sort(us);
        return String.format("%s: p50 %.1f ms, p95 %.1f ms (%d runs)%n", name, us[runs / 2] / 1000.0,
                us[(int) Math.ceil(runs * 0.95) - 1] / 1000.0, runs);
    }

    private static void emit(StringBuilder report, String line) {
        report.append(line);
        System.out.print(line);
        System.out.flush();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
