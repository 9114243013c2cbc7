package cn.yingshang;

import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.CreditCode;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.arrears.GovernmentArrearsCleared;
import cn.yingshang.arrears.GovernmentArrearsOverdue;
import cn.yingshang.credit.CreditRecordKind;
import cn.yingshang.credit.CreditRecordPublished;
import cn.yingshang.credit.CreditRepaired;
import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.credit.CreditClassChanged;
import cn.yingshang.credit.DishonestyMeasure;
import cn.yingshang.credit.DishonestyStatusChanged;
import cn.yingshang.credit.Severity;
import cn.yingshang.inspection.InspectionResultPublished;
import cn.yingshang.platform.Accounts;
import cn.yingshang.registry.MarketEntityChanged;
import cn.yingshang.services.ServiceCaseFinished;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.TestCodes;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * Every event that crosses a module boundary, published as its publisher would (in a transaction)
 * and followed to the listener's visible effect in the listening module's tables. One Spring
 * Modulith {@link Scenario} per flow; the flows the appeal module starts (ArrearsAppealRaised →
 * arrears claim) are in {@code AppealToArrearsTest}. The whole platform runs (the shared test
 * context) because the listeners' modules read their dependencies' facades.
 */
@PlatformTest
@EnableScenarios
class EventFlowScenarioTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    Clock clock;

    private long unique() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private String enterprise() {
        return accounts.byUsername("enterprise1").orElseThrow().creditCode();
    }

    private String marketRegulator() {
        return jdbc.sql("SELECT code FROM platform_department WHERE name LIKE '%市场监督管理局' ORDER BY id LIMIT 1")
                .query(String.class).single();
    }

    @Test
    @DisplayName("inspection → credit: a published inspection result becomes the entity's credit record, once")
    void inspectionResultReachesCredit(Scenario scenario) {
        long task = unique();
        LocalDate today = LocalDate.now(clock);
        scenario.publish(new InspectionResultPublished(task, "T-" + task, CreditCode.of(enterprise()), marketRegulator(), "COMPLIANT",
                        false, "scenario", today, today))
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> count("SELECT count(*) FROM credit_record WHERE source_record_id = ?",
                        "inspection-task-" + task), n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));
    }

    @Test
    @DisplayName("credit → inspection and policy: a changed credit class is kept by both listeners")
    void creditClassReachesInspectionAndPolicy(Scenario scenario) {
        String code = TestCodes.enterprise("650102");
        scenario.publish(new CreditClassChanged(CreditCode.of(code), CreditRiskClass.B, CreditRiskClass.D))
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> count("""
                        SELECT (SELECT count(*) FROM inspection_entity_class WHERE credit_code = ? AND risk_class = 'D')
                             + (SELECT count(*) FROM policy_credit_status WHERE credit_code = ? AND credit_class = 'D')""",
                        code, code), n -> n == 2)
                .andVerify(n -> assertThat(n).isEqualTo(2));
    }

    @Test
    @DisplayName("registry → policy: a changed entity is logged for every node's matching engine")
    void entityChangeReachesPolicy(Scenario scenario) {
        String code = TestCodes.enterprise("650102");
        scenario.publish(new MarketEntityChanged(CreditCode.of(code), Set.of("industry"), false))
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> count("SELECT count(*) FROM policy_entity_change WHERE credit_code = ?", code),
                        n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));
    }

    @Test
    @DisplayName("credit → policy: a dishonesty listing that excludes from 免申即享 is kept by policy")
    void dishonestyReachesPolicy(Scenario scenario) {
        String code = TestCodes.enterprise("650102");
        scenario.publish(new DishonestyStatusChanged(CreditCode.of(code), true, Set.of(DishonestyMeasure.EXCLUDED_FROM_AUTO_GRANT),
                        LocalDate.now(clock)))
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> count("""
                        SELECT count(*) FROM policy_credit_status
                        WHERE credit_code = ? AND dishonest AND excluded_from_auto_grant""", code), n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));
    }

    @Test
    @DisplayName("arrears → credit and cockpit: overdue government arrears become an integrity record and a cockpit case; clearing resolves both")
    void governmentArrearsReachCreditAndCockpit(Scenario scenario) {
        long claim = unique();
        String reference = "SCN-" + claim;
        LocalDate today = LocalDate.now(clock);
        long department = jdbc.sql("SELECT id FROM platform_department ORDER BY id LIMIT 1").query(Long.class).single();
        scenario.publish(new GovernmentArrearsOverdue(claim, reference, null, "scenario payer", "AGENCY", RegionCode.of("650102"), department,
                        CreditCode.of(enterprise()), new BigDecimal("50000"), today.minusDays(10), today))
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> count("""
                        SELECT (SELECT count(*) FROM credit_government_record WHERE source = 'arrears' AND source_ref = ?)
                             + (SELECT count(*) FROM cockpit_arrears_case WHERE claim_id = ?)""", reference, claim), n -> n == 2)
                .andVerify(n -> assertThat(n).isEqualTo(2));

        scenario.publish(new GovernmentArrearsCleared(claim, reference, today))
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> count("""
                        SELECT (SELECT count(*) FROM credit_government_record WHERE source = 'arrears' AND source_ref = ? AND resolved_on IS NOT NULL)
                             + (SELECT count(*) FROM cockpit_arrears_case WHERE claim_id = ? AND cleared_on IS NOT NULL)""",
                        reference, claim), n -> n == 2)
                .andVerify(n -> assertThat(n).isEqualTo(2));
    }

    @Test
    @DisplayName("services → publication: a granted licensing case is published as a licensing decision")
    void grantedLicenceIsPublished(Scenario scenario) {
        long caseId = unique();
        LocalDate today = LocalDate.now(clock);
        scenario.publish(new ServiceCaseFinished(caseId, CreditCode.of(enterprise()), "ITEM-" + caseId, "scenario licence", "LICENSING",
                        "scenario basis", marketRegulator(), RegionCode.of("650102"), "GRANTED", today.minusDays(3), today, null, null))
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> count("""
                        SELECT count(*) FROM publication_decision WHERE source = 'services' AND source_id = ? AND kind = 'LICENSING'""",
                        "case-" + caseId), n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));
    }

    @Test
    @DisplayName("credit → publication: a penalty record is published as a penalty decision")
    void penaltyRecordIsPublished(Scenario scenario) {
        long record = unique();
        LocalDate today = LocalDate.now(clock);
        scenario.publish(new CreditRecordPublished(record, CreditCode.of(enterprise()), CreditRecordKind.PENALTY, marketRegulator(),
                        "SCN-" + record, "scenario basis", today, Severity.MINOR, "scenario", today.plusYears(1)))
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> count("""
                        SELECT count(*) FROM publication_decision WHERE source = 'credit' AND source_id = ?""",
                        "record-" + record), n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));
    }

    @Test
    @DisplayName("credit → cockpit: a repaired record is counted by the cockpit")
    void repairReachesCockpit(Scenario scenario) {
        long record = unique();
        scenario.publish(new CreditRepaired(CreditCode.of(enterprise()), record, CreditRecordKind.PENALTY, marketRegulator(),
                        LocalDate.now(clock)))
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> count("SELECT count(*) FROM cockpit_credit_repair WHERE record_id = ?", record),
                        n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));
    }
}
