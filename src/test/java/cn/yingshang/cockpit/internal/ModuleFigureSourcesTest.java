package cn.yingshang.cockpit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.appeal.AppealIntake;
import cn.yingshang.inspection.KnownInspectionFigures;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.TestCodes;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The indicators over the policy, inspection, catalogue (complaints) and review modules, computed on
 * known data. Policy payouts and review records are arranged in a month of their own far in the
 * future (the test database persists between runs); appeals count as differences.
 */
@PlatformTest
class ModuleFigureSourcesTest {

    final IndicatorComputation computation;
    final Indicators indicators;
    final Departments departments;
    final AppealIntake intake;
    final JdbcClient jdbc;
    final Clock clock;

    @Autowired
    ModuleFigureSourcesTest(IndicatorComputation computation, Indicators indicators, Departments departments, AppealIntake intake,
                            JdbcClient jdbc, Clock clock) {
        this.computation = computation;
        this.indicators = indicators;
        this.departments = departments;
        this.intake = intake;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static YearMonth uniqueMonth() {
        return YearMonth.of(2300 + ThreadLocalRandom.current().nextInt(5000), 1 + ThreadLocalRandom.current().nextInt(12));
    }

    long hamiMarket() {
        return departments.responsibleFor(RegionCode.of("650500"), DepartmentFunction.MARKET_REGULATION).orElseThrow().id().value();
    }

    static IndicatorValues.Cell cell(List<IndicatorValues.Cell> cells, String region, long department) {
        return IndicatorComputationTest.cell(cells, region, department);
    }

    long policy(long department, LocalDate publishedOn) {
        return jdbc.sql("""
                        INSERT INTO policy_policy (title, issuing_department, department_id, document_number, legal_basis, region_scope,
                          benefit_type, amount_kind, amount_fixed, mode, valid_from, decision_days, status, created_by, created_at, published_at)
                        VALUES ('测试稳岗补贴', '哈密市市场监督管理局', :d, '哈市监〔2300〕1号', '测试', '650500', 'SUBSIDY', 'FIXED', 1000,
                          'AUTO_GRANT', :from, 10, 'PUBLISHED', 'test', now(), :published) RETURNING id""")
                .param("d", department).param("from", publishedOn)
                .param("published", publishedOn.atStartOfDay(ZoneId.of("Asia/Shanghai")).toOffsetDateTime().plusHours(9))
                .query(Long.class).single();
    }

    void payout(long policy, String code, String source, LocalDate paidOn) {
        jdbc.sql("""
                        INSERT INTO policy_payout (policy_id, credit_code, entity_name, amount, source, paid_on)
                        VALUES (:p, :c, '测试企业', 1000, :s, :on)""")
                .param("p", policy).param("c", code).param("s", source).param("on", paidOn).update();
    }

    @Test
    @DisplayName("000 §25: policy reach — payouts, the share granted without application and the mean days from publication, by region and department")
    void policyReach() {
        YearMonth month = uniqueMonth();
        long dept = hamiMarket();
        long policy = policy(dept, month.atDay(1).minusDays(10));
        payout(policy, TestCodes.enterprise("650502"), "AUTO_GRANT", month.atDay(5));    // 14 days after publication
        payout(policy, TestCodes.enterprise("650502"), "AUTO_GRANT", month.atDay(11));   // 20 days
        payout(policy, TestCodes.enterprise("650502"), "APPLICATION", month.atDay(21));  // 30 days
        payout(policy, TestCodes.enterprise("650102"), "APPLICATION", month.atDay(1));   // 10 days, Urumqi
        payout(policy, TestCodes.enterprise("650502"), "AUTO_GRANT", month.plusMonths(1).atDay(1)); // next month: not counted

        List<IndicatorValues.Cell> share = computation.compute(indicators.require("policy.without-application"), month);
        IndicatorValues.Cell hami = cell(share, "650500", 0);
        assertThat(hami.numerator()).isEqualByComparingTo("2");
        assertThat(hami.denominator()).isEqualByComparingTo("3");
        assertThat(hami.status()).isEqualTo(FigureStatus.INSUFFICIENT); // fewer than the 5 payouts worth judging
        assertThat(cell(share, "650500", dept).denominator()).isEqualByComparingTo("3");
        assertThat(cell(share, "650000", 0).denominator()).isEqualByComparingTo("4");

        Indicator days = indicators.require("policy.payout-days");
        IndicatorValues.Cell region = cell(computation.compute(days, month), "650000", 0);
        assertThat(region.numerator()).isEqualByComparingTo("74");
        assertThat(region.denominator()).isEqualByComparingTo("4");
        assertThat(days.format(region.numerator().divide(region.denominator()))).isEqualTo("18.5 天");

        var cases = computation.source("policy").cases("granted-without-application", month, RegionCode.of("650500"), null, Map.of(), 0, 10);
        assertThat(cases.total()).isEqualTo(2);
        assertThat(cases.rows()).allSatisfy(r -> assertThat(r.status()).startsWith("免申即享").contains("天兑现"));
    }

    @Test
    @DisplayName("003 §35: documents issued in the month and the share reviewed before issue, by the drafting department's region")
    void reviewBeforeIssue() {
        YearMonth month = uniqueMonth();
        long dept = hamiMarket();
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        var issued = month.atDay(12).atTime(10, 0).atZone(zone).toOffsetDateTime();
        long reviewed = document(dept, issued);
        record(reviewed, issued.minusDays(3));
        long late = document(dept, issued);
        record(late, issued.plusDays(1));          // a record signed only after the issue
        document(dept, issued.plusMonths(1));      // issued the month after

        IndicatorValues.Cell hami = cell(computation.compute(indicators.require("review.before-issue"), month), "650500", dept);
        assertThat(hami.numerator()).isEqualByComparingTo("1");
        assertThat(hami.denominator()).isEqualByComparingTo("2");
        assertThat(hami.status()).isEqualTo(FigureStatus.BREACH);
        var cases = computation.source("review").cases("issued", month, RegionCode.of("650500"), null, Map.of(), 0, 10);
        assertThat(cases.rows()).extracting(FigureSource.CaseRow::reference).containsExactlyInAnyOrder("审查 #" + reviewed, "审查 #" + late);
    }

    long document(long department, java.time.OffsetDateTime issuedAt) {
        return jdbc.sql("""
                        INSERT INTO review_document (title, kind, department_id, submitted_by, submitted_at, body, status, issued_at, issued_by)
                        VALUES ('测试文件', 'POLICY', :d, 'test', :at, '测试正文', 'ISSUED', :at, 'test') RETURNING id""")
                .param("d", department).param("at", issuedAt).query(Long.class).single();
    }

    void record(long document, java.time.OffsetDateTime signedAt) {
        jdbc.sql("""
                        INSERT INTO review_record (document_id, conclusion, opinion, published, signed_by, signed_name, signed_at)
                        VALUES (:d, 'COMPLIANT', '未发现问题', false, 'test', '测试审查员', :at)""")
                .param("d", document).param("at", signedAt).update();
    }

    @Test
    @DisplayName("003 §50, 000 §23/§29: complaints about fees or certificates count as catalogue complaints; other complaints and other types do not")
    void catalogueComplaints() {
        YearMonth month = YearMonth.now(clock);
        Indicator complaints = indicators.require("catalogue.complaints");
        var before = cell(computation.compute(complaints, month), "650500", 0).numerator();
        appeal("COMPLAINT", "FEES");
        appeal("COMPLAINT", "CERTIFICATES");
        appeal("COMPLAINT", "TAX");
        appeal("HELP", "FEES");
        var after = cell(computation.compute(complaints, month), "650500", 0).numerator();
        assertThat(after.subtract(before)).isEqualByComparingTo("2");
    }

    void appeal(String type, String category) {
        intake.submit(new AppealIntake.NewAppeal(AppealIntake.Source.SUPERVISOR, type, category,
                "测试" + UUID.randomUUID().toString().substring(0, 6), "窗口要求提供清单之外的证明材料", "测试人", "13800138000",
                null, RegionCode.of("650502"), null), "测试");
    }

    @Test
    @DisplayName("000 §51: inspection coverage, visits avoided and on-time publication per prefecture, opening the tasks behind them")
    void inspectionFigures() {
        KnownInspectionFigures.Arranged known = KnownInspectionFigures.arrange(jdbc, hamiMarket());
        // Counted from January: the same figures in a later month of the year, nothing in the year after.
        YearMonth month = known.month().getMonthValue() == 12 ? known.month() : known.month().plusMonths(1);

        List<IndicatorValues.Cell> d = computation.compute(indicators.require("inspection.coverage-d"), month);
        assertThat(cell(d, "650500", 0).numerator()).isEqualByComparingTo("2");
        assertThat(cell(d, "650500", 0).denominator()).isEqualByComparingTo("4");
        assertThat(cell(d, "650100", 0).numerator()).isEqualByComparingTo("1");
        assertThat(cell(d, "650100", 0).denominator()).isEqualByComparingTo("10");
        assertThat(cell(d, "650000", 0).numerator()).isEqualByComparingTo("3");
        assertThat(cell(d, "650000", 0).denominator()).as("with a pool frozen before per-region counts").isEqualByComparingTo("16");
        assertThat(cell(d, "650200", 0).denominator()).isEqualByComparingTo("0");

        List<IndicatorValues.Cell> avoided = computation.compute(indicators.require("inspection.visits-avoided"), month);
        assertThat(cell(avoided, "650500", 0).numerator()).as("2 by the joint visit, 1.2 by the window").isEqualByComparingTo("3");
        assertThat(cell(avoided, "650100", 0).numerator()).as("0.15 by the window").isEqualByComparingTo("0");
        assertThat(cell(avoided, "650000", 0).numerator()).isEqualByComparingTo("3");

        List<IndicatorValues.Cell> onTime = computation.compute(indicators.require("inspection.published-on-time"), month);
        assertThat(cell(onTime, "650500", 0).numerator()).isEqualByComparingTo("1");
        assertThat(cell(onTime, "650500", 0).denominator()).isEqualByComparingTo("1");
        assertThat(cell(onTime, "650100", 0).numerator()).isEqualByComparingTo("0");
        assertThat(cell(onTime, "650100", 0).denominator()).isEqualByComparingTo("1");
        assertThat(cell(computation.compute(indicators.require("inspection.coverage-d"), known.month().plusYears(1)), "650000", 0)
                .denominator()).isEqualByComparingTo("0");

        FigureSource source = computation.source("inspection");
        FigureSource.CasePage drawn = source.cases("drawn-d", month, RegionCode.of("650500"), null, Map.of(), 0, 20);
        assertThat(drawn.total()).isEqualTo(2);
        assertThat(drawn.rows()).extracting(FigureSource.CaseRow::link).containsExactlyInAnyOrderElementsOf(
                known.hamiDrawnD().stream().map(id -> "/workbench/inspections/tasks/" + id).toList());
        assertThat(drawn.rows()).extracting(FigureSource.CaseRow::region).containsOnly("伊州区");
        FigureSource.CasePage behindAvoided = source.cases("visits-avoided", month, RegionCode.of("650500"), null, Map.of(), 0, 20);
        assertThat(behindAvoided.total()).as("the joint visit and the plan whose window spared visits").isEqualTo(2);
        assertThat(behindAvoided.rows()).extracting(FigureSource.CaseRow::link).containsExactly(
                "/workbench/inspections/tasks/" + known.hamiDrawnD().get(0), "/workbench/inspections/plans/" + known.plan());
        assertThat(source.cases("visits-avoided", month, RegionCode.of("650500"), null, Map.of(), 1, 1).rows())
                .extracting(FigureSource.CaseRow::link).containsExactly("/workbench/inspections/plans/" + known.plan());
        assertThat(source.cases("published-on-time", month, RegionCode.of("650100"), null, Map.of(), 0, 20).total()).isZero();
    }
}
