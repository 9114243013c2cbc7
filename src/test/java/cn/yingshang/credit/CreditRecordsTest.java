package cn.yingshang.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.TestCodes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@PlatformTest
@RecordApplicationEvents
class CreditRecordsTest {

    static final String SCJ = "650100-MARKET_REGULATION";

    final CreditRecords records;
    final CreditProfiles profiles;
    final JdbcClient jdbc;
    final Clock clock;
    @Autowired
    ApplicationEvents events;

    @Autowired
    CreditRecordsTest(CreditRecords records, CreditProfiles profiles, JdbcClient jdbc, Clock clock) {
        this.records = records;
        this.profiles = profiles;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static String sourceId() {
        return "T-" + UUID.randomUUID();
    }

    @Test
    @DisplayName("the same source department and source record id recorded twice is one record")
    void repeatedSourceIdsDoNotDuplicate() {
        String code = TestCodes.enterprise("650102");
        String src = sourceId();
        var r = new NewCreditRecord(code, CreditRecordKind.PENALTY, SCJ, src, "乌市监罚〔2025〕7号", today().minusDays(3),
                Severity.MINOR, "未按规定公示年度报告");
        long first = records.record(r);
        long second = records.record(r);
        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("SELECT count(*) FROM credit_record WHERE source_record_id = :s").param("s", src)
                .query(Long.class).single()).isEqualTo(1);
        // the same id from another department is another record
        long other = records.record(new NewCreditRecord(code, CreditRecordKind.PENALTY, "650100-TAXATION", src, "乌税罚〔2025〕1号",
                today().minusDays(3), Severity.MINOR, ""));
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    @DisplayName("an ordinary penalty moves an entity from B to C at once, with the change kept and CreditClassChanged published")
    void ordinaryPenaltyRaisesClass() {
        String code = TestCodes.enterprise("650103");
        assertThat(profiles.riskClass(CreditCode.of(code))).isEqualTo(CreditRiskClass.B);
        records.record(new NewCreditRecord(code, CreditRecordKind.PENALTY, SCJ, sourceId(), "乌市监罚〔2025〕8号",
                today().minusDays(10), Severity.ORDINARY, "销售不合格产品"));
        assertThat(profiles.riskClass(CreditCode.of(code))).isEqualTo(CreditRiskClass.C);
        assertThat(events.stream(CreditClassChanged.class))
                .contains(new CreditClassChanged(CreditCode.of(code), CreditRiskClass.B, CreditRiskClass.C));
        List<String> nonOrdinary = new ArrayList<>();
        profiles.forEachNonOrdinaryClass((c, k) -> {
            if (c.equals(code)) {
                nonOrdinary.add(k.name());
            }
        });
        assertThat(nonOrdinary).containsExactly("C");
        assertThat(jdbc.sql("SELECT count(*) FROM credit_class_change WHERE credit_code = :c").param("c", code)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("信用修复管理办法: an ordinary penalty decided a year and a day ago is no longer public and leaves the class B")
    void expiredRecordDoesNotCount() {
        String code = TestCodes.enterprise("650104");
        records.record(new NewCreditRecord(code, CreditRecordKind.PENALTY, SCJ, sourceId(), "乌市监罚〔2024〕9号",
                today().minusYears(1), Severity.ORDINARY, ""));
        assertThat(profiles.riskClass(CreditCode.of(code))).isEqualTo(CreditRiskClass.B);
        assertThat(events.stream(CreditClassChanged.class).filter(e -> e.creditCode().value().equals(code))).isEmpty();
    }

    @Test
    @DisplayName("003 §37: subsidy misuse puts the entity on the list at once, excluded from auto-grant and the same kind of subsidy")
    void subsidyMisuseIncludesAtOnce() {
        String code = TestCodes.enterprise("650105");
        records.record(new NewCreditRecord(code, CreditRecordKind.SUBSIDY_MISUSE, "650100-HUMAN_RESOURCES", sourceId(),
                "乌人社处〔2025〕3号", today().minusDays(1), Severity.ORDINARY, "骗取稳岗补贴"));
        assertThat(profiles.isDishonest(CreditCode.of(code), today())).isTrue();
        assertThat(profiles.isDishonest(CreditCode.of(code), today().minusDays(2))).isFalse();
        assertThat(profiles.measuresInForce(CreditCode.of(code), today()))
                .contains(DishonestyMeasure.EXCLUDED_FROM_AUTO_GRANT, DishonestyMeasure.EXCLUDED_FROM_SUBSIDIES);
        assertThat(events.stream(DishonestyStatusChanged.class).filter(e -> e.creditCode().value().equals(code)))
                .singleElement().satisfies(e -> assertThat(e.dishonest()).isTrue());
        assertThat(profiles.riskClass(CreditCode.of(code))).isEqualTo(CreditRiskClass.D);
    }

    @Test
    @DisplayName("a penalty without severity, a future date or an invalid credit code is refused with the field named")
    void invalidRecordsRefused() {
        String code = TestCodes.enterprise("650106");
        assertThatThrownBy(() -> records.record(new NewCreditRecord(code, CreditRecordKind.PENALTY, SCJ, sourceId(), "x",
                today(), null, ""))).isInstanceOf(DomainViolation.class).hasMessageContaining("失信程度");
        assertThatThrownBy(() -> records.record(new NewCreditRecord(code, CreditRecordKind.PENALTY, SCJ, sourceId(), "x",
                today().plusDays(1), Severity.MINOR, ""))).isInstanceOf(DomainViolation.class).hasMessageContaining("决定日期");
        assertThatThrownBy(() -> records.record(new NewCreditRecord("91650106XXXXXXXXXX", CreditRecordKind.PENALTY, SCJ, sourceId(), "x",
                today(), Severity.MINOR, ""))).isInstanceOf(DomainViolation.class);
    }
}
