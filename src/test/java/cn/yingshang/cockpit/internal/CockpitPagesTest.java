package cn.yingshang.cockpit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class CockpitPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    IndicatorComputation computation;

    @Autowired
    Indicators indicators;

    final Departments departments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CockpitPagesTest(Departments departments) {
        this.departments = departments;
    }

    @Test
    @DisplayName("000 §5: the map's JSON colours each prefecture by status, and every figure opens its cases and exports to Excel")
    void mapCasesAndExport() {
        YearMonth month = IndicatorComputationTest.uniqueMonth();
        long dept = departments.responsibleFor(RegionCode.of("654200"), DepartmentFunction.MARKET_REGULATION).orElseThrow().id().value();
        long s = jdbc.sql("INSERT INTO cockpit_supervisor (name, affiliation, region_code, term_start, term_end) VALUES ('页面测试', '测试', '654200', DATE '2020-01-01', DATE '2030-01-01') RETURNING id")
                .query(Long.class).single();
        jdbc.sql("INSERT INTO cockpit_service_rating (supervisor_id, department_id, region_code, place, level, comment, rated_on) VALUES (:s, :d, '654201', '塔城市政务服务中心', 1, '推诿', :on)")
                .param("s", s).param("d", dept).param("on", month.atDay(3)).update();
        computation.compute(indicators.require("cockpit.poor-rating-share"), month);

        WebUser office = WebUser.demo(port, "office");
        var map = office.getJson("/api/v1/cockpit/map?indicator=cockpit.poor-rating-share&period=" + month);
        assertThat(map.status()).isEqualTo(200);
        assertThat(map.body()).contains("\"name\":\"塔城地区\"").contains("\"status\":\"BREACH\"").contains("石河子市");

        var page = office.get("/cockpit/map?indicator=cockpit.poor-rating-share&period=" + month);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("塔城地区").contains("/js/cockpit.js").contains("data-cockpit-chart=\"map\"");

        var cases = office.get("/cockpit/indicators/cockpit.poor-rating-share/cases?period=" + month + "&region=654200");
        assertThat(cases.body()).contains("塔城市政务服务中心").contains("推诿");

        var xlsx = office.get("/cockpit/indicators/cockpit.poor-rating-share/cases.xlsx?period=" + month + "&region=654200");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.body()).startsWith("PK");
        assertThat(office.get("/cockpit/map.xlsx?indicator=cockpit.poor-rating-share&period=" + month).body()).startsWith("PK");
        assertThat(office.get("/cockpit/alerts?period=" + month).body()).contains("服务差评率").contains("塔城地区");
        assertThat(office.get("/cockpit/indicators/cockpit.poor-rating-share?region=654200&period=" + month).body()).contains("近 12 个月走势");
        assertThat(office.getJson("/api/v1/cockpit/indicators/cockpit.poor-rating-share/trend?region=654200&period=" + month).body())
                .contains("\"period\":\"" + month + "\"");
    }

    @Test
    @DisplayName("the cockpit is for the office, administrators and supervisors: an enterprise or a department handler is refused")
    void access() {
        assertThat(WebUser.demo(port, "supervisor").get("/cockpit/map").status()).isEqualTo(200);
        assertThat(WebUser.demo(port, "enterprise1").getJson("/api/v1/cockpit/map").status()).isEqualTo(403);
        assertThat(WebUser.demo(port, "scj.handler").get("/cockpit/map").status()).isEqualTo(403);
        assertThat(WebUser.demo(port, "supervisor").get("/cockpit/indicators/new").status()).isEqualTo(403);
    }

    @Test
    @DisplayName("000 §5: indicators are data: the office retunes a threshold, and inconsistent thresholds are refused")
    void editIndicator() {
        WebUser office = WebUser.demo(port, "office");
        Indicator i = indicators.require("cockpit.task-overdue");
        Map<String, String> form = new java.util.HashMap<>(Map.of("code", i.code(), "name", i.name(), "module", i.module(),
                "source", i.source(), "numerator", i.numerator(), "denominator", i.denominator(), "filters", "",
                "direction", "LOWER_IS_BETTER", "onTrack", "0.20", "breach", "0.10"));
        form.put("minSample", "1");
        form.put("enabled", "true");
        form.put("sortOrder", "60");
        assertThat(office.postForm("/cockpit/indicators", form).body()).contains("预警值应不低于达标值");
        form.put("onTrack", "0.02");
        form.put("breach", "0.12");
        assertThat(office.postForm("/cockpit/indicators", form).body()).contains("已保存指标");
        assertThat(indicators.require("cockpit.task-overdue").breach()).isEqualByComparingTo("0.12");
        form.put("breach", "0.10");
        form.put("onTrack", "0.00");
        office.postForm("/cockpit/indicators", form);
    }
}
