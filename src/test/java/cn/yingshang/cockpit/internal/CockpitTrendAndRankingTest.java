package cn.yingshang.cockpit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.shared.Regions;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The cockpit ranks best first whichever way an indicator points, and keeps twelve months without a button press. */
@PlatformTest
class CockpitTrendAndRankingTest {

    @LocalServerPort
    int port;

    @Autowired
    IndicatorMonths months;

    @Autowired
    FigureViews figures;

    @Autowired
    Indicators indicators;

    @Autowired
    JdbcClient jdbc;

    static Indicator indicator(Direction direction) {
        return new Indicator(1, "T", "测试指标", "appeal", "appeal", "overdue", "open", "{}", direction,
                new BigDecimal("0.1"), new BigDecimal("0.2"), 5, "", true, 1);
    }

    static FigureViews.Row row(String region, String value, FigureStatus status) {
        return new FigureViews.Row("2026-11", region, region, null, "全部部门", BigDecimal.ONE, BigDecimal.TEN,
                value == null ? null : new BigDecimal(value), value, status, "/");
    }

    static List<String> order(List<FigureViews.Ranked> ranked) {
        return ranked.stream().map(r -> r.row().regionCode() + ":" + r.rank()).toList();
    }

    @Test
    @DisplayName("lower is better: the lowest overdue share ranks 1; equal figures share a rank; too few cases are unranked and last")
    void lowerIsBetterRanksTheLowestFirst() {
        List<FigureViews.Row> rows = List.of(row("worst", "0.40", FigureStatus.BREACH), row("thin", "0.00", FigureStatus.INSUFFICIENT),
                row("best", "0.05", FigureStatus.ON_TRACK), row("mid1", "0.15", FigureStatus.WATCH), row("mid2", "0.15", FigureStatus.WATCH));
        assertThat(order(FigureViews.ranked(indicator(Direction.LOWER_IS_BETTER), rows)))
                .containsExactly("best:1", "mid1:2", "mid2:2", "worst:4", "thin:null");
        assertThat(order(FigureViews.ranked(indicator(Direction.HIGHER_IS_BETTER), rows)))
                .containsExactly("worst:1", "mid1:2", "mid2:2", "best:4", "thin:null");
    }

    @Test
    @DisplayName("the schedule fills the twelve months of the trend (no 重新计算 needed), and the map page shows rank 1 first")
    void scheduleFillsTwelveMonths() {
        YearMonth now = figures.currentMonth();
        YearMonth old = now.minusMonths(5);
        jdbc.sql("DELETE FROM cockpit_indicator_value WHERE period = :p").param("p", old.toString()).update();
        assertThat(months.incomplete()).contains(old);

        months.completeTrend();

        assertThat(months.incomplete()).isEmpty();
        Indicator first = indicators.enabled().get(0);
        assertThat(figures.trend(first, Regions.XINJIANG, now, IndicatorMonths.TREND_MONTHS)).hasSize(12);
        String map = WebUser.demo(port, "office").get("/cockpit/map?indicator=" + first.code()).body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<tr data-region=\"\\d+\">\\s*<td>([^<]+)</td>").matcher(map);
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isIn("1", "—");
    }
}
