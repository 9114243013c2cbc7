package cn.yingshang.services.internal;

import cn.yingshang.services.ServiceFigures.Measure;
import cn.yingshang.services.ServiceFigures.Tally;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The services figures counted straight from the cases, one aggregate per basis (applied, decided,
 * rated), each a range scan on its date index (V11_20) grouped by department and region: for ranges
 * that are not whole months, and the reference the monthly table (CaseFigureMonths) must agree with.
 */
@Component
class CaseFigureCount {

    private static final String VISITS = CaseFigureMonths.VISITS;

    private final JdbcClient jdbc;

    CaseFigureCount(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Tally> tally(LocalDate from, LocalDate to) {
        List<Tally> out = new ArrayList<>();
        jdbc.sql("""
                        SELECT c.department, c.region_code, count(*),
                          count(*) FILTER (WHERE c.channel IN ('ONLINE', 'MOBILE')),
                          count(*) FILTER (WHERE c.channel IN ('ONLINE', 'MOBILE') AND i.online_depth = 'FULLY_ONLINE'),
                          count(*) FILTER (WHERE i.instant),
                          sum(i.statutory_days), sum(greatest(i.statutory_days - i.promised_days, 0)),
                          sum(VISITS), count(*) FILTER (WHERE VISITS = 0)
                        FROM svc_case c JOIN svc_implementation i ON i.id = c.implementation_id
                        LEFT JOIN svc_case_notice n ON n.case_id = c.id
                        WHERE c.applied_on BETWEEN :from AND :to GROUP BY c.department, c.region_code""".replace("VISITS", VISITS))
                .param("from", from).param("to", to)
                .query((rs, n) -> {
                    String d = rs.getString(1);
                    String r = rs.getString(2);
                    Measure[] ms = {Measure.CASES, Measure.ONLINE, Measure.FULLY_ONLINE, Measure.INSTANT, Measure.STATUTORY_DAYS,
                            Measure.COMPRESSED_DAYS, Measure.VISITS, Measure.ZERO_VISITS};
                    for (int k = 0; k < ms.length; k++) {
                        out.add(new Tally(ms[k], d, r, rs.getLong(3 + k)));
                    }
                    return null;
                }).list();
        jdbc.sql("""
                        SELECT c.department, c.region_code, count(*),
                          count(*) FILTER (WHERE c.decided_on <= coalesce(c.due_on, c.decided_on)),
                          count(*) FILTER (WHERE n.case_id IS NULL)
                        FROM svc_case c LEFT JOIN svc_case_notice n ON n.case_id = c.id
                        WHERE c.decided_on BETWEEN :from AND :to GROUP BY c.department, c.region_code""")
                .param("from", from).param("to", to)
                .query((rs, n) -> {
                    out.add(new Tally(Measure.DECIDED, rs.getString(1), rs.getString(2), rs.getLong(3)));
                    out.add(new Tally(Measure.ON_TIME, rs.getString(1), rs.getString(2), rs.getLong(4)));
                    out.add(new Tally(Measure.FIRST_TIME, rs.getString(1), rs.getString(2), rs.getLong(5)));
                    return null;
                }).list();
        jdbc.sql("""
                        SELECT r.department, c.region_code, count(*),
                          count(*) FILTER (WHERE r.level >= 4),
                          count(*) FILTER (WHERE r.level <= 2),
                          count(*) FILTER (WHERE r.level <= 2 AND b.status IN ('FEEDBACK', 'REVIEW', 'FOLLOW_UP', 'CLOSED')),
                          count(*) FILTER (WHERE r.level <= 2 AND r.named),
                          count(*) FILTER (WHERE r.level <= 2 AND r.named AND b.return_visited_on IS NOT NULL)
                        FROM svc_rating r JOIN svc_case c ON c.id = r.case_id
                        LEFT JOIN svc_bad_rating b ON b.case_id = r.case_id
                        WHERE r.rated_on BETWEEN :from AND :to GROUP BY r.department, c.region_code""")
                .param("from", from).param("to", to)
                .query((rs, n) -> {
                    Measure[] ms = {Measure.RATINGS, Measure.GOOD_RATINGS, Measure.BAD_RATINGS, Measure.BAD_RECTIFIED,
                            Measure.NAMED_BAD, Measure.RETURN_VISITED};
                    for (int k = 0; k < ms.length; k++) {
                        out.add(new Tally(ms[k], rs.getString(1), rs.getString(2), rs.getLong(3 + k)));
                    }
                    return null;
                }).list();
        return out;
    }

}
