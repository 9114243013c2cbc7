package cn.yingshang.arrears;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.appeal.AppealIntake;
import cn.yingshang.appeal.ArrearsAppealRaised;
import cn.yingshang.shared.RegionCode;
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
    final AppealIntake intake;

    @Autowired
    AppealToArrearsTest(ApplicationEventPublisher events, TransactionTemplate transactions, JdbcClient jdbc, Accounts accounts, Departments departments, Clock clock,
                        AppealIntake intake) {
        this.intake = intake;
        this.events = events;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.departments = departments;
        this.clock = clock;
    }

    /** A real 拖欠账款 appeal from this requester: the event carries only its id, the listener reads the rest. */
    ArrearsAppealRaised appealFrom(String creditCode, String name, String content) {
        AppealIntake.Receipt r = intake.submit(new AppealIntake.NewAppeal(AppealIntake.Source.SUPERVISOR, "HELP", "ARREARS",
                "被拖欠账款", content, name, "13800138000", creditCode, RegionCode.of("650102"), null), "测试");
        return new ArrearsAppealRaised(cn.yingshang.appeal.AppealId.of(r.id()), r.trackingNumber(), LocalDate.now(clock));
    }

    void publish(ArrearsAppealRaised event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    Optional<Map<String, Object>> claimOf(long appealId) {
        return jdbc.sql("SELECT id, status, rejection_reason, due_on FROM arrears_claim WHERE source_appeal_id = :a")
                .param("a", appealId).query().listOfRows().stream().findFirst();
    }

    Map<String, Object> awaitClaim(long appealId) {
        return org.awaitility.Awaitility.await("claim registered for appeal " + appealId)
                .atMost(Duration.ofSeconds(15)).until(() -> claimOf(appealId), Optional::isPresent).orElseThrow();
    }

    /**
     * Every delivery of the appeal's event has been handled: the event publication registry deletes
     * a publication when its listener completes, and keeps it (without completion date) while it
     * runs or when it failed. Counted by type, not by the serialized event, so that a change of the
     * event's shape cannot make the wait match nothing; {@code before} is the count left by earlier
     * failed deliveries, which the registry keeps.
     */
    void publishAndAwaitHandled(ArrearsAppealRaised event) {
        long before = incompleteDeliveries();
        publish(event);
        org.awaitility.Awaitility.await("the ArrearsAppealRaised delivery handled").atMost(Duration.ofSeconds(15))
                .until(this::incompleteDeliveries, count -> count <= before);
    }

    long incompleteDeliveries() {
        return jdbc.sql("""
                SELECT count(*) FROM event_publication
                WHERE completion_date IS NULL AND event_type LIKE '%ArrearsAppealRaised'""").query(Long.class).single();
    }

    @Test
    @DisplayName("004 #37: an accepted 拖欠账款 appeal registers one claim (delivered twice, still one); the office completes it and it goes to confirmation")
    void appealRegistersClaim() {
        String sme = accounts.byUsername("enterprise1").orElseThrow().creditCode();
        LocalDate today = LocalDate.now(clock);
        ArrearsAppealRaised event = appealFrom(sme, "演示企业", "区里某事业单位验收后半年未付检测服务费 5 万元");
        long appealId = event.appealId().value();
        publishAndAwaitHandled(event);
        Map<String, Object> claim = awaitClaim(appealId);
        assertThat(claim.get("status")).isEqualTo("INTAKE");

        // the second delivery must have been handled before its absence of effect means anything
        publishAndAwaitHandled(event);
        assertThat(jdbc.sql("SELECT count(*) FROM arrears_claim WHERE source_appeal_id = :a").param("a", appealId)
                .query(Long.class).single()).isEqualTo(1);

        WebUser office = WebUser.demo(port, "office");
        ArrearsFixtures fixtures = new ArrearsFixtures(port, jdbc, departments);
        long payer = fixtures.payerId(fixtures.newPublicInstitution(office));
        long id = ((Number) claim.get("id")).longValue();
        assertThat(office.get("/workbench/arrears/" + id).body()).contains(event.trackingNumber());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("payerId", Long.toString(payer));
        form.put("contractName", "检测服务合同");
        form.put("amount", "50000");
        form.put("disputedAmount", "0");
        form.put("deliveredOn", today.minusDays(180).toString());
        form.put("basis", "DELIVERY");
        form.put("paymentMethod", "BANK_TRANSFER");
        // an amount that does not bind is a field error on the form again, the claim untouched (it was a 400 page)
        Map<String, String> unreadable = new LinkedHashMap<>(form);
        unreadable.put("amount", "五万元");
        WebUser.Response again = office.postForm("/workbench/arrears/" + id + "/intake", unreadable);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("五万元").contains("检测服务合同").contains("/workbench/arrears/" + id + "/intake");
        assertThat(claimOf(appealId).orElseThrow().get("status")).isEqualTo("INTAKE");
        office.postForm("/workbench/arrears/" + id + "/intake", form);
        Map<String, Object> completed = claimOf(appealId).orElseThrow();
        assertThat(completed.get("status")).isEqualTo("REPORTED");
        assertThat(completed.get("due_on")).isNotNull();
    }

    @Test
    @DisplayName("国令802号 Art. 2: an appeal from an enterprise that is not an SME is kept with the reason it cannot be registered")
    void appealFromNonSmeIsRefused() {
        String large = new ArrearsFixtures(port, jdbc, departments)
                .newEntity(WebUser.demo(port, "office"), 3000, "90000", "80000");
        ArrearsAppealRaised event = appealFrom(large, "某大型企业", "被拖欠货款");
        long appealId = event.appealId().value();
        publish(event);
        Map<String, Object> claim = awaitClaim(appealId);
        assertThat(claim.get("status")).isEqualTo("REJECTED");
        assertThat((String) claim.get("rejection_reason")).contains("大型企业");
    }
}
