package cn.yingshang.arrears;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.appeal.ArrearsAppealRaised;
import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.Departments;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** 004 #37: 12345 appeals of category 拖欠账款 arrive as events and enter the ledger. */
@PlatformTest
class AppealToArrearsTest {

    @LocalServerPort
    int port;
    final ApplicationEventPublisher events;
    final TransactionTemplate transactions;
    final JdbcClient jdbc;
    final Accounts accounts;
    final Departments departments;
    final Clock clock;

    @Autowired
    AppealToArrearsTest(ApplicationEventPublisher events, TransactionTemplate transactions, JdbcClient jdbc, Accounts accounts, Departments departments, Clock clock) {
        this.events = events;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.departments = departments;
        this.clock = clock;
    }

    void publish(ArrearsAppealRaised event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    Optional<Map<String, Object>> claimOf(long appealId) {
        return jdbc.sql("SELECT id, status, rejection_reason, due_on FROM arrears_claim WHERE source_appeal_id = :a")
                .param("a", appealId).query().listOfRows().stream().findFirst();
    }

    Map<String, Object> awaitClaim(long appealId) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < until) {
            Optional<Map<String, Object>> row = claimOf(appealId);
            if (row.isPresent()) {
                return row.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no claim registered for appeal " + appealId);
    }

    @Test
    @DisplayName("004 #37: an accepted 拖欠账款 appeal registers one claim (delivered twice, still one); the office completes it and it goes to confirmation")
    void appealRegistersClaim() throws InterruptedException {
        long appealId = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
        String sme = accounts.byUsername("enterprise1").orElseThrow().creditCode();
        LocalDate today = LocalDate.now(clock);
        ArrearsAppealRaised event = new ArrearsAppealRaised(appealId, "12345-" + appealId, sme, "演示企业",
                "区里某事业单位验收后半年未付检测服务费 5 万元", today);
        publish(event);
        Map<String, Object> claim = awaitClaim(appealId);
        assertThat(claim.get("status")).isEqualTo("INTAKE");

        publish(event);
        Thread.sleep(1000);
        assertThat(jdbc.sql("SELECT count(*) FROM arrears_claim WHERE source_appeal_id = :a").param("a", appealId)
                .query(Long.class).single()).isEqualTo(1);

        WebUser office = WebUser.demo(port, "office");
        ArrearsFixtures fixtures = new ArrearsFixtures(port, jdbc, departments);
        long payer = fixtures.payerId(fixtures.newPublicInstitution(office));
        long id = ((Number) claim.get("id")).longValue();
        assertThat(office.get("/workbench/arrears/" + id).body()).contains("12345-" + appealId);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("payerId", Long.toString(payer));
        form.put("contractName", "检测服务合同");
        form.put("amount", "50000");
        form.put("disputedAmount", "0");
        form.put("deliveredOn", today.minusDays(180).toString());
        form.put("basis", "DELIVERY");
        form.put("paymentMethod", "BANK_TRANSFER");
        office.postForm("/workbench/arrears/" + id + "/intake", form);
        Map<String, Object> completed = claimOf(appealId).orElseThrow();
        assertThat(completed.get("status")).isEqualTo("REPORTED");
        assertThat(completed.get("due_on")).isNotNull();
    }

    @Test
    @DisplayName("国令802号 Art. 2: an appeal from an enterprise that is not an SME is kept with the reason it cannot be registered")
    void appealFromNonSmeIsRefused() throws InterruptedException {
        long appealId = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
        String large = new ArrearsFixtures(port, jdbc, departments)
                .newEntity(WebUser.demo(port, "office"), 3000, "90000", "80000");
        publish(new ArrearsAppealRaised(appealId, "12345-" + appealId, large, "某大型企业", "被拖欠货款", LocalDate.now(clock)));
        Map<String, Object> claim = awaitClaim(appealId);
        assertThat(claim.get("status")).isEqualTo("REJECTED");
        assertThat((String) claim.get("rejection_reason")).contains("大型企业");
    }
}
