package cn.yingshang.cockpit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Accounts;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class AppealFiguresTest {

    @LocalServerPort
    int port;

    @Autowired
    IndicatorComputation computation;

    @Autowired
    Indicators indicators;

    final Accounts accounts;

    @Autowired
    AppealFiguresTest(Accounts accounts) {
        this.accounts = accounts;
    }

    @Test
    @DisplayName("000 §5: an enterprise's complaint submitted through the appeal module counts in its prefecture and opens from the figure")
    void complaintCounted() {
        YearMonth month = YearMonth.now();
        RegionCode urumqi = RegionCode.of("650100");
        long before = computation.compute(indicators.require("appeal.complaints"), month).stream()
                .filter(c -> c.region().equals(urumqi) && c.departmentId() == 0).findFirst().orElseThrow().numerator().longValue();
        String title = "园区收费不透明 " + UUID.randomUUID().toString().substring(0, 6);
        var created = WebUser.demo(port, "enterprise1").postJson("/api/v1/appeals", """
                {"type":"COMPLAINT","category":"FEES","title":"%s","content":"园区物业向企业收取未公示的服务费用，请核查","phone":"13800000000"}"""
                .formatted(title));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long after = computation.compute(indicators.require("appeal.complaints"), month).stream()
                .filter(c -> c.region().equals(urumqi) && c.departmentId() == 0).findFirst().orElseThrow().numerator().longValue();
        assertThat(after - before).isEqualTo(1);
        assertThat(computation.source("appeal").cases("complaints", month, urumqi, null, Map.of(), 0, 10_000).rows())
                .extracting(FigureSource.CaseRow::title).contains(title);
        // The overdue figure runs on the real schema too (no appeal here is overdue yet in this test).
        assertThat(computation.compute(indicators.require("appeal.overdue-share"), month)).isNotEmpty();
    }
}
