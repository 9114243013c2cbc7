package cn.yingshang.policy.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.policy.PolicyFigures;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.Regions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The cockpit's read of policy reach: grouped counts by the credit code's region, pages of the cases behind them. */
@Component
class JdbcPolicyFigures implements PolicyFigures {

    /** GB 32100: characters 3–8 of the credit code are the registering region. */
    private static final String REGION = "substring(x.credit_code from 3 for 6)";

    private final JdbcClient jdbc;

    JdbcPolicyFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Tally> tally(LocalDate from, LocalDate to) {
        List<Tally> tallies = new ArrayList<>();
        jdbc.sql("SELECT " + REGION + ", p.department_id, count(*) FROM policy_match x JOIN policy_policy p ON p.id = x.policy_id"
                        + " WHERE p.status = '" + Policy.PUBLISHED + "' GROUP BY 1, 2")
                .query(rs -> {
                    tallies.add(new Tally(Measure.MATCHED, region(rs.getString(1)), (Long) rs.getObject(2), rs.getLong(3)));
                });
        jdbc.sql("""
                        SELECT %s, p.department_id, count(*), count(*) FILTER (WHERE x.source = 'AUTO_GRANT'),
                          coalesce(sum(GREATEST(0, x.paid_on - CAST(p.published_at AT TIME ZONE 'Asia/Shanghai' AS date))), 0)
                        FROM policy_payout x JOIN policy_policy p ON p.id = x.policy_id
                        WHERE x.paid_on BETWEEN :from AND :to GROUP BY 1, 2""".formatted(REGION))
                .param("from", from).param("to", to)
                .query(rs -> {
                    RegionCode region = region(rs.getString(1));
                    Long department = (Long) rs.getObject(2);
                    tallies.add(new Tally(Measure.GRANTED, region, department, rs.getLong(3)));
                    tallies.add(new Tally(Measure.GRANTED_WITHOUT_APPLICATION, region, department, rs.getLong(4)));
                    tallies.add(new Tally(Measure.PAYOUT_DAYS, region, department, rs.getLong(5)));
                });
        return tallies;
    }

    @Override
    public CaseList cases(Measure measure, LocalDate from, LocalDate to, RegionCode region, Long departmentId, int page, int size) {
        boolean matches = measure == Measure.MATCHED;
        String where = (matches
                ? " FROM policy_match x JOIN policy_policy p ON p.id = x.policy_id WHERE p.status = '" + Policy.PUBLISHED + "'"
                : " FROM policy_payout x JOIN policy_policy p ON p.id = x.policy_id WHERE x.paid_on BETWEEN :from AND :to"
                + (measure == Measure.GRANTED_WITHOUT_APPLICATION ? " AND x.source = 'AUTO_GRANT'" : ""))
                + " AND " + REGION + " LIKE :region" + (departmentId == null ? "" : " AND p.department_id = :dept");
        String columns = matches
                ? "x.credit_code, '' AS entity_name, p.id AS policy_id, p.title, CAST(x.matched_at AS date) AS day,"
                        + " NULL AS source, NULL AS amount, NULL AS days"
                : "x.credit_code, x.entity_name, p.id AS policy_id, p.title, x.paid_on AS day, x.source, x.amount,"
                        + " GREATEST(0, x.paid_on - CAST(p.published_at AT TIME ZONE 'Asia/Shanghai' AS date)) AS days";
        var count = jdbc.sql("SELECT count(*)" + where);
        var rows = jdbc.sql("SELECT " + columns + where + " ORDER BY day DESC, x.credit_code LIMIT :limit OFFSET :offset")
                .param("limit", size).param("offset", page * size);
        for (var spec : List.of(count, rows)) {
            if (!matches) {
                spec.param("from", from).param("to", to);
            }
            spec.param("region", region.likePattern());
            if (departmentId != null) {
                spec.param("dept", departmentId);
            }
        }
        List<PolicyCase> items = rows.query((rs, n) -> new PolicyCase(rs.getString("credit_code"), rs.getString("entity_name"),
                rs.getLong("policy_id"), rs.getString("title"), matches ? Text.of("policy.figures.matchedDetail")
                        : Text.of("policy.figures.payoutDetail", Text.of("AUTO_GRANT".equals(rs.getString("source"))
                                ? "policy.figures.source.AUTO_GRANT" : "policy.figures.source.APPLICATION"),
                                rs.getBigDecimal("amount").toPlainString(), rs.getInt("days")),
                rs.getObject("day", LocalDate.class),
                "/workbench/policies/" + rs.getLong("policy_id"))).list();
        return new CaseList(items, count.query(Long.class).single());
    }

    private static RegionCode region(String code) {
        return code == null ? null : Regions.find(code).orElse(null);
    }
}
