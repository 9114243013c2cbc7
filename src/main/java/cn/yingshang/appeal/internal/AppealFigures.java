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
        DEPARTMENT("lead_department_id::text"), REGION("left(region_code, 4) || '00'"),
        CATEGORY("category"), MONTH("to_char(submitted_on, 'YYYY-MM')");

        final String expression;

        Dimension(String expression) {
            this.expression = expression;
        }

        String label() {
            return AppealText.text("appeal.figures.dimension." + name());
        }
    }

    record Rate(long numerator, long denominator) {
        public String percent() {
            return denominator == 0 ? "—" : String.format("%.1f%%", 100.0 * numerator / denominator);
        }

        public double value() {
            return denominator == 0 ? 0 : 100.0 * numerator / denominator;
        }
    }

    record Row(String key, String name, long total, Rate response, Rate onTime, Rate resolution, Rate satisfaction,
               Rate reopen, Double averageDays) {
    }

    record HotTopic(String category, String name, long count) {
    }

    /** What each rate counts, shown on the page next to the table. */
    static final List<String[]> DEFINITIONS = java.util.stream.Stream.of("response", "onTime", "resolution", "satisfaction", "reopen", "days")
            .map(m -> new String[]{AppealText.text("appeal.figures.definition." + m + ".name"),
                    AppealText.text("appeal.figures.definition." + m + ".numerator"),
                    AppealText.text("appeal.figures.definition." + m + ".denominator")}).toList();

    private final JdbcClient jdbc;
    private final Departments departments;
    private final Categories categories;

    AppealFigures(JdbcClient jdbc, Departments departments, Categories categories) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.categories = categories;
    }

    /**
     * Reads the daily summary (appeal_figures_daily), refreshed every few minutes by {@link #refresh()}. Every group is
     * returned: there is one per department, category or month at most (a few hundred), and a cap would silently drop
     * the departments with the fewest appeals from the table and its export.
     */
    List<Row> by(Dimension dimension, LocalDate from, LocalDate to) {
        String dim = dimension == Dimension.MONTH ? "CATEGORY" : dimension.name();
        String key = dimension == Dimension.MONTH ? "to_char(day, 'YYYY-MM')" : "k";
        String sql = "SELECT " + key + " AS k, sum(total) AS total, sum(responded) AS responded, sum(dispatched) AS dispatched,"
                + " sum(on_time) AS on_time, sum(replied) AS replied, sum(resolved) AS resolved, sum(satisfied) AS satisfied,"
                + " sum(rated) AS rated, sum(reopened) AS reopened, sum(days_sum)::float8 / nullif(sum(days_n), 0) AS days"
                + " FROM appeal_figures_daily WHERE dim = :dim AND day BETWEEN :from AND :to"
                + " GROUP BY 1 ORDER BY 2 DESC";
        return jdbc.sql(sql).param("dim", dim).param("from", from).param("to", to).query((rs, n) -> {
            String k = rs.getString("k");
            Double days = rs.getObject("days") == null ? null : Math.round(rs.getDouble("days") * 10) / 10.0;
            return new Row(k, nameOf(dimension, k), rs.getLong("total"),
                    new Rate(rs.getLong("responded"), rs.getLong("dispatched")),
                    new Rate(rs.getLong("on_time"), rs.getLong("replied")),
                    new Rate(rs.getLong("resolved"), rs.getLong("rated")),
                    new Rate(rs.getLong("satisfied"), rs.getLong("rated")),
                    new Rate(rs.getLong("reopened"), rs.getLong("replied")), days);
        }).list();
    }

    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "${yingshang.appeal.figures-refresh-ms:300000}",
            initialDelay = 30000)
    void refresh() {
        jdbc.sql("REFRESH MATERIALIZED VIEW CONCURRENTLY appeal_figures_daily").update();
    }

    /** The categories most raised in the period. */
    List<HotTopic> hotTopics(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT k, sum(total) FROM appeal_figures_daily WHERE dim = 'CATEGORY' AND day BETWEEN :from AND :to "
                        + "GROUP BY k ORDER BY 2 DESC LIMIT 5")
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
