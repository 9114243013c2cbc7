package cn.yingshang.cockpit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.credit.CreditRecordKind;
import cn.yingshang.credit.CreditRecords;
import cn.yingshang.credit.NewCreditRecord;
import cn.yingshang.credit.Severity;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.TestCodes;
import cn.yingshang.support.WebUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class PublicationOnTimeIndicatorTest {

    @LocalServerPort
    int port;
    @Autowired
    IndicatorComputation computation;
    @Autowired
    Indicators indicators;
    @Autowired
    CreditRecords credit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    @DisplayName("国发〔2016〕33号: the cockpit's 双公示 indicator counts, per prefecture, decisions published within 7 working days of the decision")
    void onTimePublicationPerPrefecture() throws Exception {
        WebUser office = WebUser.demo(port, "office");
        String code = TestCodes.enterprise("654002");
        WebUser.Response registered = office.postJson("/api/v1/entities", """
                {"creditCode":"%s","name":"测试%s伊宁双公示有限公司","kind":"ENTERPRISE","ownership":"PRIVATE","region":"654002","industry":"I6513",
                 "established":"2019-03-01","registeredCapital":100,"headcount":25,"revenue":600,"assets":700,
                 "status":"ACTIVE","qualifications":[],"tags":[]}""".formatted(code, code.substring(10, 16)));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        LocalDate today = LocalDate.now(clock);
        // two penalties decided three months ago and reported only now: late (the demo data may hold others of that month)
        LocalDate old = today.minusMonths(3).withDayOfMonth(10);
        YearMonth month = YearMonth.from(old);
        BigDecimal[] before = yili(month);
        List<String> numbers = List.of("伊罚-" + UUID.randomUUID(), "伊罚-" + UUID.randomUUID());
        for (String number : numbers) {
            credit.record(new NewCreditRecord(code, CreditRecordKind.PENALTY, "650100-MARKET_REGULATION", number,
                    "《中华人民共和国产品质量法》第四十九条", old, Severity.ORDINARY, "销售不合格产品"));
        }
        BigDecimal[] after = org.awaitility.Awaitility.await("both decisions published").atMost(Duration.ofSeconds(30))
                .until(() -> yili(month), now -> now[1].compareTo(before[1].add(BigDecimal.valueOf(2))) >= 0);
        assertThat(after[1]).as("denominator: decisions published").isEqualByComparingTo(before[1].add(BigDecimal.valueOf(2)));
        assertThat(after[0]).as("numerator: published on time").isEqualByComparingTo(before[0]);

        FigureSource.CasePage behind = computation.source("publication").cases("published", month, RegionCode.of("654000"),
                null, Map.of(), 0, 500);
        assertThat(behind.rows()).filteredOn(r -> numbers.contains(r.reference())).hasSize(2)
                .allMatch(r -> r.status().equals("逾期公示") && r.region().equals("伊宁市"));
        assertThat(computation.source("publication").cases("published-on-time", month, RegionCode.of("654000"), null, Map.of(), 0, 500)
                .rows()).noneMatch(r -> numbers.contains(r.reference()));
    }

    /** Numerator and denominator of the indicator for 伊犁州 (654000) in the month, zero when it has no cell yet. */
    BigDecimal[] yili(YearMonth month) {
        return computation.compute(indicators.require(PublicationFigureSource.INDICATOR), month).stream()
                .filter(c -> c.region().code().equals("654000") && c.departmentId() == 0).findFirst()
                .map(c -> new BigDecimal[] {c.numerator(), c.denominator() == null ? BigDecimal.ZERO : c.denominator()})
                .orElse(new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
    }
}
