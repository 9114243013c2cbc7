package cn.yingshang.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yingshang.credit.CreditClassChanged;
import cn.yingshang.credit.CreditProfiles;
import cn.yingshang.credit.CreditRecordKind;
import cn.yingshang.credit.DishonestyMeasure;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@PlatformTest
@RecordApplicationEvents
class CreditRepairTest {

    static final String SCJ = "650100-MARKET_REGULATION";

    final CreditRecords records;
    final CreditRepairs repairs;
    final CreditProfiles profiles;
    final DishonestyLists lists;
    final Departments departments;
    final Clock clock;
    @Autowired
    ApplicationEvents events;

    @Autowired
    CreditRepairTest(CreditRecords records, CreditRepairs repairs, CreditProfiles profiles, DishonestyLists lists, Departments departments, Clock clock) {
        this.records = records;
        this.repairs = repairs;
        this.profiles = profiles;
        this.lists = lists;
        this.departments = departments;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    SignedInUser staffOf(String region, DepartmentFunction function) {
        var dept = departments.responsibleFor(RegionCode.of(region), function).orElseThrow();
        return new SignedInUser(0, "test." + function.name(), "", "测试经办人", Role.HANDLER, dept.id(), null,
                Set.of("credit:repair"), List.of());
    }

    long penalty(String code, LocalDate decidedOn, Severity severity) {
        return records.record(new NewCreditRecord(code, CreditRecordKind.PENALTY, SCJ, "R-" + UUID.randomUUID(),
                "乌市监罚〔2025〕" + UUID.randomUUID().toString().substring(0, 6) + "号", decidedOn, severity, "超范围经营"));
    }

    @Test
    @DisplayName("信用修复管理办法: an ordinary penalty cannot be repaired before three months have passed; the refusal says from when")
    void notBeforeShortestPeriod() {
        String code = TestCodes.enterprise("650102");
        long id = penalty(code, today().minusMonths(3).plusDays(1), Severity.ORDINARY);
        assertThatThrownBy(() -> repairs.apply(code, new CreditRepairs.Application(id, "已整改完毕并缴纳罚款", "守法经营"), "企业"))
                .isInstanceOf(DomainViolation.class).hasMessageContaining("最短公示期未满").hasMessageContaining(today().plusDays(1).toString());
    }

    @Test
    @DisplayName("004 #51 谁处罚、谁修复: another department cannot decide; a refusal needs reasons and the entity sees them")
    void onlyTheImposingDepartmentDecides() {
        String code = TestCodes.enterprise("650103");
        long id = penalty(code, today().minusMonths(4), Severity.ORDINARY);
        RepairApplication app = repairs.apply(code, new CreditRepairs.Application(id, "已整改完毕并缴纳罚款", "守法经营"), "企业");
        assertThat(app.decidingDepartmentCode()).isEqualTo(SCJ);
        assertThatThrownBy(() -> repairs.approve(app.id(), staffOf("650100", DepartmentFunction.TAXATION), ""))
                .isInstanceOf(AccessDeniedException.class);
        SignedInUser scj = staffOf("650100", DepartmentFunction.MARKET_REGULATION);
        assertThatThrownBy(() -> repairs.refuse(app.id(), scj, "")).isInstanceOf(DomainViolation.class);
        RepairApplication refused = repairs.refuse(app.id(), scj, "罚款尚未缴清，请缴清后重新申请");
        assertThat(refused.status()).isEqualTo(RepairApplication.Status.REFUSED);
        assertThat(repairs.ofEntity(code).getFirst().steps()).extracting(RepairApplication.Step::step)
                .containsExactly("提交申请", "不予修复");
        assertThat(profiles.riskClass(CreditCode.of(code))).isEqualTo(CreditRiskClass.C);
        assertThat(events.stream(CreditRepaired.class).filter(e -> e.creditCode().value().equals(code))).isEmpty();
    }

    @Test
    @DisplayName("000 §54, 002 #37: warning → grace → inclusion → repair (decided by the court within 3 days) → removal, with the events policy and inspection consume")
    void warningGraceInclusionRepairRemoval() {
        String code = TestCodes.enterprise("650104");
        String source = "(2025)新0104执" + UUID.randomUUID();
        long id = records.record(new NewCreditRecord(code, CreditRecordKind.JUDGMENT_DEFAULTER, "650100-COURT",
                source, "(2025)新0104执55号", today().minusMonths(4), Severity.ORDINARY,
                "未履行给付义务"));
        DishonestyEntry entry = lists.ofEntity(code).getFirst();
        assertThat(entry.warnedOn()).isEqualTo(today().minusMonths(4));
        assertThat(lists.isDishonest(code, entry.effectiveOn().minusDays(1))).as("grace period").isFalse();
        assertThat(profiles.isDishonest(CreditCode.of(code), today())).as("included after grace").isTrue();
        assertThat(profiles.riskClass(CreditCode.of(code))).isEqualTo(CreditRiskClass.D);

        RepairApplication app = repairs.apply(code, new CreditRepairs.Application(id, "已全部履行判决确定的给付义务", "依法履行"), "企业");
        assertThat(app.dueOn()).as("002 #37: within 3 days").isEqualTo(today().plusDays(3));
        assertThat(app.decidingDepartmentCode()).as("谁处罚、谁修复: the court decides").isEqualTo("650100-COURT");
        repairs.recordCourtPerformance("650100-COURT", source, today(), "法院");
        assertThat(repairs.find(app.id()).orElseThrow().status()).isEqualTo(RepairApplication.Status.APPROVED);

        assertThat(profiles.isDishonest(CreditCode.of(code), today())).isFalse();
        assertThat(profiles.measuresInForce(CreditCode.of(code), today())).isEmpty();
        assertThat(profiles.riskClass(CreditCode.of(code))).isEqualTo(CreditRiskClass.B);
        assertThat(events.stream(CreditRepaired.class).filter(e -> e.creditCode().value().equals(code)))
                .singleElement().satisfies(e -> {
                    assertThat(e.recordId()).isEqualTo(id);
                    assertThat(e.kind()).isEqualTo(CreditRecordKind.JUDGMENT_DEFAULTER);
                    assertThat(e.repairedOn()).isEqualTo(today());
                });
        assertThat(events.stream(DishonestyStatusChanged.class).filter(e -> e.creditCode().value().equals(code)))
                .last().satisfies(e -> {
                    assertThat(e.dishonest()).isFalse();
                    assertThat(e.measures()).isEmpty();
                    assertThat(e.effectiveOn()).isEqualTo(today());
                });
        assertThat(events.stream(CreditClassChanged.class).filter(e -> e.creditCode().value().equals(code)))
                .last().isEqualTo(new CreditClassChanged(CreditCode.of(code), CreditRiskClass.D, CreditRiskClass.B));
        assertThatThrownBy(() -> repairs.apply(code, new CreditRepairs.Application(id, "再次申请修复", "守法"), "企业"))
                .isInstanceOf(DomainViolation.class).hasMessageContaining("不再公示");
    }

    @Test
    @DisplayName("002 #37: a court defaulter who performs leaves the list within 3 days, decided by the court, whatever the publicity period")
    void courtDefaulterWhoPerformsLeavesTheList() {
        String code = TestCodes.enterprise("650105");
        String source = "(2026)新0105执" + UUID.randomUUID();
        // A serious entry a month old: its shortest publicity period (1 year) is far from over.
        long id = records.record(new NewCreditRecord(code, CreditRecordKind.JUDGMENT_DEFAULTER, "650100-COURT", source,
                "(2026)新0105执77号", today().minusMonths(1), Severity.SERIOUS, "有履行能力而拒不履行"));
        assertThat(profiles.isDishonest(CreditCode.of(code), today())).isTrue();

        var repaired = repairs.recordCourtPerformance("650100-COURT", source, today().minusDays(1), "法院");
        assertThat(repaired).isPresent();
        assertThat(repaired.get().repairedOn()).as("within 3 days of performance").isBeforeOrEqualTo(today().minusDays(1).plusDays(3));
        assertThat(profiles.isDishonest(CreditCode.of(code), today())).isFalse();
        assertThat(profiles.measuresInForce(CreditCode.of(code), today())).isEmpty();
        assertThat(lists.ofEntity(code).getFirst().statusOn(today())).isEqualTo(DishonestyEntry.Status.REMOVED);
        assertThat(events.stream(CreditRepaired.class).filter(e -> e.recordId() == id)).singleElement()
                .satisfies(e -> assertThat(e.sourceDepartmentCode()).isEqualTo("650100-COURT"));
        // Reported twice: nothing happens again.
        assertThat(repairs.recordCourtPerformance("650100-COURT", source, today().minusDays(1), "法院")).isEmpty();
        // The entity may also ask at once; its application goes to the court, not to the development and reform commission.
        String other = TestCodes.enterprise("650105");
        long second = records.record(new NewCreditRecord(other, CreditRecordKind.JUDGMENT_DEFAULTER, "650100-COURT",
                "(2026)新0105执" + UUID.randomUUID(), "(2026)新0105执78号", today().minusMonths(1), Severity.SERIOUS, "拒不履行"));
        RepairApplication app = repairs.apply(other, new CreditRepairs.Application(second, "已履行完毕，附法院结案通知书", "依法履行"), "企业");
        assertThat(app.decidingDepartmentCode()).isEqualTo("650100-COURT");
    }

    @Test
    @DisplayName("003 §37: a repair-pending entry on a subsidy blacklist excludes from the same kind of policy until repaired, past the publicity period")
    void subsidyBlacklistLastsUntilRepaired() {
        String code = TestCodes.enterprise("650106");
        // An ordinary record two years old: its longest publicity period (1 year) is over.
        long id = records.record(new NewCreditRecord(code, CreditRecordKind.SUBSIDY_MISUSE, "650100-HUMAN_RESOURCES",
                "S-" + UUID.randomUUID(), "乌人社处〔2024〕5号", today().minusYears(2), Severity.ORDINARY, "享受用工补贴但未形成稳定用工"));
        assertThat(profiles.measuresInForce(CreditCode.of(code), today())).as("修复前禁止享受同类政策")
                .contains(DishonestyMeasure.EXCLUDED_FROM_SUBSIDIES);
        assertThat(lists.current(today(), 100000)).extracting(DishonestyEntry::creditCode).contains(code);
        assertThat(lists.announceDue(today())).isGreaterThanOrEqualTo(0);
        assertThat(profiles.isDishonest(CreditCode.of(code), today())).as("no lapse at the end date").isTrue();

        RepairApplication app = repairs.apply(code, new CreditRepairs.Application(id, "已退还补贴并稳定用工一年", "守法经营"), "企业");
        repairs.approve(app.id(), staffOf("650100", DepartmentFunction.HUMAN_RESOURCES), "已核实");
        assertThat(profiles.measuresInForce(CreditCode.of(code), today())).isEmpty();
        assertThat(profiles.isDishonest(CreditCode.of(code), today())).isFalse();
    }
}
