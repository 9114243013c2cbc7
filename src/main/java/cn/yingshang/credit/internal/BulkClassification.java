package cn.yingshang.credit.internal;

import cn.yingshang.shared.CreditCode;
import cn.yingshang.platform.Text;
import cn.yingshang.credit.CreditClassChanged;
import cn.yingshang.shared.CreditRiskClass;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes every entity's class in one pass (after a scorecard change, and daily): the indicator
 * counts are aggregated in PostgreSQL, the scorecard applies in Java (the same {@link Scorecard} as
 * for one entity), results go back with COPY, and only changed classes are written to the history
 * and published. Only records that feed an indicator are read (licences and compliant results
 * score nothing): an entity without any is B by the scorecard's rule and needs no row. Public only so the
 * benchmark (outside the module) can drive it; no module calls it.
 */
@Service
public class BulkClassification {

    /** {@code entities}: entities with public records whose class was computed; {@code changed}: classes that changed. */
    public record Result(long entities, long changed, long millis) {
    }

    /** Column order of the aggregate, by indicator code. */
    private static final List<String> AGGREGATED = List.of("SERIOUS_RECORDS", "ORDINARY_RECORDS", "MINOR_RECORDS",
            "JUDGMENT_DEFAULTER", "TAX_ARREARS", "HONOURS", "GOOD_TAX_LEVEL");

    private static final String AGGREGATE = """
            SELECT credit_code,
                   count(*) FILTER (WHERE severity = 'SERIOUS'),
                   count(*) FILTER (WHERE severity = 'ORDINARY'),
                   count(*) FILTER (WHERE severity = 'MINOR'),
                   count(*) FILTER (WHERE kind = 'JUDGMENT_DEFAULTER' AND severity IS NOT NULL),
                   count(*) FILTER (WHERE kind = 'TAX_ARREARS' AND severity IS NOT NULL),
                   count(*) FILTER (WHERE kind = 'HONOUR'),
                   count(*) FILTER (WHERE kind = 'TAX_LEVEL' AND severity IS NULL),
                   min(LEAST(COALESCE(public_until, 'infinity'::date), COALESCE(repaired_on, 'infinity'::date)))
            FROM credit_record
            WHERE decided_on <= ? AND (public_until IS NULL OR public_until > ?) AND (repaired_on IS NULL OR repaired_on > ?)
              AND (severity IS NOT NULL OR kind IN ('HONOUR', 'TAX_LEVEL'))
            GROUP BY credit_code""";

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final CreditConfiguration configuration;
    private final DishonestyLists lists;
    private final ApplicationEventPublisher events;

