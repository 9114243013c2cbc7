package cn.yingshang.appeal.internal;

import cn.yingshang.platform.Departments;
import cn.yingshang.shared.RegionCode;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 响应率, 按期办结率, 解决率, 满意率, 重办率 and average handling days, grouped by department, region,
 * category or month. Each rate keeps its numerator and denominator; merged and declined appeals are
 * left out of every figure.
 */
@Component
class AppealFigures {

    enum Dimension {
        DEPARTMENT("承办部门", "lead_department_id::text"), REGION("地区", "left(region_code, 4) || '00'"),
        CATEGORY("分类", "category"), MONTH("月份", "to_char(submitted_on, 'YYYY-MM')");

        final String label;
        final String expression;

        Dimension(String label, String expression) {
            this.label = label;
            this.expression = expression;
        }

        String label() {
            return label;
        }
    }

    record Rate(long numerator, long denominator) {
        String percent() {
            return denominator == 0 ? "—" : String.format("%.1f%%", 100.0 * numerator / denominator);
        }

        double value() {
            return denominator == 0 ? 0 : 100.0 * numerator / denominator;
        }
    }

    record Row(String key, String name, long total, Rate response, Rate onTime, Rate resolution, Rate satisfaction,
               Rate reopen, Double averageDays) {
    }

    record HotTopic(String category, String name, long count) {
    }

    /** What each rate counts, shown on the page next to the table. */
    static final List<String[]> DEFINITIONS = List.of(
            new String[]{"响应率", "已签收或已办理的派单数", "已派单数"},
            new String[]{"按期办结率", "在答复期限内答复数", "已答复数"},
            new String[]{"解决率", "评价为“已解决”数", "已评价数"},
            new String[]{"满意率", "评价为“满意”或“基本满意”数", "已评价数"},
            new String[]{"重办率", "被要求重办的诉求数", "已答复数"},
            new String[]{"平均办理时长", "派单至答复的工作日之和", "已答复数"});

    private final JdbcClient jdbc;
    private final Departments departments;
    private final Categories categories;

    AppealFigures(JdbcClient jdbc, Departments departments, Categories categories) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.categories = categories;
    }

    List<Row> by(Dimension dimension, LocalDate from, LocalDate to) {
        String sql = "SELECT " + dimension.expression + " AS k, count(*) AS total,"
                + " count(*) FILTER (WHERE responded_on IS NOT NULL) AS responded,"
                + " count(*) FILTER (WHERE dispatched_on IS NOT NULL) AS dispatched,"
                + " count(*) FILTER (WHERE replied_on IS NOT NULL AND NOT replied_late) AS on_time,"
                + " count(*) FILTER (WHERE replied_on IS NOT NULL) AS replied,"
                + " count(*) FILTER (WHERE resolution = 'RESOLVED') AS resolved,"
                + " count(*) FILTER (WHERE satisfaction IN ('SATISFIED','BASIC')) AS satisfied,"
                + " count(*) FILTER (WHERE satisfaction IS NOT NULL) AS rated,"
                + " count(*) FILTER (WHERE reopen_count > 0) AS reopened,"
                + " avg(handling_days) AS days"
                + " FROM appeal WHERE submitted_on BETWEEN :from AND :to AND status NOT IN ('MERGED','DECLINED')"
                + (dimension == Dimension.DEPARTMENT ? " AND lead_department_id IS NOT NULL" : "")
                + " GROUP BY 1 ORDER BY 2 DESC LIMIT 200";
        return jdbc.sql(sql).param("from", from).param("to", to).query((rs, n) -> {
            String key = rs.getString("k");
            Double days = rs.getObject("days") == null ? null : Math.round(rs.getDouble("days") * 10) / 10.0;
            return new Row(key, nameOf(dimension, key), rs.getLong("total"),
                    new Rate(rs.getLong("responded"), rs.getLong("dispatched")),
                    new Rate(rs.getLong("on_time"), rs.getLong("replied")),
                    new Rate(rs.getLong("resolved"), rs.getLong("rated")),
                    new Rate(rs.getLong("satisfied"), rs.getLong("rated")),
                    new Rate(rs.getLong("reopened"), rs.getLong("replied")), days);
        }).list();
    }

    /** The categories most raised in the period. */
    List<HotTopic> hotTopics(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT category, count(*) FROM appeal WHERE submitted_on BETWEEN :from AND :to AND status <> 'MERGED' "
                        + "GROUP BY category ORDER BY 2 DESC LIMIT 5")
                .param("from", from).param("to", to)
                .query((rs, n) -> new HotTopic(rs.getString(1), categories.nameOf(rs.getString(1)), rs.getLong(2))).list();
    }

    private String nameOf(Dimension d, String key) {
        if (key == null) {
            return "—";
        }
        return switch (d) {
            case DEPARTMENT -> departments.byId(cn.yingshang.platform.DepartmentId.of(Long.parseLong(key)))
                    .map(cn.yingshang.platform.Department::name).orElse(key);
            case REGION -> {
                try {
                    yield RegionCode.of(key).name();
                } catch (RuntimeException e) {
                    yield key;
                }
            }
            case CATEGORY -> categories.nameOf(key);
            case MONTH -> key;
        };
    }
}
