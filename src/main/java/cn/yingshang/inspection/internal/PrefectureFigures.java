package cn.yingshang.inspection.internal;

import cn.yingshang.inspection.InspectionFigures.ClassCoverage;
import cn.yingshang.inspection.InspectionFigures.PrefectureMonth;
import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.Regions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cockpit's inspection figures per prefecture and month. Each figure is one grouped query by the
 * entity's region code and month (a few hundred rows at most); only those rows are rolled up to
 * prefectures here, since the region tree lives in code, not in the database.
 */
@Component
class PrefectureFigures {

    /** A month counts the draws made in it, in China's time like every date of the module. */
    static final String DRAWN_DAY = "CAST(d.drawn_at AT TIME ZONE 'Asia/Shanghai' AS date)";

    private final JdbcClient jdbc;

    PrefectureFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PrefectureMonth> byPrefecture(YearMonth from, YearMonth to, LongFunction<int[]> legacyPoolCounts) {
        Map<Key, Sums> sums = new HashMap<>();
        Map<String, RegionCode> prefectures = new HashMap<>();
        Sink sink = (region, month) -> sums.computeIfAbsent(
                new Key(prefectures.computeIfAbsent(region == null ? "" : region, PrefectureFigures::prefectureOf), month),
                k -> new Sums());
        LocalDate first = from.atDay(1);
        LocalDate last = to.atEndOfMonth();
        jdbc.sql("""
                        SELECT r.region_code, CAST(date_trunc('month', %1$s) AS date) AS month,
                               sum(r.pool_a), sum(r.pool_b), sum(r.pool_c), sum(r.pool_d),
                               sum(r.excluded_a + r.excluded_b + r.excluded_c + r.excluded_d),
                               sum(r.excluded_a * p.ratio_a + r.excluded_b * p.ratio_b + r.excluded_c * p.ratio_c
                                   + r.excluded_d * p.ratio_d) / 100
                        FROM inspection_draw_region r JOIN inspection_draw d ON d.plan_id = r.plan_id
                             JOIN inspection_plan p ON p.id = r.plan_id
                        WHERE d.drawn_at IS NOT NULL AND %1$s BETWEEN ? AND ? GROUP BY 1, 2""".formatted(DRAWN_DAY))
                .params(first, last).query(rs -> {
                    Sums s = sink.at(rs.getString(1), month(rs));
                    for (int c = 0; c < 4; c++) {
                        s.pool[c] += rs.getInt(3 + c);
                    }
                    s.spared += rs.getInt(7);
                    s.expected += rs.getDouble(8);
                });
        // Pools frozen before counts were kept per region count for the whole region only.
        jdbc.sql("""
                        SELECT d.plan_id, CAST(date_trunc('month', %1$s) AS date) AS month, d.pool_per_class, d.excluded_count,
                               d.excluded_expected_visits
                        FROM inspection_draw d
                        WHERE d.drawn_at IS NOT NULL AND %1$s BETWEEN ? AND ?
                          AND NOT EXISTS (SELECT 1 FROM inspection_draw_region r WHERE r.plan_id = d.plan_id)"""
                        .formatted(DRAWN_DAY))
                .params(first, last).query(rs -> {
                    Sums s = sink.at(null, month(rs));
                    java.sql.Array stored = rs.getArray(3);
                    int[] perClass = stored == null ? legacyPoolCounts.apply(rs.getLong(1))
                            : Arrays.stream((Integer[]) stored.getArray()).mapToInt(Integer::intValue).toArray();
                    for (int c = 0; c < 4; c++) {
                        s.pool[c] += perClass[c];
                    }
                    s.spared += rs.getInt(4);
                    s.expected += rs.getDouble(5);
                });
        jdbc.sql("""
                        SELECT region_code, CAST(date_trunc('month', drawn_on) AS date) AS month,
                               count(*) FILTER (WHERE NOT key_supervision AND risk_class = 'A'),
                               count(*) FILTER (WHERE NOT key_supervision AND risk_class = 'B'),
                               count(*) FILTER (WHERE NOT key_supervision AND risk_class = 'C'),
                               count(*) FILTER (WHERE NOT key_supervision AND risk_class = 'D'),
                               count(*) FILTER (WHERE key_supervision), count(*), sum(departments_covered - 1)
                        FROM inspection_task WHERE drawn_on BETWEEN ? AND ? GROUP BY 1, 2""")
                .params(first, last).query(rs -> {
                    Sums s = sink.at(rs.getString(1), month(rs));
                    for (int c = 0; c < 4; c++) {
                        s.drawn[c] += rs.getInt(3 + c);
                    }
                    s.key += rs.getInt(7);
                    s.tasks += rs.getInt(8);
                    s.joint += rs.getInt(9);
                });
        jdbc.sql("""
                        SELECT region_code, CAST(date_trunc('month', published_on) AS date) AS month, count(*),
                               count(*) FILTER (WHERE published_on <= publish_deadline)
                        FROM inspection_task WHERE published_on BETWEEN ? AND ? GROUP BY 1, 2""")
                .params(first, last).query(rs -> {
                    Sums s = sink.at(rs.getString(1), month(rs));
                    s.published += rs.getInt(3);
                    s.onTime += rs.getInt(4);
                });
        return new TreeMap<>(sums).entrySet().stream()
                .map(e -> e.getValue().figures(e.getKey().prefecture(), e.getKey().month())).toList();
    }

    /** A code outside the catalogue (or none) counts for the whole region rather than being lost. */
    static RegionCode prefectureOf(String code) {
        return Regions.find(code.strip()).map(RegionCode::prefecture).orElse(Regions.XINJIANG);
    }

    private static YearMonth month(ResultSet rs) throws SQLException {
        return YearMonth.from(rs.getObject(2, LocalDate.class));
    }

    @FunctionalInterface
    private interface Sink {
        Sums at(String regionCode, YearMonth month);
    }

    private record Key(RegionCode prefecture, YearMonth month) implements Comparable<Key> {

        @Override
        public int compareTo(Key o) {
            return Comparator.comparing(Key::month).thenComparing(k -> k.prefecture().code()).compare(this, o);
        }
    }

    private static final class Sums {
        final int[] pool = new int[4];
        final int[] drawn = new int[4];
        int key;
        int tasks;
        int joint;
        int spared;
        double expected;
        int published;
        int onTime;

        PrefectureMonth figures(RegionCode prefecture, YearMonth month) {
            Map<CreditRiskClass, ClassCoverage> coverage = new EnumMap<>(CreditRiskClass.class);
            for (CreditRiskClass c : CreditRiskClass.values()) {
                coverage.put(c, new ClassCoverage(pool[c.ordinal()], drawn[c.ordinal()]));
            }
            return new PrefectureMonth(prefecture, month, coverage, key, tasks, joint, spared, expected, published, onTime);
        }
    }
}
