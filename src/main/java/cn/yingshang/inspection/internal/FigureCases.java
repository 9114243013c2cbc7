package cn.yingshang.inspection.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.inspection.InspectionFigures.CaseKind;
import cn.yingshang.inspection.InspectionFigures.CaseList;
import cn.yingshang.inspection.InspectionFigures.InspectionCase;
import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.Regions;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tasks behind a figure of {@link PrefectureFigures}, each opening its workbench page; pools and
 * window exclusions are not tasks, so their figures list the plans whose frozen pools they come from.
 */
@Component
class FigureCases {

    private final JdbcClient jdbc;

    FigureCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CaseList cases(CaseKind kind, CreditRiskClass riskClass, YearMonth from, YearMonth to, RegionCode region, int offset, int limit) {
        return switch (kind) {
            case POOL -> plans("r.pool_" + letter(riskClass), Text.of("inspection.figureCase.inPool", riskClass.label()), from, to, region, offset, limit);
            case SPARED_BY_WINDOW -> plans("r.excluded_a + r.excluded_b + r.excluded_c + r.excluded_d", Text.of("inspection.figureCase.avoided"),
                    from, to, region, offset, limit);
            case DRAWN -> tasks("t.drawn_on", "NOT t.key_supervision AND t.risk_class = '" + required(riskClass).name() + "'",
                    from, to, region, offset, limit);
            case KEY_SUPERVISION -> tasks("t.drawn_on", "t.key_supervision", from, to, region, offset, limit);
            case TASKS -> tasks("t.drawn_on", "TRUE", from, to, region, offset, limit);
            case JOINT -> tasks("t.drawn_on", "t.departments_covered > 1", from, to, region, offset, limit);
            case PUBLISHED -> tasks("t.published_on", "TRUE", from, to, region, offset, limit);
            case PUBLISHED_ON_TIME -> tasks("t.published_on", "t.published_on <= t.publish_deadline", from, to, region, offset, limit);
        };
    }

    private static CreditRiskClass required(CreditRiskClass riskClass) {
        if (riskClass == null) {
            throw new IllegalArgumentException(Text.of("inspection.figureCase.classRequired"));
        }
        return riskClass;
    }

    private static String letter(CreditRiskClass riskClass) {
        return required(riskClass).name().toLowerCase(Locale.ROOT);
    }

    /** The codes a region covers, retired ones included; null for the whole region, which also takes codes outside the catalogue. */
    private static List<String> codesWithin(RegionCode region) {
        if (region.current().equals(Regions.XINJIANG)) {
            return null;
        }
        return Regions.all().stream().filter(r -> r.isWithin(region)).map(RegionCode::code).toList();
    }

    private CaseList tasks(String dateColumn, String condition, YearMonth from, YearMonth to, RegionCode region, int offset, int limit) {
        List<String> codes = codesWithin(region);
        String where = " FROM inspection_task t JOIN inspection_plan p ON p.id = t.plan_id WHERE " + dateColumn
                + " BETWEEN :from AND :to AND " + condition + (codes == null ? "" : " AND t.region_code IN (:codes)");
        var count = jdbc.sql("SELECT count(*)" + where);
        var rows = jdbc.sql("""
                SELECT t.id, t.code, t.entity_name, t.region_code, t.departments_covered, t.published_on, t.result_recorded_on,
                       t.visit_ended_at, t.visit_started_at, p.title, %s AS day""".formatted(dateColumn) + where
                + " ORDER BY " + dateColumn + ", t.id LIMIT :limit OFFSET :offset").param("limit", limit).param("offset", offset);
        for (var spec : List.of(count, rows)) {
            spec.param("from", from.atDay(1)).param("to", to.atEndOfMonth());
            if (codes != null) {
                spec.param("codes", codes);
            }
        }
        List<InspectionCase> items = rows.query((rs, n) -> {
            int departments = rs.getInt("departments_covered");
            String title = Text.of("inspection.figureCases.caseTitle", rs.getString("entity_name"), rs.getString("title"),
                    departments > 1 ? Text.of("inspection.figureCase.jointDepartments", departments) : "");
            return new InspectionCase(rs.getString("code"), title, regionOf(rs.getString("region_code")),
                    Tasks.status(rs.getObject("published_on", LocalDate.class), rs.getObject("result_recorded_on", LocalDate.class),
                            rs.getObject("visit_ended_at", OffsetDateTime.class), rs.getObject("visit_started_at", OffsetDateTime.class)),
                    rs.getObject("day", LocalDate.class), "/workbench/inspections/tasks/" + rs.getLong("id"));
        }).list();
        return new CaseList(items, count.query(Long.class).single());
    }

    /**
     * Plans drawn in the period with the region's count of the column; for the whole region, pools frozen
     * before counts were kept per region answer from the draw's own counts.
     */
    private CaseList plans(String column, String what, YearMonth from, YearMonth to, RegionCode region, int offset, int limit) {
        List<String> codes = codesWithin(region);
        String legacy = codes != null ? "0" : column.startsWith("r.pool_")
                ? "coalesce(d.pool_per_class[" + (CreditRiskClass.valueOf(column.substring(7).toUpperCase(Locale.ROOT)).ordinal() + 1) + "], 0)"
                : "d.excluded_count";
        String counted = """
                SELECT p.id, p.title, %1$s AS day,
                       CASE WHEN EXISTS (SELECT 1 FROM inspection_draw_region x WHERE x.plan_id = d.plan_id)
                            THEN (SELECT coalesce(sum(%2$s), 0) FROM inspection_draw_region r WHERE r.plan_id = d.plan_id%3$s)
                            ELSE %4$s END AS n
                FROM inspection_draw d JOIN inspection_plan p ON p.id = d.plan_id
                WHERE d.drawn_at IS NOT NULL AND %1$s BETWEEN :from AND :to""".formatted(PrefectureFigures.DRAWN_DAY, column,
                codes == null ? "" : " AND r.region_code IN (:codes)", legacy);
        var count = jdbc.sql("SELECT count(*) FROM (" + counted + ") c WHERE c.n > 0");
        var rows = jdbc.sql("SELECT * FROM (" + counted + ") c WHERE c.n > 0 ORDER BY c.day, c.id LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset);
        for (var spec : List.of(count, rows)) {
            spec.param("from", from.atDay(1)).param("to", to.atEndOfMonth());
            if (codes != null) {
                spec.param("codes", codes);
            }
        }
        List<InspectionCase> items = rows.query((rs, n) -> new InspectionCase(Text.of("inspection.figureCase.plan", rs.getLong("id")),
                Text.of("inspection.figureCase.drawnCount", rs.getString("title"), what, rs.getLong("n")), region, Text.of("inspection.figureCase.drawn"), rs.getObject("day", LocalDate.class),
                "/workbench/inspections/plans/" + rs.getLong("id"))).list();
        return new CaseList(items, count.query(Long.class).single());
    }

    private static RegionCode regionOf(String code) {
        return Regions.find(code).orElse(Regions.XINJIANG);
    }
}
