package cn.yingshang.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Fills svc_implementation to {@code items} implementing-list rows (default 10,000) and svc_case to
 * {@code cases} cases (default 1,000,000, 60 departments), then times the public guide search (the
 * SQL of ServiceGuides.search), the department queue (ServiceCases.queue, by department id since V11_10) and a per-month figures
 * aggregate for one department, writing p50/p95 to bench-results/services-queries.txt.
 */
public final class ServicesQueryDriver {

    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long cases = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        try (ConfigurableApplicationContext app = BenchDatabase.start("--logging.level.org.flywaydb=INFO")) {
            // Flyway has migrated the schema
        }
        StringBuilder report = new StringBuilder("services queries\nmachine: 2-core VM, shared with other builds\nat: " + Instant.now() + "\n");
        try (Connection c = DriverManager.getConnection(BenchDatabase.url(), "postgres", ""); Statement st = c.createStatement()) {
            long t0 = System.nanoTime();
            st.execute("""
                    INSERT INTO svc_implementation (item_code, name, item_type, basis, level, region_code, department,
                      statutory_days, promised_days, since_version, search_text)
                    SELECT 'BENCH-' || g, '生成事项' || g || (ARRAY['登记','许可','备案','核准','变更'])[1 + g % 5], 'LICENSING',
                      '《生成依据》第' || (g % 90) || '条', 'COUNTY', (ARRAY['650102','650103','650104','650105','650121'])[1 + g % 5],
                      '生成部门' || (g % 60), 20, 1 + g % 10, 1, ''
                    FROM generate_series(1, ITEMS) g ON CONFLICT DO NOTHING""".replace("ITEMS", Integer.toString(items)));
            st.execute("""
                    UPDATE svc_implementation SET search_text = lower(item_code || ' ' || name || ' ' || department || ' ' || basis || ' ' || conditions)
                    WHERE search_text = ''""");
            st.execute("""
                    INSERT INTO svc_case (request_key, implementation_id, department, department_id, region_code, credit_code, channel, status,
                      applied_on, accepted_on, due_on, decided_on)
                    SELECT 'bench:' || g, (SELECT min(id) FROM svc_implementation), '生成部门' || (g % 60), 900000 + g % 60, '650102',
                      '91650100BENCH' || lpad((g % 100000)::text, 5, '0'), (ARRAY['ONLINE','WINDOW','MOBILE'])[1 + g % 3],
                      (ARRAY['GRANTED','GRANTED','GRANTED','GRANTED','GRANTED','GRANTED','REFUSED','ACCEPTED','SUBMITTED','SUPPLEMENT_REQUESTED'])[1 + g % 10],
                      DATE '2025-01-01' + (g % 690)::int, DATE '2025-01-01' + (g % 690)::int, DATE '2025-01-03' + (g % 690)::int,
                      CASE WHEN g % 10 < 7 THEN DATE '2025-01-01' + (g % 690)::int + (g % 4)::int END
                    FROM generate_series((SELECT count(*) + 1 FROM svc_case), CASES) g""".replace("CASES", Long.toString(cases)));
            // cases filled before V11_10 carried only the department's name
            st.execute("UPDATE svc_case SET department_id = 900000 + substring(department from 5)::int WHERE department_id IS NULL AND department LIKE '生成部门%'");
            st.execute("VACUUM ANALYZE svc_implementation");
            st.execute("VACUUM ANALYZE svc_case");
            report.append(String.format("filled to %d items / %d cases in %.1f s%n", items, cases, (System.nanoTime() - t0) / 1e9));
            try (ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM svc_implementation), (SELECT count(*) FROM svc_case)")) {
                rs.next();
                report.append("implementations: ").append(rs.getLong(1)).append(", cases: ").append(rs.getLong(2)).append('\n');
            }
            String search = "SELECT id, item_code, name, item_type, basis, level, region_code, department, statutory_days, statutory_count, "
                    + "promised_days, promised_count, instant, channels, online_depth, tongban, service_window, hours, conditions, steps, "
                    + "fees, since_version FROM svc_implementation WHERE TRUE AND search_text LIKE ? ORDER BY item_code, level, region_code LIMIT 200";
            String[] words = {"%刻章%", "%登记%", "%生成部门7%", "%许可%", "%bench-99%", "%公安局%"};
            int[] k = {0};
            report.append(AppealQueryDriver.time(c, "guide search (one word, 200 rows max)", 100,
                    ps -> ps.setString(1, words[k[0]++ % words.length]), search));
            String queue = "SELECT id, implementation_id, department, region_code, credit_code, channel, status, applied_on, accepted_on, due_on, "
                    + "department_id, first_receiver, assignee, decided_on, decision_reason, finished_on, delivered_on, delivery, applicant_name "
                    + "FROM svc_case WHERE department_id IN (?) AND status IN ('SUBMITTED', 'SUPPLEMENT_REQUESTED', 'ACCEPTED') "
                    + "ORDER BY due_on NULLS FIRST, id LIMIT 50";
            report.append(AppealQueryDriver.time(c, "department case queue by department id (page of 50)", 60,
                    ps -> ps.setLong(1, 900000 + (int) (Math.random() * 60)), queue));
            String figures = "SELECT date_trunc('month', applied_on) AS m, count(*), count(*) FILTER (WHERE channel <> 'WINDOW'), "
                    + "count(*) FILTER (WHERE decided_on IS NOT NULL AND decided_on <= due_on), count(*) FILTER (WHERE decided_on IS NOT NULL) "
                    + "FROM svc_case WHERE department = ? GROUP BY 1 ORDER BY 1";
            report.append(AppealQueryDriver.time(c, "department figures per month (online share, on-time)", 30,
                    ps -> ps.setString(1, "生成部门" + (int) (Math.random() * 60)), figures));
        }
        System.out.println(report);
        Files.createDirectories(Path.of("bench-results"));
        Files.writeString(Path.of("bench-results", "services-queries.txt"), report.toString());
    }
}
