package cn.yingshang.cockpit.internal;

import cn.yingshang.shared.RegionCode;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Computed figures: what every cockpit page reads, so pages never count millions of rows. */
@Repository
class IndicatorValues {

    static final long ALL_DEPARTMENTS = 0L;

    private final JdbcClient jdbc;

    IndicatorValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One figure in one cell. */
    record Cell(long indicatorId, String period, RegionCode region, long departmentId, BigDecimal numerator,
                BigDecimal denominator, BigDecimal value, FigureStatus status) {
    }

    /** One transaction, so a page never reads a month half replaced. */
    @Transactional
    void replace(long indicatorId, YearMonth month, List<Cell> cells, Instant computedAt) {
        jdbc.sql("DELETE FROM cockpit_indicator_value WHERE indicator_id = :i AND period = :p")
                .param("i", indicatorId).param("p", month.toString()).update();
        for (Cell c : cells) {
            jdbc.sql("""
                            INSERT INTO cockpit_indicator_value (indicator_id, period, region_code, department_id, numerator,
                              denominator, value, status, computed_at) VALUES (:i, :p, :r, :d, :n, :den, :v, :s, :at)""")
                    .param("i", indicatorId).param("p", month.toString()).param("r", c.region().code())
                    .param("d", c.departmentId()).param("n", c.numerator()).param("den", c.denominator())
                    .param("v", c.value()).param("s", c.status().name()).param("at", Timestamp.from(computedAt)).update();
        }
    }

    /** Each region's figure for the indicator in the month, all departments together. */
    List<Cell> byRegion(long indicatorId, YearMonth month) {
        return jdbc.sql("SELECT * FROM cockpit_indicator_value WHERE indicator_id = :i AND period = :p AND department_id = 0 ORDER BY region_code")
                .param("i", indicatorId).param("p", month.toString()).query(IndicatorValues::map).list();
    }

    /** Each department's figure for the indicator in the month within a region. */
    List<Cell> byDepartment(long indicatorId, YearMonth month, RegionCode region) {
        return jdbc.sql("""
                        SELECT * FROM cockpit_indicator_value WHERE indicator_id = :i AND period = :p AND region_code = :r
                        AND department_id <> 0 ORDER BY value DESC NULLS LAST""")
                .param("i", indicatorId).param("p", month.toString()).param("r", region.code())
                .query(IndicatorValues::map).list();
    }

    Optional<Cell> cell(long indicatorId, YearMonth month, RegionCode region, long departmentId) {
        return jdbc.sql("""
                        SELECT * FROM cockpit_indicator_value WHERE indicator_id = :i AND period = :p AND region_code = :r
                        AND department_id = :d""")
                .param("i", indicatorId).param("p", month.toString()).param("r", region.code()).param("d", departmentId)
                .query(IndicatorValues::map).optional();
    }

    /** The region's figure month by month, oldest first. */
    List<Cell> trend(long indicatorId, RegionCode region, YearMonth from, YearMonth to) {
        return jdbc.sql("""
                        SELECT * FROM cockpit_indicator_value WHERE indicator_id = :i AND region_code = :r AND department_id = 0
                        AND period BETWEEN :from AND :to ORDER BY period""")
                .param("i", indicatorId).param("r", region.code()).param("from", from.toString()).param("to", to.toString())
                .query(IndicatorValues::map).list();
    }

    /** How many figures of the month breach their threshold: the map's alert badge, without reading them. */
    long breachCount(YearMonth month) {
        return jdbc.sql("SELECT count(*) FROM cockpit_indicator_value WHERE period = :p AND status = 'BREACH'")
                .param("p", month.toString()).query(Long.class).single();
    }

    /** Every breached figure of the month. */
    List<Cell> breaches(YearMonth month) {
        return jdbc.sql("SELECT * FROM cockpit_indicator_value WHERE period = :p AND status = 'BREACH' ORDER BY indicator_id, region_code, department_id")
                .param("p", month.toString()).query(IndicatorValues::map).list();
    }


    private static Cell map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Cell(rs.getLong("indicator_id"), rs.getString("period"), RegionCode.of(rs.getString("region_code")),
                rs.getLong("department_id"), rs.getBigDecimal("numerator"), rs.getBigDecimal("denominator"),
                rs.getBigDecimal("value"), FigureStatus.valueOf(rs.getString("status")));
    }
}
