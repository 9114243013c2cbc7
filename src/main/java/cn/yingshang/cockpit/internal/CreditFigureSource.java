package cn.yingshang.cockpit.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.credit.CreditRepaired;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.Regions;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Credit repairs counted from the credit module's {@link CreditRepaired} events, kept in the
 * cockpit's own table; the region is the one in the credit code (GB 32100: characters 3–8).
 */
@Component
class CreditFigureSource implements FigureSource {

    private final JdbcClient jdbc;

    CreditFigureSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(CreditRepaired event) {
        RegionCode region = Regions.find(event.creditCode().value().substring(2, 8)).orElse(Regions.XINJIANG);
        jdbc.sql("""
                        INSERT INTO cockpit_credit_repair (record_id, credit_code, region_code, kind, source_department_code, repaired_on)
                        VALUES (:id, :code, :region, :kind, :dept, :on) ON CONFLICT (record_id) DO UPDATE SET repaired_on = EXCLUDED.repaired_on""")
                .param("id", event.recordId()).param("code", event.creditCode().value()).param("region", region.code())
                .param("kind", event.kind().name()).param("dept", event.sourceDepartmentCode() == null ? "" : event.sourceDepartmentCode())
                .param("on", event.repairedOn()).update();
    }

    @Override
    public String key() {
        return "credit";
    }

    @Override
    public Map<String, String> measures() {
        return Map.of("repairs", Text.of("cockpit.measure.credit.repairs"));
    }

    @Override
    public List<Tally> tally(YearMonth month, Set<String> measures, Map<String, String> filters) {
        if (!measures.contains("repairs")) {
            return List.of();
        }
        return jdbc.sql("SELECT region_code, count(*) FROM cockpit_credit_repair WHERE repaired_on BETWEEN :from AND :to GROUP BY region_code")
                .param("from", month.atDay(1)).param("to", month.atEndOfMonth())
                .query((rs, n) -> Tally.of("repairs", RegionCode.of(rs.getString(1)), null, rs.getLong(2))).list();
    }

    @Override
    public CasePage cases(String measure, YearMonth month, RegionCode region, Long departmentId, Map<String, String> filters,
                          int page, int size) {
        String where = " FROM cockpit_credit_repair WHERE repaired_on BETWEEN :from AND :to AND region_code LIKE :r";
        var count = jdbc.sql("SELECT count(*)" + where);
        var rows = jdbc.sql("SELECT *" + where + " ORDER BY repaired_on DESC LIMIT :l OFFSET :o").param("l", size).param("o", page * size);
        for (var spec : List.of(count, rows)) {
            spec.param("from", month.atDay(1)).param("to", month.atEndOfMonth()).param("r", OwnFigureSources.regionLike(region));
        }
        return new CasePage(rows.query((rs, n) -> new CaseRow(rs.getString("credit_code"), Text.of("cockpit.credit.case", rs.getLong("record_id"), rs.getString("kind")), RegionCode.of(rs.getString("region_code")).name(),
                rs.getString("source_department_code"), Text.of("cockpit.credit.repaired"), rs.getObject("repaired_on", LocalDate.class),
                "/workbench/entities/" + rs.getString("credit_code"))).list(), page, size, count.query(Long.class).single());
    }
}
