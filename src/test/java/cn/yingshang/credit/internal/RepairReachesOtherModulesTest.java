package cn.yingshang.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import cn.yingshang.credit.CreditClassChanged;
import cn.yingshang.credit.CreditProfiles;
import cn.yingshang.credit.CreditRecordKind;
import cn.yingshang.credit.CreditRecords;
import cn.yingshang.credit.CreditRepaired;
import cn.yingshang.credit.DishonestyStatusChanged;
import cn.yingshang.credit.NewCreditRecord;
import cn.yingshang.credit.Severity;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.TestCodes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;

/** Credit, policy and inspection running together: what credit decides reaches the modules that act on it. */
@PlatformTest
class RepairReachesOtherModulesTest {

    final CreditRecords records;
    final CreditRepairs repairs;
    final Departments departments;
    final JdbcClient jdbc;
    final Clock clock;

    @Autowired
    RepairReachesOtherModulesTest(CreditRecords records, CreditRepairs repairs, Departments departments, JdbcClient jdbc,
                                  Clock clock) {
        this.records = records;
        this.repairs = repairs;
        this.departments = departments;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Test
    @DisplayName("003 §37, 003 §45: subsidy misuse excludes from AUTO_GRANT and raises the inspection class; after repair both return")
    void repairedEntityRegainsEligibilityAndOrdinaryClass() throws InterruptedException {
        String code = TestCodes.enterprise("650102");
        LocalDate today = LocalDate.now(clock);
        long id = records.record(new NewCreditRecord(code, CreditRecordKind.SUBSIDY_MISUSE, "650100-HUMAN_RESOURCES",
                "M-" + UUID.randomUUID(), "乌人社稽〔2025〕12号", today.minusMonths(4), Severity.ORDINARY, "虚报稳岗人数骗取补贴"));

        await(() -> Boolean.TRUE.equals(excludedFromAutoGrant(code)), "policy sees the exclusion");
        await(() -> !"B".equals(inspectionClass(code)) && inspectionClass(code) != null, "inspection sees a raised class");

        RepairApplication app = repairs.apply(code, new CreditRepairs.Application(id, "已退回全部补贴并整改", "今后如实申报"), "企业");
        var hr = departments.responsibleFor(RegionCode.of("650100"), DepartmentFunction.HUMAN_RESOURCES).orElseThrow();
        SignedInUser decider = new SignedInUser(0, "test.hr", "", "人社局经办人", Role.HANDLER, hr.id(), null,
                Set.of("credit:repair"), List.of());
        repairs.approve(app.id(), decider, "补贴已全额退回");

        await(() -> Boolean.FALSE.equals(excludedFromAutoGrant(code)), "policy lifts the exclusion");
        await(() -> "B".equals(inspectionClass(code)), "inspection returns to the ordinary class");
    }

    private Boolean excludedFromAutoGrant(String code) {
        return jdbc.sql("SELECT excluded_from_auto_grant FROM policy_credit_status WHERE credit_code = :c")
                .param("c", code).query(Boolean.class).optional().orElse(null);
    }

    private String inspectionClass(String code) {
        return jdbc.sql("SELECT risk_class FROM inspection_entity_class WHERE credit_code = :c")
                .param("c", code).query(String.class).optional().orElse(null);
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        org.awaitility.Awaitility.await(what).atMost(java.time.Duration.ofSeconds(15)).until(condition::getAsBoolean);
    }
}
