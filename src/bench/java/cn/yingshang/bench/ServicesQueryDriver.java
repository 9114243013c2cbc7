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
        } catch (org.springframework.beans.factory.BeanCreationException e) {
            // Without the web layer some platform beans cannot be built (SecuritySettings, Dec 2026); Flyway has
            // migrated the schema before that, which is all this driver needs. The queries below fail if it did not.
            System.out.println("context did not start, schema migrated: " + e.getMostSpecificCause().getMessage());
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
            // A rating for every tenth granted case, a third of them 差评 (the figures' third basis).
            st.execute("""
                    INSERT INTO svc_rating (case_id, level, named, department, window_name, rated_on, rated_at)
                    SELECT id, 1 + id % 5, id % 2 = 0, department, 'bench', decided_on, now() FROM svc_case
                    WHERE status = 'GRANTED' AND id % 10 = 0 AND decided_on IS NOT NULL ON CONFLICT DO NOTHING""");
            st.execute("VACUUM ANALYZE svc_rating");
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
            // The cockpit's services indicators (CaseFigures.tally): one month, every department and region, three bases.
            String visits = "(CASE WHEN c.channel = 'WINDOW' THEN 1 + (n.case_id IS NOT NULL)::int ELSE 0 END)";
            String applied = ("SELECT c.department, c.region_code, count(*), count(*) FILTER (WHERE c.channel IN ('ONLINE', 'MOBILE')), "
                    + "count(*) FILTER (WHERE c.channel IN ('ONLINE', 'MOBILE') AND i.online_depth = 'FULLY_ONLINE'), count(*) FILTER (WHERE i.instant), "
                    + "sum(i.statutory_days), sum(greatest(i.statutory_days - i.promised_days, 0)), sum(VISITS), count(*) FILTER (WHERE VISITS = 0) "
                    + "FROM svc_case c JOIN svc_implementation i ON i.id = c.implementation_id LEFT JOIN svc_case_notice n ON n.case_id = c.id "
                    + "WHERE c.applied_on BETWEEN ? AND ? GROUP BY c.department, c.region_code").replace("VISITS", visits);
            String decided = "SELECT c.department, c.region_code, count(*), count(*) FILTER (WHERE c.decided_on <= coalesce(c.due_on, c.decided_on)), "
                    + "count(*) FILTER (WHERE n.case_id IS NULL) FROM svc_case c LEFT JOIN svc_case_notice n ON n.case_id = c.id "
                    + "WHERE c.decided_on BETWEEN ? AND ? GROUP BY c.department, c.region_code";
            String rated = "SELECT r.department, c.region_code, count(*), count(*) FILTER (WHERE r.level >= 4), count(*) FILTER (WHERE r.level <= 2), "
                    + "count(*) FILTER (WHERE r.level <= 2 AND b.status IN ('FEEDBACK', 'REVIEW', 'FOLLOW_UP', 'CLOSED')), "
                    + "count(*) FILTER (WHERE r.level <= 2 AND r.named), count(*) FILTER (WHERE r.level <= 2 AND r.named AND b.return_visited_on IS NOT NULL) "
                    + "FROM svc_rating r JOIN svc_case c ON c.id = r.case_id LEFT JOIN svc_bad_rating b ON b.case_id = r.case_id "
                    + "WHERE r.rated_on BETWEEN ? AND ? GROUP BY r.department, c.region_code";
            java.time.YearMonth[] months = new java.time.YearMonth[22];
            for (int m = 0; m < months.length; m++) {
                months[m] = java.time.YearMonth.of(2025, 1).plusMonths(m);
            }
            report.append(AppealQueryDriver.time(c, "cockpit services figures, one month, all departments (applied + decided + rated)", 30,
                    ps -> {
                        java.time.YearMonth m = months[(int) (Math.random() * months.length)];
                        ps.setObject(1, m.atDay(1));
                        ps.setObject(2, m.atEndOfMonth());
                    }, applied, decided, rated));
        }
        System.out.println(report);
        Files.createDirectories(Path.of("bench-results"));
        Files.writeString(Path.of("bench-results", "services-queries.txt"), report.toString());
    }
}
