package cn.yingshang.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yingshang.credit.CreditRecordKind;
import cn.yingshang.credit.DishonestyMeasure;
import cn.yingshang.credit.Severity;
import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.shared.DomainViolation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CreditRulesTest {

    static final LocalDate DECIDED = LocalDate.of(2025, 1, 10);
    static final PublicityPeriods PERIODS = PublicityPeriods.defaults();

    static CreditRecord record(Severity severity, CreditRecordKind kind) {
        var w = PERIODS.windowFor(DECIDED, severity);
        return new CreditRecord(1, "91650102MA78G0XY1C", kind, "650100-MARKET_REGULATION", "X-1", "乌市监罚〔2025〕1号",
                DECIDED, severity, "", w.repairableFrom(), w.publicUntil(), null);
    }

    @Test
    @DisplayName("信用修复管理办法: an ordinary record may be repaired from the day three months have passed, not the day before")
    void ordinaryRepairableAfterThreeMonths() {
        CreditRecord r = record(Severity.ORDINARY, CreditRecordKind.PENALTY);
        assertThat(r.repairableOn(LocalDate.of(2025, 4, 9))).isFalse();
        assertThat(r.repairableOn(LocalDate.of(2025, 4, 10))).isTrue();
    }

    @Test
    @DisplayName("信用修复管理办法: an ordinary record is public for one year and stops being public by itself on the anniversary")
    void ordinaryPublicForOneYear() {
        CreditRecord r = record(Severity.ORDINARY, CreditRecordKind.PENALTY);
        assertThat(r.isPublicOn(DECIDED.minusDays(1))).isFalse();
        assertThat(r.isPublicOn(DECIDED)).isTrue();
        assertThat(r.isPublicOn(LocalDate.of(2026, 1, 9))).isTrue();
        assertThat(r.isPublicOn(LocalDate.of(2026, 1, 10))).isFalse();
        assertThat(r.repairableOn(LocalDate.of(2026, 1, 10))).as("nothing left to repair").isFalse();
    }

    @Test
    @DisplayName("信用修复管理办法: a serious record is repairable after one year and public for at most three years")
    void seriousWindow() {
        CreditRecord r = record(Severity.SERIOUS, CreditRecordKind.PENALTY);
        assertThat(r.repairableOn(LocalDate.of(2026, 1, 9))).isFalse();
        assertThat(r.repairableOn(LocalDate.of(2026, 1, 10))).isTrue();
        assertThat(r.isPublicOn(LocalDate.of(2028, 1, 9))).isTrue();
        assertThat(r.isPublicOn(LocalDate.of(2028, 1, 10))).isFalse();
    }

    @Test
    @DisplayName("信用修复管理办法: a minor record is public for no more than three months and may be repaired at once")
    void minorWindow() {
        CreditRecord r = record(Severity.MINOR, CreditRecordKind.PENALTY);
        assertThat(r.repairableOn(DECIDED)).isTrue();
        assertThat(r.isPublicOn(LocalDate.of(2025, 4, 9))).isTrue();
        assertThat(r.isPublicOn(LocalDate.of(2025, 4, 10))).isFalse();
    }

    @Test
    @DisplayName("licences and honours are public without end and are nothing to repair")
    void positiveRecordsHaveNoWindow() {
        CreditRecord r = record(null, CreditRecordKind.HONOUR);
        assertThat(r.isPublicOn(LocalDate.of(2040, 1, 1))).isTrue();
        assertThat(r.repairableOn(LocalDate.of(2040, 1, 1))).isFalse();
    }

    @Test
    @DisplayName("a repaired record stops being public on the day of repair")
    void repairedRecordNotPublic() {
        CreditRecord r = record(Severity.ORDINARY, CreditRecordKind.PENALTY);
        CreditRecord repaired = new CreditRecord(r.id(), r.creditCode(), r.kind(), r.sourceDepartmentCode(), r.sourceRecordId(),
                r.basis(), r.decidedOn(), r.severity(), r.summary(), r.repairableFrom(), r.publicUntil(), LocalDate.of(2025, 5, 1));
        assertThat(repaired.isPublicOn(LocalDate.of(2025, 4, 30))).isTrue();
        assertThat(repaired.isPublicOn(LocalDate.of(2025, 5, 1))).isFalse();
        assertThat(repaired.publicityEnds()).isEqualTo(LocalDate.of(2025, 5, 1));
    }

    static final Scorecard CARD = new Scorecard(List.of(
            new Scorecard.Indicator("SERIOUS_RECORDS", "严重", 40, 3),
            new Scorecard.Indicator("ORDINARY_RECORDS", "一般", 15, 5),
            new Scorecard.Indicator("MINOR_RECORDS", "轻微", 5, 5),
            new Scorecard.Indicator("DISHONESTY_LIST", "名单", 35, 1),
            new Scorecard.Indicator("HONOURS", "荣誉", -10, 3),
            new Scorecard.Indicator("GOOD_TAX_LEVEL", "纳税A级", -10, 1)),
            new Scorecard.Thresholds(-10, 15, 50));

    @Test
    @DisplayName("国市监信发〔2022〕6号 scorecard: an entity without records is B (ordinary risk)")
    void noRecordsIsB() {
        assertThat(CARD.assess(Map.of()).riskClass()).isEqualTo(CreditRiskClass.B);
        assertThat(CARD.assess(Map.of()).score()).isZero();
    }

    @Test
    @DisplayName("scorecard: an honour and an A tax level make an entity A; the indicators are shown with their points")
    void honoursMakeA() {
        var a = CARD.assess(Map.of("HONOURS", 1, "GOOD_TAX_LEVEL", 1));
        assertThat(a.riskClass()).isEqualTo(CreditRiskClass.A);
        assertThat(a.score()).isEqualTo(-20);
        assertThat(a.contributions()).extracting(Scorecard.Contribution::points).containsExactly(-10, -10);
    }

    @Test
    @DisplayName("scorecard: one ordinary record reaches the C threshold exactly; four minor records stay B")
    void thresholdsAtTheirBoundary() {
        assertThat(CARD.assess(Map.of("ORDINARY_RECORDS", 1)).riskClass()).isEqualTo(CreditRiskClass.C);
        assertThat(CARD.assess(Map.of("MINOR_RECORDS", 2)).riskClass()).isEqualTo(CreditRiskClass.B);
        assertThat(CARD.assess(Map.of("MINOR_RECORDS", 3)).riskClass()).isEqualTo(CreditRiskClass.C);
    }

    @Test
    @DisplayName("scorecard: a serious record on a dishonesty list is D; counts above an indicator's cap add nothing")
    void seriousAndListedIsD() {
        assertThat(CARD.assess(Map.of("SERIOUS_RECORDS", 1, "DISHONESTY_LIST", 1)).riskClass()).isEqualTo(CreditRiskClass.D);
        assertThat(CARD.assess(Map.of("HONOURS", 9)).score()).isEqualTo(-30);
    }

    @Test
    @DisplayName("scorecard thresholds that would put an entity without records outside B are refused")
    void thresholdsKeepZeroInB() {
        assertThatThrownBy(() -> new Scorecard.Thresholds(0, 15, 50)).isInstanceOf(DomainViolation.class);
        assertThatThrownBy(() -> new Scorecard.Thresholds(-10, 0, 50)).isInstanceOf(DomainViolation.class);
        assertThatThrownBy(() -> new Scorecard.Thresholds(-10, 50, 50)).isInstanceOf(DomainViolation.class);
    }

    @Test
    @DisplayName("000 §54, 002 #37: a warned entity is not on the list during its grace period, is from its end, and leaves at the longest period")
    void warningGraceInclusion() {
        LocalDate effective = LocalDate.of(2025, 2, 14);
        var e = new DishonestyEntry(1, "x", 1, "失信被执行人名单", "(2025)新01执1号", Severity.ORDINARY,
                Set.of(DishonestyMeasure.EXCLUDED_FROM_AUTO_GRANT), DECIDED, effective, LocalDate.of(2026, 1, 10), null, null);
        assertThat(e.statusOn(LocalDate.of(2025, 2, 13))).isEqualTo(DishonestyEntry.Status.WARNING);
        assertThat(e.inForceOn(LocalDate.of(2025, 2, 13))).isFalse();
        assertThat(e.inForceOn(effective)).isTrue();
        assertThat(e.inForceOn(LocalDate.of(2026, 1, 9))).isTrue();
        assertThat(e.inForceOn(LocalDate.of(2026, 1, 10))).isFalse();
        assertThat(e.statusOn(LocalDate.of(2026, 1, 10))).isEqualTo(DishonestyEntry.Status.EXPIRED);
    }
}
