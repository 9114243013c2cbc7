package cn.yingshang.services.internal;

import cn.yingshang.services.ServiceFigures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counts behind the services indicators: per month from the monthly table kept by
 * {@link CaseFigureMonths}, and the cases behind a count listed from the cases themselves.
 */
@Component
class CaseFigures implements ServiceFigures {

    private static final String VISITS = CaseFigureMonths.VISITS;

    private final JdbcClient jdbc;
    private final CaseFigureMonths months;
    private final CaseFigureCount count;

    CaseFigures(JdbcClient jdbc, CaseFigureMonths months, CaseFigureCount count) {
        this.jdbc = jdbc;
        this.months = months;
        this.count = count;
    }

    /**
     * Whole months are read from the monthly table (V11_50) after folding in the changes not yet
     * counted there; any other range is counted from the cases.
     */
    @Override
    public List<Tally> tally(LocalDate from, LocalDate to) {
        if (from.getDayOfMonth() != 1 || to.getDayOfMonth() != to.lengthOfMonth() || to.isBefore(from)) {
            return count.tally(from, to);
        }
        LocalDate last = to.withDayOfMonth(1);
        if (months.pending(from, last)) {
            months.refresh(from, last);
        }
        List<Tally> out = new ArrayList<>();
        jdbc.sql("""
                        SELECT department, region_code, sum(cases), sum(online), sum(fully_online), sum(instant),
                          sum(statutory_days), sum(compressed_days), sum(visits), sum(zero_visits), sum(decided), sum(on_time),
                          sum(first_time), sum(ratings), sum(good_ratings), sum(bad_ratings), sum(bad_rectified), sum(named_bad),
                          sum(return_visited)
                        FROM svc_case_month_figure WHERE month BETWEEN :from AND :to GROUP BY department, region_code""")
                .param("from", from).param("to", last)
                .query((rs, n) -> {
                    Measure[] measures = Measure.values();
                    for (int k = 0; k < measures.length; k++) {
                        out.add(new Tally(measures[k], rs.getString(1), rs.getString(2), rs.getLong(3 + k)));
                    }
                    return null;
                }).list();
        return out;
    }

    @Override
    public CaseList cases(Measure measure, LocalDate from, LocalDate to, String regionPattern, String department, int page, int size) {
        String where = switch (measure) {
            case CASES, STATUTORY_DAYS, COMPRESSED_DAYS -> "c.applied_on BETWEEN :from AND :to";
            case ONLINE -> "c.applied_on BETWEEN :from AND :to AND c.channel IN ('ONLINE', 'MOBILE')";
            case FULLY_ONLINE -> "c.applied_on BETWEEN :from AND :to AND c.channel IN ('ONLINE', 'MOBILE') AND i.online_depth = 'FULLY_ONLINE'";
            case INSTANT -> "c.applied_on BETWEEN :from AND :to AND i.instant";
            case VISITS -> "c.applied_on BETWEEN :from AND :to AND " + VISITS + " > 0";
            case ZERO_VISITS -> "c.applied_on BETWEEN :from AND :to AND " + VISITS + " = 0";
            case DECIDED -> "c.decided_on BETWEEN :from AND :to";
            case ON_TIME -> "c.decided_on BETWEEN :from AND :to AND c.decided_on <= coalesce(c.due_on, c.decided_on)";
            case FIRST_TIME -> "c.decided_on BETWEEN :from AND :to AND n.case_id IS NULL";
            case RATINGS -> "r.rated_on BETWEEN :from AND :to";
            case GOOD_RATINGS -> "r.rated_on BETWEEN :from AND :to AND r.level >= 4";
            case BAD_RATINGS -> "r.rated_on BETWEEN :from AND :to AND r.level <= 2";
            case BAD_RECTIFIED -> "r.rated_on BETWEEN :from AND :to AND r.level <= 2 AND b.status IN ('FEEDBACK', 'REVIEW', 'FOLLOW_UP', 'CLOSED')";
            case NAMED_BAD -> "r.rated_on BETWEEN :from AND :to AND r.level <= 2 AND r.named";
            case RETURN_VISITED -> "r.rated_on BETWEEN :from AND :to AND r.level <= 2 AND r.named AND b.return_visited_on IS NOT NULL";
        };
        String sql = """
                 FROM svc_case c JOIN svc_implementation i ON i.id = c.implementation_id
                 LEFT JOIN svc_case_notice n ON n.case_id = c.id
                 LEFT JOIN svc_rating r ON r.case_id = c.id LEFT JOIN svc_bad_rating b ON b.case_id = c.id
                 WHERE c.region_code LIKE :region""" + (department == null ? "" : " AND c.department = :dept") + " AND " + where;
        var count = jdbc.sql("SELECT count(*) " + sql).param("from", from).param("to", to).param("region", regionPattern);
        var rows = jdbc.sql("SELECT c.id, i.item_code, i.name, c.department, c.region_code, c.status, c.applied_on " + sql
                        + " ORDER BY c.id DESC LIMIT :limit OFFSET :offset")
                .param("from", from).param("to", to).param("region", regionPattern)
                .param("limit", size).param("offset", page * size);
        if (department != null) {
            count = count.param("dept", department);
            rows = rows.param("dept", department);
        }
        return new CaseList(rows.query((rs, n) -> new CaseRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class))).list(), count.query(Long.class).single());
    }
}
