package cn.yingshang.cockpit.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.arrears.GovernmentArrearsCleared;
import cn.yingshang.arrears.GovernmentArrearsOverdue;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.Regions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Public bodies' overdue arrears (国令802号 Art. 9, 003 §55) from the arrears module's events: found
 * overdue by the month's end, and of those cleared, by the body's region and supervising department.
 */
@Component
class ArrearsFigureSource implements FigureSource {

    private final JdbcClient jdbc;
    private final Departments departments;
    private final Clock clock;

    ArrearsFigureSource(JdbcClient jdbc, Departments departments, Clock clock) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(GovernmentArrearsOverdue e) {
        RegionCode region = e.regionCode() == null ? Regions.XINJIANG : Regions.find(e.regionCode().code()).orElse(Regions.XINJIANG);
        jdbc.sql("""
                        INSERT INTO cockpit_arrears_case (claim_id, reference, payer_name, payer_type, region_code, department_id,
                          overdue_amount, due_on, found_on) VALUES (:id, :ref, :payer, :type, :region, :dept, :amount, :due, :found)
                        ON CONFLICT (claim_id) DO UPDATE SET overdue_amount = EXCLUDED.overdue_amount, found_on = EXCLUDED.found_on,
                          cleared_on = NULL""")
                .param("id", e.claimId()).param("ref", e.reference()).param("payer", e.payerName())
                .param("type", e.payerType() == null ? "" : e.payerType()).param("region", region.code())
                .param("dept", e.supervisingDepartmentId() == 0 ? null : e.supervisingDepartmentId())
                .param("amount", e.overdueAmount()).param("due", e.dueOn()).param("found", e.foundOn()).update();
    }

    @ApplicationModuleListener
    void on(GovernmentArrearsCleared e) {
        jdbc.sql("UPDATE cockpit_arrears_case SET cleared_on = :on WHERE claim_id = :id")
                .param("on", e.clearedOn()).param("id", e.claimId()).update();
    }

    @Override
    public String key() {
        return "arrears";
    }

    @Override
    public Map<String, String> measures() {
        return Map.of("overdue", Text.of("cockpit.measure.arrears.overdue"), "cleared", Text.of("cockpit.measure.arrears.cleared"), "uncleared", Text.of("cockpit.measure.arrears.uncleared"));
    }

    private static String condition(String measure) {
        return switch (measure) {
            case "cleared" -> " AND cleared_on IS NOT NULL AND cleared_on <= :asOf";
            case "uncleared" -> " AND (cleared_on IS NULL OR cleared_on > :asOf)";
            default -> "";
        };
    }

    @Override
    public List<Tally> tally(YearMonth month, Set<String> measures, Map<String, String> filters) {
        LocalDate asOf = FigureSource.asOf(month, LocalDate.now(clock));
        List<Tally> tallies = new ArrayList<>();
        jdbc.sql("""
                        SELECT region_code, department_id, count(*),
                          count(*) FILTER (WHERE cleared_on IS NOT NULL AND cleared_on <= :asOf),
                          count(*) FILTER (WHERE cleared_on IS NULL OR cleared_on > :asOf)
                        FROM cockpit_arrears_case WHERE found_on <= :asOf GROUP BY region_code, department_id""")
                .param("asOf", asOf).query(rs -> {
                    RegionCode region = RegionCode.of(rs.getString(1));
                    Long dept = (Long) rs.getObject(2);
                    tallies.add(Tally.of("overdue", region, dept, rs.getLong(3)));
                    tallies.add(Tally.of("cleared", region, dept, rs.getLong(4)));
                    tallies.add(Tally.of("uncleared", region, dept, rs.getLong(5)));
                });
        return tallies.stream().filter(t -> measures.contains(t.measure())).toList();
    }

    @Override
    public CasePage cases(String measure, YearMonth month, RegionCode region, Long departmentId, Map<String, String> filters,
                          int page, int size) {
        LocalDate asOf = FigureSource.asOf(month, LocalDate.now(clock));
        String where = " FROM cockpit_arrears_case WHERE found_on <= :asOf AND region_code LIKE :r" + condition(measure)
                + (departmentId == null ? "" : " AND department_id = :d");
        var count = jdbc.sql("SELECT count(*)" + where);
        var rows = jdbc.sql("SELECT *" + where + " ORDER BY due_on, claim_id LIMIT :l OFFSET :o").param("l", size).param("o", page * size);
        for (var spec : List.of(count, rows)) {
            spec.param("asOf", asOf).param("r", OwnFigureSources.regionLike(region));
            if (departmentId != null) {
                spec.param("d", departmentId);
            }
        }
        return new CasePage(rows.query((rs, n) -> {
            Long dept = (Long) rs.getObject("department_id");
            LocalDate cleared = rs.getObject("cleared_on", LocalDate.class);
            return new CaseRow(rs.getString("reference"), Text.of("cockpit.arrears.caseText", rs.getString("payer_name"), rs.getBigDecimal("overdue_amount").toPlainString()),
                    RegionCode.of(rs.getString("region_code")).name(),
                    dept == null ? "" : departments.byId(DepartmentId.of(dept)).map(d -> d.name()).orElse(""),
                    cleared != null && !cleared.isAfter(asOf) ? Text.of("cockpit.arrears.clearedOn", String.valueOf(cleared)) : Text.of("cockpit.arrears.notCleared"),
                    rs.getObject("due_on", LocalDate.class), "/workbench/arrears/" + rs.getLong("claim_id"));
        }).list(), page, size, count.query(Long.class).single());
    }
}
