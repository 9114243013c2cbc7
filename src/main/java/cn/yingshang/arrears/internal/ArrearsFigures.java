package cn.yingshang.arrears.internal;

import cn.yingshang.platform.XlsxExport;
import java.util.ArrayList;

import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.shared.RegionCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Owed, overdue and repaid by payer type, department, region and month; clearance rate; Excel. */
@Component
class ArrearsFigures implements cn.yingshang.arrears.ArrearsOverview {

    enum Dimension {
        PAYER_TYPE("payer_type"),
        DEPARTMENT("CAST(supervising_department_id AS TEXT)"),
        REGION("substr(region_code, 1, 4) || '00'"),
        MONTH("to_char(reported_on, 'YYYY-MM')");

        final String expression;

        Dimension(String expression) {
            this.expression = expression;
        }

        public String label() {
            return ArrearsText.text("arrears.figures.dimension." + name());
        }
    }

    /** One row of figures; amounts in 元. Clearance rate = repaid ÷ owed. */
    record Row(String key, String label, long claims, BigDecimal owed, BigDecimal repaid, BigDecimal outstanding,
               BigDecimal overdue, long overdueClaims) {

        public BigDecimal clearanceRate() {
            return owed.signum() == 0 ? BigDecimal.ZERO
                    : repaid.multiply(BigDecimal.valueOf(100)).divide(owed, 1, RoundingMode.HALF_UP);
        }
    }

    private final JdbcClient jdbc;
    private final Departments departments;

    ArrearsFigures(JdbcClient jdbc, Departments departments) {
        this.jdbc = jdbc;
        this.departments = departments;
    }

    List<Row> by(Dimension dimension, LocalDate today) {
        // the expression comes from the enum above, never from input
        return jdbc.sql("""
                        SELECT %s AS k, count(*) AS claims, coalesce(sum(amount), 0) AS owed, coalesce(sum(paid_amount), 0) AS repaid,
                          coalesce(sum(greatest(amount - paid_amount, 0)), 0) AS outstanding,
                          coalesce(sum(CASE WHEN status IN ('REPORTED', 'CONFIRMED') AND due_on < :today
                                            THEN greatest(amount - disputed_amount - paid_amount, 0) ELSE 0 END), 0) AS overdue,
                          count(*) FILTER (WHERE status IN ('REPORTED', 'CONFIRMED') AND due_on < :today
                                            AND amount - disputed_amount - paid_amount > 0) AS overdue_claims
                        FROM arrears_claim WHERE status NOT IN ('INTAKE', 'REJECTED')
                        GROUP BY 1 ORDER BY 1""".formatted(dimension.expression))
                .param("today", today)
                .query((rs, n) -> new Row(rs.getString("k"), label(dimension, rs.getString("k")), rs.getLong("claims"),
                        rs.getBigDecimal("owed"), rs.getBigDecimal("repaid"), rs.getBigDecimal("outstanding"),
                        rs.getBigDecimal("overdue"), rs.getLong("overdue_claims")))
                .list();
    }

    Row totalRow(LocalDate today) {
        List<Row> rows = by(Dimension.PAYER_TYPE, today);
        return new Row("ALL", ArrearsText.text("arrears.figures.total"), rows.stream().mapToLong(Row::claims).sum(),
                rows.stream().map(Row::owed).reduce(BigDecimal.ZERO, BigDecimal::add),
                rows.stream().map(Row::repaid).reduce(BigDecimal.ZERO, BigDecimal::add),
                rows.stream().map(Row::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add),
                rows.stream().map(Row::overdue).reduce(BigDecimal.ZERO, BigDecimal::add),
                rows.stream().mapToLong(Row::overdueClaims).sum());
    }

    Map<Dimension, List<Row>> all(LocalDate today) {
        Map<Dimension, List<Row>> all = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            all.put(d, by(d, today));
        }
        return all;
    }

    @Override
    public Figures total(LocalDate asOf) {
        return exported(totalRow(asOf));
    }

    @Override
    public List<Figures> byPayerType(LocalDate asOf) {
        return by(Dimension.PAYER_TYPE, asOf).stream().map(ArrearsFigures::exported).toList();
    }

    @Override
    public List<Figures> byMonth(LocalDate asOf) {
        return by(Dimension.MONTH, asOf).stream().map(ArrearsFigures::exported).toList();
    }

    private static Figures exported(Row r) {
        return new Figures(r.key(), r.label(), r.claims(), r.owed(), r.repaid(), r.overdue(), r.overdueClaims(),
                r.clearanceRate());
    }

    byte[] workbook(LocalDate today) {
        List<XlsxExport.Sheet> sheets = new ArrayList<>();
        for (var entry : all(today).entrySet()) {
            List<String> headings = new ArrayList<>(List.of(entry.getKey().label()));
            headings.addAll(List.of(ArrearsText.text("arrears.export.header").split(",")));
            List<List<Object>> rows = entry.getValue().stream().map(row -> List.<Object>of(row.label(), row.claims(),
                    row.owed(), row.repaid(), row.outstanding(), row.overdue(), row.overdueClaims(), row.clearanceRate()))
                    .toList();
            sheets.add(new XlsxExport.Sheet(ArrearsText.text("arrears.export.sheet", entry.getKey().label().replaceAll("[\\p{Ps}\\p{Pe}]", "")),
                    headings, rows));
        }
        return XlsxExport.bytes(sheets);
    }

    private String label(Dimension dimension, String key) {
        if (key == null) {
            return ArrearsText.text("arrears.figures.blank");
        }
        return switch (dimension) {
            case PAYER_TYPE -> PayerType.valueOf(key).label();
            case DEPARTMENT -> departments.byId(DepartmentId.of(Long.parseLong(key))).map(d -> d.name()).orElse(key);
            case REGION -> {
                try {
                    yield RegionCode.of(key).name();
                } catch (RuntimeException e) {
                    yield key;
                }
            }
            case MONTH -> key;
        };
    }
}
