package cn.yingshang.cockpit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.Regions;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.TestCodes;
import cn.yingshang.support.WebUser;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Indicators computed on known data. The test database persists between runs, so each run puts
 * its ratings and rectifications in a month of its own far in the future, and registry figures
 * are checked as differences.
 */
@PlatformTest
class IndicatorComputationTest {

    @LocalServerPort
    int port;

    @Autowired
    IndicatorComputation computation;

    @Autowired
    Indicators indicators;

    @Autowired
    IndicatorValues values;

    final Departments departments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    IndicatorComputationTest(Departments departments) {
        this.departments = departments;
    }

    static YearMonth uniqueMonth() {
        return YearMonth.of(2300 + ThreadLocalRandom.current().nextInt(5000), 1 + ThreadLocalRandom.current().nextInt(12));
    }

    Department department(String region, DepartmentFunction function) {
        return departments.responsibleFor(RegionCode.of(region), function).orElseThrow();
    }

    long supervisor() {
        return jdbc.sql("""
                        INSERT INTO cockpit_supervisor (name, affiliation, region_code, term_start, term_end)
                        VALUES ('测试监督员', '测试', '650100', DATE '2020-01-01', DATE '2030-12-31') RETURNING id""")
                .query(Long.class).single();
    }

    void rating(long supervisor, Department d, String region, LocalDate day, int level) {
        jdbc.sql("""
                        INSERT INTO cockpit_service_rating (supervisor_id, department_id, region_code, place, level, comment, rated_on)
                        VALUES (:s, :d, :r, '政务服务大厅', :l, '测试', :on)""")
                .param("s", supervisor).param("d", d.id().value()).param("r", region).param("l", level).param("on", day).update();
    }

