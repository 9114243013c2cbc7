package cn.yingshang.inspection.internal;

import cn.yingshang.inspection.InspectionFigures;
import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.shared.RegionCode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Figures for the cockpit, computed from the frozen pools and tasks of the plans of a year. */
@Service
class InspectionCockpitFigures implements InspectionFigures {

    private final JdbcClient jdbc;
    private final Draws draws;
    private final Clock clock;
    private final PrefectureFigures prefectures;
    private final FigureCases cases;

    InspectionCockpitFigures(JdbcClient jdbc, Draws draws, Clock clock, PrefectureFigures prefectures, FigureCases cases) {
        this.jdbc = jdbc;
        this.draws = draws;
        this.clock = clock;
        this.prefectures = prefectures;
        this.cases = cases;
    }

    @Override
    public List<PrefectureMonth> byPrefecture(YearMonth from, YearMonth to) {
        return prefectures.byPrefecture(from, to, this::poolCounts);
    }

    @Override
    public CaseList cases(CaseKind kind, CreditRiskClass riskClass, YearMonth from, YearMonth to, RegionCode region,
                          int offset, int limit) {
        return cases.cases(kind, riskClass, from, to, region, offset, limit);
    }

    /** Pools frozen before their counts were stored beside the draw are counted from the pool itself. */
    private int[] poolCounts(long planId) {
        return DrawAlgorithm.Pool.parse(draws.snapshot(planId)).countsPerClass();
    }

    @Override
    public InspectionFigures.Figures figures(int year) {
        Map<CreditRiskClass, int[]> counts = new EnumMap<>(CreditRiskClass.class);
        for (CreditRiskClass c : CreditRiskClass.values()) {
            counts.put(c, new int[2]);
        }
        int[] key = new int[1];
        jdbc.sql("""
                SELECT d.plan_id, d.pool_per_class FROM inspection_draw d JOIN inspection_plan p ON p.id = d.plan_id
                WHERE p.plan_year = ? AND d.drawn_at IS NOT NULL""").param(year).query(rs -> {
            java.sql.Array stored = rs.getArray(2);
            int[] perClass = stored == null ? poolCounts(rs.getLong(1))
                    : java.util.Arrays.stream((Integer[]) stored.getArray()).mapToInt(Integer::intValue).toArray();
            for (CreditRiskClass c : CreditRiskClass.values()) {
                counts.get(c)[0] += perClass[c.ordinal()];
            }
        });
        jdbc.sql("""
                        SELECT t.risk_class, t.key_supervision, count(*) FROM inspection_task t JOIN inspection_plan p ON p.id = t.plan_id
                        WHERE p.plan_year = ? GROUP BY 1, 2""").param(year)
                .query(rs -> {
                    if (rs.getBoolean(2)) {
                        key[0] += rs.getInt(3);
                    } else {
                        counts.get(CreditRiskClass.valueOf(rs.getString(1)))[1] += rs.getInt(3);
                    }
                });
        Map<CreditRiskClass, ClassCoverage> coverage = new EnumMap<>(CreditRiskClass.class);
        counts.forEach((c, v) -> coverage.put(c, new ClassCoverage(v[0], v[1])));
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                        SELECT count(*) AS tasks,
                               coalesce(sum(t.departments_covered - 1), 0) AS avoided,
                               count(*) FILTER (WHERE t.published_on IS NOT NULL) AS published,
                               count(*) FILTER (WHERE t.published_on IS NOT NULL AND t.published_on <= t.publish_deadline) AS on_time,
                               count(*) FILTER (WHERE t.published_on IS NULL AND t.publish_deadline < ?) AS overdue
                        FROM inspection_task t JOIN inspection_plan p ON p.id = t.plan_id WHERE p.plan_year = ?""")
                .params(today, year).query((rs, n) -> {
                    Map<String, Object> window = jdbc.sql("""
                                    SELECT coalesce(sum(d.excluded_count), 0) AS spared, coalesce(sum(d.excluded_expected_visits), 0) AS expected
                                    FROM inspection_draw d JOIN inspection_plan p ON p.id = d.plan_id WHERE p.plan_year = ?""")
                            .param(year).query().singleRow();
                    int flagged = jdbc.sql("SELECT count(*) FROM inspection_visit_flag WHERE extract(year FROM occurred_at) = ?")
                            .param(year).query(Integer.class).single();
                    return new InspectionFigures.Figures(year, coverage, key[0], rs.getInt("tasks"), rs.getInt("avoided"),
                            ((Number) window.get("spared")).intValue(), ((Number) window.get("expected")).doubleValue(),
                            rs.getInt("published"), rs.getInt("on_time"), rs.getInt("overdue"), flagged);
                }).single();
    }
}
