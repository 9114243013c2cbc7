package cn.yingshang.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Fills the appeal table to {@code rows} appeals (default 1,000,000; set-based INSERT … SELECT
 * generate_series, spread over 2025-01..today, 60 departments, 14 regions, all states), then times
 * the department queue, the office overview and the figures query (the SQL of AppealQueries and
 * AppealFigures) and writes p50/p95 to bench-results/appeal-queries.txt.
 */
public final class AppealQueryDriver {

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        try (ConfigurableApplicationContext app = BenchDatabase.start("--logging.level.org.flywaydb=INFO")) {
            // Flyway has migrated the schema
        }
        String url = BenchDatabase.url();
        StringBuilder report = new StringBuilder("appeal queries over generated appeals\nmachine: 2-core VM, shared\nat: " + Instant.now() + "\n");
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement st = c.createStatement()) {
            report.append(fill(st, rows));
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM appeal")) {
                rs.next();
                report.append("appeals in table: ").append(rs.getLong(1)).append('\n');
            }
            String dept = "SELECT id, tracking_number, appeal_type, category, status, title, region_code, lead_department_id, due_on, warn_on, "
                    + "clock_start, submitted_on, paused_on FROM appeal WHERE lead_department_id = ? AND status IN "
                    + "('DISPATCHED','RETURN_REQUESTED','IN_PROGRESS','EXTENSION_REQUESTED','PAUSE_REQUESTED','PAUSED') ORDER BY due_on, id LIMIT 50";
            String deptCounts = "SELECT count(*), count(*) FILTER (WHERE warn_on <= current_date AND due_on >= current_date), "
                    + "count(*) FILTER (WHERE due_on < current_date) FROM appeal WHERE lead_department_id = ? AND status IN "
                    + "('DISPATCHED','RETURN_REQUESTED','IN_PROGRESS','EXTENSION_REQUESTED','PAUSE_REQUESTED','PAUSED')";
            String office = "SELECT id, tracking_number, appeal_type, category, status, title, region_code, lead_department_id, due_on, warn_on, "
                    + "clock_start, submitted_on, paused_on FROM appeal WHERE status IN ('SUBMITTED','ACCEPTED','RETURN_REQUESTED',"
                    + "'EXTENSION_REQUESTED','PAUSE_REQUESTED','REPLIED') ORDER BY due_on NULLS LAST, id LIMIT 50";
            String overview = "SELECT status, count(*), count(*) FILTER (WHERE warn_on <= current_date AND due_on >= current_date), "
                    + "count(*) FILTER (WHERE due_on < current_date) FROM appeal WHERE status IN ('SUBMITTED','ACCEPTED','DISPATCHED',"
                    + "'RETURN_REQUESTED','IN_PROGRESS','EXTENSION_REQUESTED','PAUSE_REQUESTED','PAUSED','REPLIED') GROUP BY status";
            String figures = "SELECT k, sum(total), sum(responded), sum(dispatched), sum(on_time), sum(replied), sum(resolved), "
                    + "sum(satisfied), sum(rated), sum(reopened), sum(days_sum)::float8 / nullif(sum(days_n), 0) "
                    + "FROM appeal_figures_daily WHERE dim = 'DEPARTMENT' AND day BETWEEN ? AND ? GROUP BY 1 ORDER BY 2 DESC LIMIT 200";
            long r0 = System.nanoTime();
            st.execute("REFRESH MATERIALIZED VIEW CONCURRENTLY appeal_figures_daily");
            report.append(String.format("summary refresh (REFRESH MATERIALIZED VIEW CONCURRENTLY, every 5 min in the app): %.1f s%n",
                    (System.nanoTime() - r0) / 1e9));
            report.append(time(c, "department queue (page of 50 + counts)", 60, ps -> ps.setLong(1, 1 + (long) (Math.random() * 60)), dept, deptCounts));
            report.append(time(c, "office overview (page of 50 + per-status counts)", 60, ps -> { }, office, overview));
            report.append(time(c, "figures by department, 2025-01-01..today", 20, ps -> {
                ps.setObject(1, LocalDate.of(2025, 1, 1));
                ps.setObject(2, LocalDate.now());
            }, figures));
        }
        System.out.println(report);
        Files.createDirectories(Path.of("bench-results"));
        Files.writeString(Path.of("bench-results", "appeal-queries.txt"), report.toString());
    }

    /** Tops the appeal table up to {@code rows} generated appeals (set-based); returns what it did, for the report. */
    static String fill(Statement st, long rows) throws Exception {
        long have;
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM appeal")) {
            rs.next();
            have = rs.getLong(1);
        }
        if (have < rows) {
            long t0 = System.nanoTime();
            st.execute("""
                    INSERT INTO appeal (tracking_number, appeal_type, category, channel, status, region_code, title, content,
                      requester_key, lead_department_id, clock_stage, clock_start, due_on, warn_on, submitted_at, submitted_on,
                      dispatched_on, responded_on, replied_on, replied_late, handling_days, resolution, satisfaction, reopen_count)
                    SELECT 'BQ' || lpad(g::text, 10, '0'),
                      (ARRAY['CONSULTATION','HELP','SUGGESTION','COMPLAINT','REPORT','PRAISE'])[1 + g % 6],
                      (ARRAY['MARKET_ACCESS','GOV_SERVICES','INSPECTION','ARREARS','FEES','CERTIFICATES','FINANCING','LAND_ENERGY','IP','FAIR_COMPETITION','TAX','EMPLOYMENT'])[1 + g % 12],
                      'PORTAL', st.s,
                      (ARRAY['650102','650103','650104','650105','650106','650107','650109','650121','650202','650402','650502','652301','652801','653101'])[1 + g % 14],
                      '诉求标题' || g, '生成的诉求内容，用于性能测试。', md5((g % 200000)::text),
                      CASE WHEN st.s IN ('SUBMITTED','ACCEPTED') THEN NULL ELSE 1 + g % 60 END,
                      CASE WHEN st.s IN ('CLOSED','REPLIED','MERGED','DECLINED') THEN NULL ELSE 'REPLY' END,
                      d.day, d.day + 7, d.day + 5, d.day::timestamptz, d.day,
                      CASE WHEN st.s IN ('SUBMITTED','ACCEPTED','DECLINED') THEN NULL ELSE d.day END,
                      CASE WHEN st.s IN ('CLOSED','REPLIED','IN_PROGRESS') THEN d.day + 1 END,
                      CASE WHEN st.s IN ('CLOSED','REPLIED') THEN d.day + 4 + g % 5 END,
                      CASE WHEN st.s IN ('CLOSED','REPLIED') THEN g % 9 = 0 END,
                      CASE WHEN st.s IN ('CLOSED','REPLIED') THEN 2 + g % 6 END,
                      CASE WHEN st.s = 'CLOSED' THEN (ARRAY['RESOLVED','RESOLVED','PARTLY','NOT_RESOLVED'])[1 + g % 4] END,
                      CASE WHEN st.s = 'CLOSED' THEN (ARRAY['SATISFIED','SATISFIED','BASIC','NOT_SATISFIED'])[1 + g % 4] END,
                      CASE WHEN g % 50 = 0 THEN 1 ELSE 0 END
                    FROM generate_series(%d, %d) g,
                      LATERAL (SELECT CASE WHEN g %% 100 < 88 THEN 'CLOSED' WHEN g %% 100 < 92 THEN 'REPLIED'
                               WHEN g %% 100 < 96 THEN 'IN_PROGRESS' WHEN g %% 100 < 97 THEN 'DISPATCHED'
                               WHEN g %% 100 < 98 THEN 'SUBMITTED' WHEN g %% 100 < 99 THEN 'MERGED' ELSE 'RETURN_REQUESTED' END AS s) st,
                      LATERAL (SELECT DATE '2025-01-01' + (g %% 690)::int AS day) d
                    """.replace("%d, %d", (have + 1) + ", " + rows).replace("%%", "%"));
            // steady state: the deadline notices of generated appeals went out when they fell due, not all at start-up
            st.execute("""
                    INSERT INTO appeal_deadline_notice (appeal_id, kind, due_on, sent_at)
                    SELECT id, CASE WHEN due_on < current_date THEN 'OVERDUE' ELSE 'WARNING' END, due_on, now()
                    FROM appeal WHERE tracking_number LIKE 'BQ%' AND clock_stage IS NOT NULL AND warn_on <= current_date
                    ON CONFLICT DO NOTHING""");
            st.execute("VACUUM ANALYZE appeal");
            return String.format("generated %d appeals in %.1f s%n", rows - have, (System.nanoTime() - t0) / 1e9);
        }
        return "";
    }

    interface Binder {
        void bind(PreparedStatement ps) throws Exception;
    }

    static String time(Connection c, String name, int runs, Binder binder, String... sqls) throws Exception {
        long[] ms = new long[runs];
        for (int i = -3; i < runs; i++) {
            long t0 = System.nanoTime();
            for (String sql : sqls) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    if (sql.contains("?")) {
                        binder.bind(ps);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rs.getObject(1);
                        }
                    }
                }
            }
            if (i >= 0) {
                ms[i] = (System.nanoTime() - t0) / 1000;
            }
        }
        Arrays.sort(ms);
        return String.format("%s: p50 %.1f ms, p95 %.1f ms (%d runs)%n", name, ms[runs / 2] / 1000.0,
                ms[(int) Math.ceil(runs * 0.95) - 1] / 1000.0, runs);
    }
}