    static IndicatorValues.Cell cell(List<IndicatorValues.Cell> cells, String region, long department) {
        return cells.stream().filter(c -> c.region().code().equals(region) && c.departmentId() == department).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("国办发〔2019〕51号: the 差评 share is computed per prefecture, per department and for the region, counties rolled up")
    void poorRatingShare() {
        YearMonth month = uniqueMonth();
        long s = supervisor();
        Department market = department("650100", DepartmentFunction.MARKET_REGULATION);
        Department tax = department("650100", DepartmentFunction.TAXATION);
        Department hami = department("650500", DepartmentFunction.MARKET_REGULATION);
        LocalDate day = month.atDay(10);
        rating(s, market, "650102", day, 1);   // a county of Urumqi counts for Urumqi
        rating(s, market, "650100", day, 2);
        rating(s, market, "650100", day, 5);
        rating(s, market, "650100", day, 4);
        rating(s, tax, "650100", day, 5);
        rating(s, tax, "650100", day, 5);
        rating(s, hami, "650500", day, 1);
        rating(s, hami, "650500", month.plusMonths(1).atDay(1), 1);  // next month: not counted

        List<IndicatorValues.Cell> cells = computation.compute(indicators.require("cockpit.poor-rating-share"), month);

        IndicatorValues.Cell urumqi = cell(cells, "650100", 0);
        assertThat(urumqi.numerator()).isEqualByComparingTo("2");
        assertThat(urumqi.denominator()).isEqualByComparingTo("6");
        assertThat(urumqi.value()).isEqualByComparingTo("0.3333");
        assertThat(urumqi.status()).isEqualTo(FigureStatus.BREACH);
        assertThat(cell(cells, "650100", market.id().value()).value()).isEqualByComparingTo("0.5");
        assertThat(cell(cells, "650100", tax.id().value()).status()).isEqualTo(FigureStatus.ON_TRACK);
        assertThat(cell(cells, "650500", 0).value()).isEqualByComparingTo("1");
        assertThat(cell(cells, "650000", 0).numerator()).isEqualByComparingTo("3");
        assertThat(cell(cells, "650000", 0).denominator()).isEqualByComparingTo("7");
        assertThat(cell(cells, "654000", 0).status()).isEqualTo(FigureStatus.INSUFFICIENT);
        assertThat(cells.stream().filter(c -> c.departmentId() == 0 && !c.region().equals(Regions.XINJIANG)))
                .hasSize(Regions.prefectures().size());

        FigureSource.CasePage poor = computation.source("supervision").cases("poor-ratings", month, RegionCode.of("650100"), null, Map.of(), 0, 50);
        assertThat(poor.total()).isEqualTo(2);
        assertThat(poor.rows()).allSatisfy(r -> assertThat(r.status()).isIn("非常不满意", "不满意"));
        assertThat(values.byRegion(indicators.require("cockpit.poor-rating-share").id(), month)).hasSize(Regions.prefectures().size() + 1);
    }

    @Test
    @DisplayName("a rectification answered after its deadline, or still open past it, counts as overdue in the month it fell due")
    void rectificationOverdue() {
        YearMonth month = uniqueMonth();
        Department d = department("653100", DepartmentFunction.TAXATION);
        LocalDate deadline = month.atDay(15);
        String insert = """
                INSERT INTO cockpit_rectification (origin, origin_id, department_id, region_code, issue, opened_on, deadline, status, responded_on)
                VALUES ('RATING', 0, :d, '653101', '测试', :opened, :deadline, :status, :responded)""";
        for (Object[] r : new Object[][]{{"RESPONDED", deadline.minusDays(1)}, {"RESPONDED", deadline.plusDays(2)}, {"OPEN", null},
                {"CLOSED", deadline}}) {
            jdbc.sql(insert).param("d", d.id().value()).param("opened", deadline.minusDays(14)).param("deadline", deadline)
                    .param("status", r[0]).param("responded", r[1]).update();
        }
        // The month lies in the future, but "today" is earlier, so the open item is not yet overdue.
        List<IndicatorValues.Cell> cells = computation.compute(indicators.require("cockpit.rectification-overdue"), month);
        IndicatorValues.Cell kashgar = cell(cells, "653100", 0);
        assertThat(kashgar.denominator()).isEqualByComparingTo("4");
        assertThat(kashgar.numerator()).isEqualByComparingTo("1");
        assertThat(kashgar.value()).isEqualByComparingTo("0.25");
        assertThat(kashgar.status()).isEqualTo(FigureStatus.BREACH);
    }

    @Test
    @DisplayName("004 #3 and the abnormal list: the registry source counts an active entity on the abnormal list in its prefecture")
    void registryAbnormalShare() {
        Indicator share = indicators.require("registry.abnormal-share");
        YearMonth month = YearMonth.now();
        IndicatorValues.Cell before = cell(computation.compute(share, month), "652900", 0);
        WebUser office = WebUser.demo(port, "office");
        String listed = TestCodes.enterprise("652901");
        for (String code : List.of(listed, TestCodes.enterprise("652901"))) {
            var created = office.postJson("/api/v1/entities", """
                    {"creditCode":"%s","name":"阿克苏指标测试%s有限公司","kind":"ENTERPRISE","ownership":"PRIVATE","region":"652901",
                     "industry":"F5191","established":"2018-04-01","headcount":12,"revenue":300,"assets":200}""".formatted(code, code.substring(10)));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
        assertThat(office.postJson("/api/v1/entities/" + listed + "/abnormal-periods",
                "{\"listedOn\":\"2025-01-05\",\"reason\":\"通过登记的住所无法联系\"}").status()).isEqualTo(201);

        IndicatorValues.Cell after = cell(computation.compute(share, month), "652900", 0);
        assertThat(after.numerator().subtract(before.numerator())).isEqualByComparingTo("1");
        assertThat(after.denominator().subtract(before.denominator())).isEqualByComparingTo("2");
        FigureSource.CasePage cases = computation.source("registry").cases("abnormal", month, RegionCode.of("652900"), null, Map.of(), 0, 10_000);
        assertThat(cases.rows()).extracting(FigureSource.CaseRow::reference).contains(listed);
    }

    @Test
    @DisplayName("003 §45: a credit repair the credit module announces is counted in the prefecture of the entity's code")
    void creditRepairs() throws InterruptedException {
        YearMonth month = uniqueMonth();
        long recordId = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
        String code = TestCodes.enterprise("653101");
        transactions.executeWithoutResult(s -> events.publishEvent(new cn.yingshang.credit.CreditRepaired(cn.yingshang.shared.CreditCode.of(code), recordId,
                cn.yingshang.credit.CreditRecordKind.values()[0], "TEST", month.atDay(5))));
        awaitRows("SELECT count(*) FROM cockpit_credit_repair WHERE record_id = :id", recordId, 1);
        IndicatorValues.Cell kashgar = cell(computation.compute(indicators.require("credit.repairs"), month), "653100", 0);
        assertThat(kashgar.numerator()).isEqualByComparingTo("1");
        assertThat(computation.source("credit").cases("repairs", month, RegionCode.of("653100"), null, Map.of(), 0, 10).rows())
                .extracting(FigureSource.CaseRow::reference).containsExactly(code);
    }

    @Test
    @DisplayName("国令802号 Art. 9: public bodies' overdue arrears count by region and department until cleared")
    void arrearsClearance() throws InterruptedException {
        // A past month of its own: snapshot measures count as of the month's end, which must not lie after today.
        YearMonth month = YearMonth.of(1100 + ThreadLocalRandom.current().nextInt(800), 1 + ThreadLocalRandom.current().nextInt(12));
        long dept = department("652300", DepartmentFunction.INDUSTRY_IT).id().value();
        long first = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE - 10);
        transactions.executeWithoutResult(s -> {
            for (long id = first; id < first + 3; id++) {
                events.publishEvent(new cn.yingshang.arrears.GovernmentArrearsOverdue(id, "QK-" + id,
                        cn.yingshang.shared.CreditCode.of(TestCodes.compose("11", "652301")), "昌吉州某局", "机关",
                        cn.yingshang.shared.RegionCode.of("652301"), dept, cn.yingshang.shared.CreditCode.of(TestCodes.enterprise("652301")), new java.math.BigDecimal("120000.00"), month.atDay(1), month.atDay(2)));
            }
        });
        awaitRows("SELECT count(*) FROM cockpit_arrears_case WHERE claim_id >= :id AND claim_id < :id + 3", first, 3);
        transactions.executeWithoutResult(s -> events.publishEvent(new cn.yingshang.arrears.GovernmentArrearsCleared(first, "QK-" + first, month.atDay(20))));
        awaitRows("SELECT count(*) FROM cockpit_arrears_case WHERE claim_id = :id AND cleared_on IS NOT NULL", first, 1);

        // Counted by the month's end; the same claims in earlier runs used other months, so compare with the month before.
        IndicatorValues.Cell before = computation.compute(indicators.require("arrears.cleared-share"), month.minusMonths(1)).stream()
                .filter(c -> c.region().code().equals("652300") && c.departmentId() == dept).findFirst()
                .orElse(new IndicatorValues.Cell(0, "", RegionCode.of("652300"), dept, java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, null, FigureStatus.INSUFFICIENT));
        IndicatorValues.Cell after = cell(computation.compute(indicators.require("arrears.cleared-share"), month), "652300", dept);
        assertThat(after.denominator().subtract(before.denominator())).isEqualByComparingTo("3");
        assertThat(after.numerator().subtract(before.numerator())).isEqualByComparingTo("1");
        assertThat(computation.source("arrears").cases("uncleared", month, RegionCode.of("652300"), dept, Map.of(), 0, 1000).rows())
                .extracting(FigureSource.CaseRow::reference).contains("QK-" + (first + 1)).doesNotContain("QK-" + first);
    }

    private void awaitRows(String sql, long id, long expected) throws InterruptedException {
        org.awaitility.Awaitility.await(sql).atMost(java.time.Duration.ofSeconds(10))
                .until(() -> jdbc.sql(sql).param("id", id).query(Long.class).single() >= expected);
        assertThat(jdbc.sql(sql).param("id", id).query(Long.class).single()).isEqualTo(expected);
    }
}
