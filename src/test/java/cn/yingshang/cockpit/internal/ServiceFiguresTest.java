package cn.yingshang.cockpit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.support.PlatformTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The government-services indicators on known cases in a month of their own (the test database
 * persists between runs): four cases of 哈密市市场监督管理局, three decided, three rated.
 */
@PlatformTest
class ServiceFiguresTest {

    @Autowired
    IndicatorComputation computation;
    @Autowired
    Indicators indicators;
    @Autowired
    Departments departments;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ServiceFigureSource source;

    static final String DEPARTMENT = "哈密市市场监督管理局";

    long implementation(String code) {
        return jdbc.sql("SELECT id FROM svc_implementation WHERE item_code = :c AND level = 'CITY' ORDER BY id LIMIT 1")
                .param("c", code).query(Long.class).single();
    }

    long serviceCase(String item, String channel, LocalDate applied, LocalDate due, LocalDate decided) {
        return jdbc.sql("""
                        INSERT INTO svc_case (request_key, implementation_id, department, region_code, credit_code, channel, status,
                                              applied_on, accepted_on, due_on, decided_on)
                        VALUES (:k, :impl, :dept, '650500', '91650500TESTFIG001', :channel, :status, :applied, :applied, :due, :decided)
                        RETURNING id""")
                .param("k", "figures:" + UUID.randomUUID()).param("impl", implementation(item)).param("dept", DEPARTMENT)
                .param("channel", channel).param("status", decided == null ? "ACCEPTED" : "GRANTED").param("applied", applied)
                .param("due", due).param("decided", decided).query(Long.class).single();
    }

    void rating(long caseId, int level, boolean named, LocalDate on, String badStatus, LocalDate visited) {
        jdbc.sql("""
                        INSERT INTO svc_rating (case_id, level, named, department, window_name, rated_on, rated_at)
                        VALUES (:c, :l, :named, :dept, '测试窗口', :on, now())""")
                .param("c", caseId).param("l", level).param("named", named).param("dept", DEPARTMENT).param("on", on).update();
        if (badStatus != null) {
            jdbc.sql("INSERT INTO svc_bad_rating (case_id, status, return_visited_on) VALUES (:c, :s, :v)")
                    .param("c", caseId).param("s", badStatus).param("v", visited).update();
        }
    }

    IndicatorValues.Cell figure(String code, YearMonth month, long department) {
        List<IndicatorValues.Cell> cells = computation.compute(indicators.require(code), month);
        return IndicatorComputationTest.cell(cells, "650500", department);
    }

    void expect(String code, YearMonth month, long department, int numerator, int denominator) {
        IndicatorValues.Cell c = figure(code, month, department);
        assertThat(c.numerator()).as(code).isEqualByComparingTo(Integer.toString(numerator));
        assertThat(c.denominator()).as(code).isEqualByComparingTo(Integer.toString(denominator));
    }

    @Test
    @DisplayName("000 §19, 001 §25: 网办率, 全程网办率, 即办件比例, compression, on-time, 一次办结, visits, 好评率, 差评整改率 and return visits on known cases")
    void figuresOnKnownCases() {
        YearMonth m = YearMonth.of(2400 + ThreadLocalRandom.current().nextInt(5000), 3);
        long dept = departments.responsibleFor(RegionCode.of("650500"), DepartmentFunction.MARKET_REGULATION).orElseThrow().id().value();
        // 企业设立登记: statutory 3, promised 1, fully online. Online, decided on time, no notice, rated 5.
        long c1 = serviceCase("SVC-SC-003", "ONLINE", m.atDay(5), m.atDay(6), m.atDay(6));
        // 发票申领: statutory 5, promised 0, 即办件. Mobile, decided two days late, rated 1 (named; rectified, visited).
        long c2 = serviceCase("SVC-SW-001", "MOBILE", m.atDay(5), m.atDay(5), m.atDay(7));
        // 居民身份证申领: statutory 60, promised 15, window only. At the window with a 补正 notice: two visits; on time.
        long c3 = serviceCase("SVC-GA-003", "WINDOW", m.atDay(10), m.atDay(20), m.atDay(15));
        jdbc.sql("INSERT INTO svc_case_notice (case_id, materials, supply_by, issued_at, issued_by) VALUES (:c, ARRAY['照片'], :d, now(), 'test')")
                .param("c", c3).param("d", m.atDay(12)).update();
        // The same item at the window, not yet decided: one visit.
        serviceCase("SVC-GA-003", "WINDOW", m.atDay(10), m.atDay(20), null);
        rating(c1, 5, true, m.atDay(8), null, null);
        rating(c2, 1, true, m.atDay(8), "FEEDBACK", m.atDay(9));
        rating(c3, 2, false, m.atDay(16), "RECTIFYING", null);

        expect("services.online", m, dept, 2, 4);
        expect("services.fully-online", m, dept, 2, 4);
        expect("services.instant", m, dept, 1, 4);
        expect("services.compression", m, dept, (3 - 1) + (5 - 0) + 2 * (60 - 15), 3 + 5 + 60 + 60);
        expect("services.on-time", m, dept, 2, 3);
        expect("services.first-time", m, dept, 2, 3);
        expect("services.visits", m, dept, 3, 4);
        expect("services.good-ratings", m, dept, 1, 3);
        expect("services.bad-rectified", m, dept, 1, 2);
        expect("services.return-visits", m, dept, 1, 1);
        // Region and department roll-ups agree: nothing else was counted in that month.
        expect("services.online", m, 0, 2, 4);
        assertThat(indicators.require("services.visits").format(new java.math.BigDecimal("0.75"))).isEqualTo("0.8 次");

        FigureSource.CasePage onTime = source.cases("on-time", m, RegionCode.of("650500"), dept, java.util.Map.of(), 0, 10);
        assertThat(onTime.total()).isEqualTo(2);
        assertThat(onTime.rows()).extracting(FigureSource.CaseRow::reference).containsExactlyInAnyOrder("办件 #" + c1, "办件 #" + c3);
    }
}
