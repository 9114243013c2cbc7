package cn.yingshang.services.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps svc_case_month_figure (V11_50) equal to what the cases count: the triggers of V11_50 append
 * every (month, department) a change touches to svc_case_figure_change; {@link #refresh} recomputes
 * those rows from the cases and deletes the changes it consumed. One refresh at a time (transaction
 * advisory lock); a change committed while a refresh runs keeps its row for the next one, because a
 * refresh deletes only the change rows its statement sees and recomputes after that statement.
 */
@Component
class CaseFigureMonths {

    private static final long LOCK = 0x5356_4346_4947L; // "SVCFIG"

    /** Window visits of a case: applying at the window, and coming back with what a 补正 notice asked for. */
    static final String VISITS = "(CASE WHEN c.channel = 'WINDOW' THEN 1 + (n.case_id IS NOT NULL)::int ELSE 0 END)";

    private static final String RECOMPUTE = """
            WITH k AS (SELECT * FROM unnest(CAST(:months AS date[]), CAST(:depts AS text[])) AS k(month, department)),
            applied AS (
              SELECT k.month, c.department, c.region_code, count(*) AS cases,
                count(*) FILTER (WHERE c.channel IN ('ONLINE', 'MOBILE')) AS online,
                count(*) FILTER (WHERE c.channel IN ('ONLINE', 'MOBILE') AND i.online_depth = 'FULLY_ONLINE') AS fully_online,
                count(*) FILTER (WHERE i.instant) AS instant,
                sum(i.statutory_days) AS statutory_days, sum(greatest(i.statutory_days - i.promised_days, 0)) AS compressed_days,
                sum(VISITS) AS visits, count(*) FILTER (WHERE VISITS = 0) AS zero_visits,
                0 AS decided, 0 AS on_time, 0 AS first_time,
                0 AS ratings, 0 AS good_ratings, 0 AS bad_ratings, 0 AS bad_rectified, 0 AS named_bad, 0 AS return_visited
              FROM k JOIN svc_case c ON c.department = k.department
                AND c.applied_on >= k.month AND c.applied_on < CAST(k.month + INTERVAL '1 month' AS date)
              JOIN svc_implementation i ON i.id = c.implementation_id
              LEFT JOIN svc_case_notice n ON n.case_id = c.id
              GROUP BY k.month, c.department, c.region_code),
            decided AS (
              SELECT k.month, c.department, c.region_code, 0, 0, 0, 0, 0, 0, 0, 0,
                count(*), count(*) FILTER (WHERE c.decided_on <= coalesce(c.due_on, c.decided_on)),
                count(*) FILTER (WHERE n.case_id IS NULL),
                0, 0, 0, 0, 0, 0
              FROM k JOIN svc_case c ON c.department = k.department
                AND c.decided_on >= k.month AND c.decided_on < CAST(k.month + INTERVAL '1 month' AS date)
              LEFT JOIN svc_case_notice n ON n.case_id = c.id
              GROUP BY k.month, c.department, c.region_code),
            rated AS (
              SELECT k.month, r.department, c.region_code, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                count(*), count(*) FILTER (WHERE r.level >= 4), count(*) FILTER (WHERE r.level <= 2),
                count(*) FILTER (WHERE r.level <= 2 AND b.status IN ('FEEDBACK', 'REVIEW', 'FOLLOW_UP', 'CLOSED')),
                count(*) FILTER (WHERE r.level <= 2 AND r.named),
                count(*) FILTER (WHERE r.level <= 2 AND r.named AND b.return_visited_on IS NOT NULL)
              FROM k JOIN svc_rating r ON r.department = k.department
                AND r.rated_on >= k.month AND r.rated_on < CAST(k.month + INTERVAL '1 month' AS date)
              JOIN svc_case c ON c.id = r.case_id
              LEFT JOIN svc_bad_rating b ON b.case_id = r.case_id
              GROUP BY k.month, r.department, c.region_code)
            INSERT INTO svc_case_month_figure (month, department, region_code, cases, online, fully_online, instant,
              statutory_days, compressed_days, visits, zero_visits, decided, on_time, first_time, ratings, good_ratings,
              bad_ratings, bad_rectified, named_bad, return_visited)
            SELECT month, department, region_code, sum(cases), sum(online), sum(fully_online), sum(instant),
              sum(statutory_days), sum(compressed_days), sum(visits), sum(zero_visits), sum(decided), sum(on_time),
              sum(first_time), sum(ratings), sum(good_ratings), sum(bad_ratings), sum(bad_rectified), sum(named_bad),
              sum(return_visited)
            FROM (SELECT * FROM applied UNION ALL SELECT * FROM decided UNION ALL SELECT * FROM rated) u
            GROUP BY month, department, region_code""".replace("VISITS", VISITS);

    /** Change rows folded in per transaction, so a large backlog (a new installation, a bulk load) never meets the statement timeout. */
    static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    CaseFigureMonths(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Every few minutes on one node (ShedLock), so reads seldom find changes to fold in. */
    @Scheduled(fixedDelayString = "${yingshang.services.figure-refresh-delay:PT2M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "services-figure-months", lockAtMostFor = "PT10M")
    void scheduled() {
        refresh(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 1));
    }

    /** Whether changes wait to be folded into the months from {@code from} to {@code to} (first days). */
    boolean pending(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM svc_case_figure_change WHERE month BETWEEN :from AND :to)")
                .param("from", from).param("to", to).query(Boolean.class).single();
    }

    /**
     * Recomputes the (month, department) rows that changed in the months from {@code from} to
     * {@code to} (first days of months), {@link #BATCH} changes per transaction of its own (so a
     * read-only caller can fold pending changes in before reading); returns how many rows were recomputed.
     */
    int refresh(LocalDate from, LocalDate to) {
        int total = 0;
        while (true) {
            Integer done = tx.execute(status -> batch(from, to));
            if (done == null || done == 0) {
                return total;
            }
            total += done;
        }
    }

    private int batch(LocalDate from, LocalDate to) {
        jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(:lock)) l").param("lock", LOCK).query(Integer.class).single();
        Set<List<String>> keys = new LinkedHashSet<>(jdbc.sql("""
                        DELETE FROM svc_case_figure_change WHERE id IN (
                          SELECT id FROM svc_case_figure_change WHERE month BETWEEN :from AND :to ORDER BY id LIMIT :batch)
                        RETURNING month, department""")
                .param("from", from).param("to", to).param("batch", BATCH)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).list());
        if (keys.isEmpty()) {
            return 0;
        }
        List<String> months = new ArrayList<>();
        List<String> depts = new ArrayList<>();
        keys.forEach(k -> {
            months.add(k.get(0));
            depts.add(k.get(1));
        });
        String[] m = months.toArray(String[]::new);
        String[] d = depts.toArray(String[]::new);
        jdbc.sql("""
                        DELETE FROM svc_case_month_figure f
                        USING unnest(CAST(:months AS date[]), CAST(:depts AS text[])) AS k(month, department)
                        WHERE f.month = k.month AND f.department = k.department""")
                .param("months", m).param("depts", d).update();
        jdbc.sql(RECOMPUTE).param("months", m).param("depts", d).update();
        return keys.size();
    }
}
