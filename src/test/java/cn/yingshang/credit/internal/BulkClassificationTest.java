package cn.yingshang.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.credit.CreditProfiles;
import cn.yingshang.credit.CreditRecordKind;
import cn.yingshang.credit.CreditRecords;
import cn.yingshang.credit.NewCreditRecord;
import cn.yingshang.credit.Severity;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.TestCodes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class BulkClassificationTest {

    final CreditRecords records;
    final BulkClassification bulk;
    final RiskClassification classification;
    final CreditProfiles profiles;
    final JdbcClient jdbc;
    final Clock clock;

    @Autowired
    BulkClassificationTest(CreditRecords records, BulkClassification bulk, RiskClassification classification,
                           CreditProfiles profiles, JdbcClient jdbc, Clock clock) {
        this.records = records;
        this.bulk = bulk;
        this.classification = classification;
        this.profiles = profiles;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void add(String code, CreditRecordKind kind, Severity severity, LocalDate on) {
        records.record(new NewCreditRecord(code, kind, "650100-MARKET_REGULATION", "BULK-" + UUID.randomUUID(), "依据", on, severity, ""));
    }

    @Test
    @DisplayName("recomputing every class in bulk gives each entity the class the scorecard gives it alone, and repairs a stored class gone wrong")
    void bulkAgreesWithSingle() {
        LocalDate today = LocalDate.now(clock);
        String honoured = TestCodes.enterprise("650102");
        add(honoured, CreditRecordKind.HONOUR, null, today.minusDays(10));
        add(honoured, CreditRecordKind.TAX_LEVEL, null, today.minusDays(10));
        String serious = TestCodes.enterprise("650103");
        add(serious, CreditRecordKind.PENALTY, Severity.SERIOUS, today.minusDays(10));
        String licensed = TestCodes.enterprise("650104");
        add(licensed, CreditRecordKind.LICENCE, null, today.minusDays(10));
        // a stored class that no longer matches its records (as after a scorecard change)
        jdbc.sql("UPDATE credit_profile SET risk_class = 'C' WHERE credit_code = :c").param("c", honoured).update();

        var result = bulk.recomputeAll(today);

        assertThat(result.changed()).isGreaterThanOrEqualTo(1);
        for (String code : new String[]{honoured, serious, licensed}) {
            assertThat(profiles.riskClass(CreditCode.of(code))).as(code).isEqualTo(classification.explain(code, today).riskClass());
        }
        assertThat(profiles.riskClass(CreditCode.of(honoured))).isEqualTo(CreditRiskClass.A);
        assertThat(profiles.riskClass(CreditCode.of(serious))).isEqualTo(CreditRiskClass.D);
        assertThat(profiles.riskClass(CreditCode.of(licensed))).isEqualTo(CreditRiskClass.B);
        assertThat(classification.history(honoured).getFirst().from()).isEqualTo(CreditRiskClass.C);
        assertThat(bulk.recomputeAll(today).changed()).as("nothing left to change").isZero();
    }
}
