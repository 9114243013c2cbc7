package cn.yingshang.publication;

import cn.yingshang.shared.CreditCode;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.credit.CreditRecordKind;
import cn.yingshang.credit.CreditRecordPublished;
import cn.yingshang.credit.Severity;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The publication module started with only the modules it depends on (Spring Modulith's
 * {@link ApplicationModuleTest}): a credit penalty record announced by the credit module is taken
 * into the 双公示 feed, and announced again it changes nothing (the intake is idempotent).
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
// the readiness group names health contributors of modules this context does not start (appeal's intake queue)
@org.springframework.test.context.TestPropertySource(properties = "management.endpoint.health.validate-group-membership=false")
class PublicationModuleScenarioTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    long decisions(long record) {
        return jdbc.sql("SELECT count(*) FROM publication_decision WHERE source = 'credit' AND source_id = ?")
                .params("record-" + record).query(Long.class).single();
    }

    @Test
    @DisplayName("credit → publication, in the module's own context: a penalty becomes one decision, however often it is announced")
    void penaltyBecomesOneDecision(Scenario scenario) {
        long record = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
        LocalDate today = LocalDate.now(clock);
        String department = jdbc.sql("SELECT code FROM platform_department ORDER BY id LIMIT 1").query(String.class).single();
        CreditRecordPublished event = new CreditRecordPublished(record, CreditCode.compose("91650102MA78G0XY1"), CreditRecordKind.PENALTY,
                department, "MOD-" + record, "basis", today, Severity.MINOR, "module scenario", today.plusYears(1));
        scenario.publish(event).andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> decisions(record), n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));
        scenario.publish(event).andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> jdbc.sql("""
                        SELECT count(*) FROM event_publication
                        WHERE completion_date IS NULL AND event_type LIKE '%CreditRecordPublished'""").query(Long.class).single(),
                        n -> n == 0)
                .andVerify(n -> assertThat(decisions(record)).isEqualTo(1));
    }
}