    BulkClassification(DataSource dataSource, CreditConfiguration configuration, DishonestyLists lists,
                       ApplicationEventPublisher events) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(10_000);
        this.dataSource = dataSource;
        this.configuration = configuration;
        this.lists = lists;
        this.events = events;
    }

    @Transactional
    public Result recomputeAll(LocalDate asOf) {
        long started = System.nanoTime();
        jdbc.execute("SET LOCAL work_mem = '256MB'");
        Scorecard scorecard = configuration.scorecard();
        int n = scorecard.indicators().size();
        int[] slot = new int[AGGREGATED.size()];
        for (int k = 0; k < AGGREGATED.size(); k++) {
            slot[k] = indexOf(scorecard, AGGREGATED.get(k));
        }
        int listSlot = indexOf(scorecard, "DISHONESTY_LIST");
        Set<String> dishonest = lists.dishonestCodes(asOf);
        Map<String, LocalDate> listChanges = new HashMap<>();
        jdbc.query("""
                SELECT credit_code, min(LEAST(CASE WHEN effective_on > ? THEN effective_on ELSE 'infinity'::date END,
                                              CASE WHEN ends_on > ? THEN ends_on ELSE 'infinity'::date END))
                FROM credit_dishonesty_entry WHERE ends_on > ? AND (removed_on IS NULL OR removed_on > ?) GROUP BY credit_code""",
                rs -> {
                    LocalDate d = rs.getObject(2, LocalDate.class);
                    if (d != null && d.getYear() < 9999) {
                        listChanges.put(rs.getString(1), d);
                    }
                }, asOf, asOf, asOf, asOf);

        // A B class that cannot change by date alone (e.g. only licences) is the default and needs no row.
        Rows rows = new Rows();
        long[] computed = {0};
        Set<String> seenDishonest = new HashSet<>();
        int[] values = new int[n];
        jdbc.query(AGGREGATE, rs -> {
            String code = rs.getString(1);
            Arrays.fill(values, 0);
            for (int k = 0; k < AGGREGATED.size(); k++) {
                if (slot[k] >= 0) {
                    values[slot[k]] = rs.getInt(k + 2);
                }
            }
            boolean listed = dishonest.contains(code);
            if (listed) {
                seenDishonest.add(code);
                if (listSlot >= 0) {
                    values[listSlot] = 1;
                }
            }
            LocalDate stale = rs.getObject(AGGREGATED.size() + 2, LocalDate.class);
            if (stale != null && stale.getYear() >= 9999) {
                stale = null;
            }
            LocalDate listChange = listChanges.get(code);
            if (listChange != null && (stale == null || listChange.isBefore(stale))) {
                stale = listChange;
            }
            int score = scorecard.score(values);
            CreditRiskClass riskClass = scorecard.thresholds().classOf(score);
            if (riskClass != CreditRiskClass.B || stale != null) {
                rows.add(code, riskClass, score, stale);
            }
            computed[0]++;
        }, asOf, asOf, asOf);
        for (String code : dishonest) {
            if (!seenDishonest.contains(code)) {
                Arrays.fill(values, 0);
                if (listSlot >= 0) {
                    values[listSlot] = 1;
                }
                int score = scorecard.score(values);
                rows.add(code, scorecard.thresholds().classOf(score), score, listChanges.get(code));
                computed[0]++;
            }
        }

        Connection connection = DataSourceUtils.getConnection(dataSource);
        jdbc.execute("CREATE TEMP TABLE credit_profile_new (credit_code CHAR(18) PRIMARY KEY, risk_class CHAR(1) NOT NULL, "
                + "score INT NOT NULL, stale_on DATE) ON COMMIT DROP");
        try (OutputStream out = new PGCopyOutputStream(connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY credit_profile_new (credit_code, risk_class, score, stale_on) FROM STDIN"), 1 << 20)) {
            StringBuilder line = new StringBuilder(64);
            for (int i = 0; i < rows.size; i++) {
                line.setLength(0);
                line.append(rows.codes[i]).append('\t').append(rows.classes[i].name()).append('\t').append(rows.scores[i])
                        .append('\t').append(rows.stales[i] == null ? "\\N" : rows.stales[i].toString()).append('\n');
                out.write(line.toString().getBytes(StandardCharsets.UTF_8));
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(Text.of("credit.classification.bulkWriteFailed", e.getMessage()), e);
        }
        jdbc.execute("ANALYZE credit_profile_new");
        List<CreditClassChanged> changes = new ArrayList<>();
        jdbc.query("""
                INSERT INTO credit_class_change (credit_code, from_class, to_class, score, changed_on, cause)
                SELECT COALESCE(n.credit_code, o.credit_code), COALESCE(o.risk_class, 'B'), COALESCE(n.risk_class, 'B'),
                       COALESCE(n.score, 0), ?, ?
                FROM credit_profile o FULL JOIN credit_profile_new n ON n.credit_code = o.credit_code
                WHERE COALESCE(o.risk_class, 'B') <> COALESCE(n.risk_class, 'B')
                RETURNING credit_code, from_class, to_class""",
                rs -> {
                    changes.add(new CreditClassChanged(CreditCode.of(rs.getString(1)), CreditRiskClass.valueOf(rs.getString(2)),
                            CreditRiskClass.valueOf(rs.getString(3))));
                }, asOf, Text.of("credit.bulkClassification.recomputeCause"));
        jdbc.update("DELETE FROM credit_profile o WHERE NOT EXISTS (SELECT 1 FROM credit_profile_new n WHERE n.credit_code = o.credit_code)");
        jdbc.update("""
                INSERT INTO credit_profile (credit_code, risk_class, score, indicators, computed_on, stale_on)
                SELECT credit_code, risk_class, score, '{}'::jsonb, ?, stale_on FROM credit_profile_new
                ON CONFLICT (credit_code) DO UPDATE SET risk_class = EXCLUDED.risk_class, score = EXCLUDED.score,
                  computed_on = EXCLUDED.computed_on, stale_on = EXCLUDED.stale_on
                WHERE (credit_profile.risk_class, credit_profile.score, credit_profile.stale_on)
                      IS DISTINCT FROM (EXCLUDED.risk_class, EXCLUDED.score, EXCLUDED.stale_on)""", asOf);
        changes.forEach(events::publishEvent);
        return new Result(computed[0], changes.size(), (System.nanoTime() - started) / 1_000_000);
    }

    private static int indexOf(Scorecard scorecard, String code) {
        for (int i = 0; i < scorecard.indicators().size(); i++) {
            if (scorecard.indicators().get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    /** Column-wise results, compact for millions of entities. */
    private static final class Rows {
        String[] codes = new String[1024];
        CreditRiskClass[] classes = new CreditRiskClass[1024];
        int[] scores = new int[1024];
        LocalDate[] stales = new LocalDate[1024];
        int size;

        void add(String code, CreditRiskClass k, int score, LocalDate stale) {
            if (size == codes.length) {
                int cap = size * 2;
                codes = Arrays.copyOf(codes, cap);
                classes = Arrays.copyOf(classes, cap);
                scores = Arrays.copyOf(scores, cap);
                stales = Arrays.copyOf(stales, cap);
            }
            codes[size] = code;
            classes[size] = k;
            scores[size] = score;
            stales[size] = stale;
            size++;
        }
    }
}
