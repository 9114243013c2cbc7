package cn.yingshang.projects;

import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.CreditCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yingshang.services.ServiceCaseFinished;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 001 §40–41: an approval step that names a service item follows the investor's service case in the
 * services module — decided when the case is decided, refused with the case's reason — through the
 * services module's public event only.
 */
@PlatformTest
class ApprovalServiceCaseTest {

    @LocalServerPort
    int port;
    final JdbcClient jdbc;
    final ApplicationEventPublisher events;
    final TransactionTemplate transactions;
    final Clock clock;

    @Autowired
    ApprovalServiceCaseTest(JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Test
    @DisplayName("the investor's granted case approves the step (started on the day applied for); a refused case refuses the other with its reason; a redelivered event changes nothing")
    void stepsFollowTheirServiceCases() {
        LocalDate today = LocalDate.now(clock);
        ProjectFixture fixture = new ProjectFixture(jdbc);
        WebUser steward = WebUser.demo(port, "xm.steward");
        String investor = fixture.investor();
        long project = fixture.register(steward, investor, today.minusDays(60));
        String planningItem = "PRJ-" + UUID.randomUUID().toString().substring(0, 8);
        String landItem = "PRJ-" + UUID.randomUUID().toString().substring(0, 8);
        long planning = fixture.listApproval(steward, project, "建设工程规划许可", planningItem, 10);
        long land = fixture.listApproval(steward, project, "建设用地规划许可", landItem, 10);
        long caseId = System.nanoTime() % 1_000_000_000L;
        WebUser office = WebUser.demo(port, "office");
        long decidedBefore = figure(office, "service-cases-decided");

        ServiceCaseFinished granted = new ServiceCaseFinished(caseId, CreditCode.of(investor), planningItem, "建设工程规划许可", "LICENSING", null,
                "ZRZYJ", RegionCode.of("650100"), "GRANTED", today.minusDays(8), today.minusDays(1), null, null);
        publish(granted);
        publish(new ServiceCaseFinished(caseId + 1, CreditCode.of(investor), landItem, "建设用地规划许可", "LICENSING", null,
                "ZRZYJ", RegionCode.of("650100"), "REFUSED", today.minusDays(5), today, null, "用地不符合国土空间规划"));
        await().atMost(Duration.ofSeconds(20)).until(() -> status(land).equals("REFUSED") && status(planning).equals("APPROVED"));

        var step = jdbc.sql("SELECT started_on, decided_on, service_case_id, due_on FROM prj_approval WHERE id = :id")
                .param("id", planning).query().singleRow();
        assertThat(step.get("started_on").toString()).isEqualTo(today.minusDays(8).toString());
        assertThat(step.get("decided_on").toString()).isEqualTo(today.minusDays(1).toString());
        assertThat(((Number) step.get("service_case_id")).longValue()).isEqualTo(caseId);
        assertThat(step.get("due_on")).isNotNull();

        // the figures count both steps decided by their cases, within the 10 working days listed
        assertThat(figure(office, "service-cases-decided")).isEqualTo(decidedBefore + 2);

        String page = steward.get("/workbench/projects/" + project).body();
        assertThat(page).contains("政务服务办件 " + caseId).contains("不予批准").contains("用地不符合国土空间规划");

        // the same event again (at-least-once delivery) leaves the decided step alone
        publish(granted);
        long planningAgain = fixture.listApproval(steward, project, "建设工程规划许可（变更）", planningItem, 10);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> status(planningAgain).equals("LISTED"));
        assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE action = 'projects.approval.serviceCase' AND target_id = :id")
                .param("id", Long.toString(planning)).query(Long.class).single()).isEqualTo(1);
    }

    static long figure(WebUser office, String id) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"" + id + "\"[^>]*>(\\d+)<")
                .matcher(office.get("/workbench/projects/figures").body());
        assertThat(m.find()).as(id).isTrue();
        return Long.parseLong(m.group(1));
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(s -> events.publishEvent(event));
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM prj_approval WHERE id = :id").param("id", id).query(String.class).single();
    }
}
