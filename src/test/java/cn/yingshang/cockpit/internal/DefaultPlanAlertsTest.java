package cn.yingshang.cockpit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The platform's defaults must not trip its own alarms (issue 21 item 5): a plan drawn at the shipped
 * ratios gives every coverage indicator ON_TRACK (or too small a sample to judge), whatever the size
 * of the pool, with the draw's rounding up (DrawAlgorithm: k = ceil(n × r / 100)).
 */
@PlatformTest
class DefaultPlanAlertsTest {

    final Indicators indicators;
    final JdbcClient jdbc;

    @Autowired
    DefaultPlanAlertsTest(Indicators indicators, JdbcClient jdbc) {
        this.indicators = indicators;
        this.jdbc = jdbc;
    }

    @Test
    @DisplayName("国市监信发〔2022〕6号: a plan at the default A/B/C/D ratios raises no cockpit coverage alert for any pool size")
    void defaultPlanRaisesNoAlert() {
        // The shipped defaults, as a new plan takes them (the test reads, it does not change them).
        Map<String, Object> settings = jdbc.sql("SELECT ratio_a, ratio_b, ratio_c, ratio_d FROM inspection_settings WHERE id = 1")
                .query().singleRow();
        for (String cls : new String[] {"a", "b", "c", "d"}) {
            BigDecimal ratio = (BigDecimal) settings.get("ratio_" + cls);
            Indicator indicator = indicators.require("inspection.coverage-" + cls);
            for (int pool = 1; pool <= 5000; pool++) {
                BigDecimal drawn = ratio.multiply(BigDecimal.valueOf(pool)).divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING);
                Indicator.Figure figure = indicator.rate(drawn, BigDecimal.valueOf(pool));
                assertThat(figure.status()).as("class %s, %s of %d drawn at %s %%", cls, drawn, pool, ratio)
                        .isIn(FigureStatus.ON_TRACK, FigureStatus.INSUFFICIENT);
            }
        }
    }
}
