package cn.yingshang.cockpit.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.shared.DomainViolation;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The indicator definitions officials maintain. */
@Repository
class Indicators {

    private final JdbcClient jdbc;

    Indicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Indicator> all() {
        return jdbc.sql("SELECT * FROM cockpit_indicator ORDER BY sort_order, code").query(Indicators::map).list();
    }

    List<Indicator> enabled() {
        return all().stream().filter(Indicator::enabled).toList();
    }

    Optional<Indicator> byCode(String code) {
        return jdbc.sql("SELECT * FROM cockpit_indicator WHERE code = :c").param("c", code).query(Indicators::map).optional();
    }

    Indicator require(String code) {
        return byCode(code).orElseThrow(() -> new NoSuchElementException(Text.of("cockpit.indicators.notFound", code)));
    }

    Optional<Indicator> byId(long id) {
        return jdbc.sql("SELECT * FROM cockpit_indicator WHERE id = :id").param("id", id).query(Indicators::map).optional();
    }

    /** Adds an indicator or, when its code exists, replaces its definition. */
    Indicator save(Indicator i) {
        if (i.code() == null || i.code().isBlank()) {
            throw DomainViolation.of("code", "cockpit.indicators.codeRequired");
        }
        if (i.name() == null || i.name().isBlank()) {
            throw DomainViolation.of("name", "cockpit.indicators.nameRequired");
        }
        if (i.onTrack() == null || i.breach() == null) {
            throw DomainViolation.of("onTrack", "cockpit.indicators.thresholdsRequired");
        }
        boolean consistent = i.direction() == Direction.HIGHER_IS_BETTER
                ? i.onTrack().compareTo(i.breach()) >= 0 : i.onTrack().compareTo(i.breach()) <= 0;
        if (!consistent) {
            throw DomainViolation.of("breach", i.direction() == Direction.HIGHER_IS_BETTER
                    ? "cockpit.indicators.breachAboveTarget" : "cockpit.indicators.breachBelowTarget");
        }
        if (i.minSample() < 0) {
            throw DomainViolation.of("minSample", "cockpit.indicators.minSampleNegative");
        }
        jdbc.sql("""
                        INSERT INTO cockpit_indicator (code, name, module, source, numerator, denominator, filters, direction,
                          on_track, breach, min_sample, description, enabled, sort_order, unit)
                        VALUES (:code, :name, :module, :source, :num, :den, :filters, :dir, :on, :breach, :min, :desc, :enabled, :sort,
                          :unit)
                        ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, module = EXCLUDED.module, source = EXCLUDED.source,
                          numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator, filters = EXCLUDED.filters,
                          direction = EXCLUDED.direction, on_track = EXCLUDED.on_track, breach = EXCLUDED.breach,
                          min_sample = EXCLUDED.min_sample, description = EXCLUDED.description, enabled = EXCLUDED.enabled,
                          sort_order = EXCLUDED.sort_order, unit = EXCLUDED.unit""")
                .param("code", i.code()).param("name", i.name()).param("module", i.module()).param("source", i.source())
                .param("num", i.numerator()).param("den", i.isRatio() ? i.denominator() : null)
                .param("filters", i.filters() == null ? "" : i.filters()).param("dir", i.direction().name())
                .param("on", i.onTrack()).param("breach", i.breach()).param("min", i.minSample())
                .param("desc", i.description() == null ? "" : i.description()).param("enabled", i.enabled())
                .param("sort", i.sortOrder()).param("unit", i.isRatio() ? i.unit() : "").update();
        return require(i.code());
    }

    static Indicator map(ResultSet rs, int n) throws SQLException {
        return new Indicator(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("module"),
                rs.getString("source"), rs.getString("numerator"), rs.getString("denominator"), rs.getString("filters"),
                Direction.valueOf(rs.getString("direction")), rs.getBigDecimal("on_track"), rs.getBigDecimal("breach"),
                rs.getInt("min_sample"), rs.getString("description"), rs.getBoolean("enabled"), rs.getInt("sort_order"),
                rs.getString("unit"));
    }

    static BigDecimal zero() {
        return BigDecimal.ZERO;
    }
}
