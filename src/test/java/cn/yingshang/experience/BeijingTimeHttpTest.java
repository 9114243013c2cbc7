package cn.yingshang.experience;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One clock: a stored instant whose UTC and Beijing dates differ (2026-12-03T17:30Z is 12-04 01:30 in
 * Beijing) shows as Beijing time, with the zone stated where it is evidence, on every kind of page that
 * shows stored instants: inspection draw, task (visit and check-in), unusual visits, audit log, notices.
 */
@PlatformTest
class BeijingTimeHttpTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 3, 17, 30, 0, 0, ZoneOffset.UTC);
    private static final String BEIJING = "2026-12-04 01:30";
    private static final String UTC = "2026-12-03 17:30";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private static void beijingOnly(WebUser.Response page, String... also) {
        assertThat(page.status()).as(page.uri().toString()).isEqualTo(200);
        assertThat(page.body()).contains(BEIJING).contains(also).doesNotContain(UTC).doesNotContain("17:30:00Z")
                .doesNotContain("2026-12-03T17:30");
    }

    @Test
    @DisplayName("the public draw page shows commitment and draw times in Beijing time with the zone")
    void drawTimes() {
        long plan = jdbc.sql("SELECT plan_id FROM inspection_draw WHERE drawn_at IS NOT NULL ORDER BY plan_id LIMIT 1")
                .query(Long.class).single();
        jdbc.sql("UPDATE inspection_draw SET committed_at = :t, drawn_at = :t WHERE plan_id = :p").param("t", AT).param("p", plan).update();
        beijingOnly(WebUser.anonymous(port).get("/public/inspections/draws/" + plan), BEIJING + ":00（北京时间）");
    }

    @Test
    @DisplayName("an inspection task shows visit start and each inspector's check-in and check-out in Beijing time with the zone")
    void taskVisitAndCheckIn() {
        long task = jdbc.sql("SELECT task_id FROM inspection_task_inspector ORDER BY task_id LIMIT 1").query(Long.class).single();
        jdbc.sql("UPDATE inspection_task SET visit_started_at = :t WHERE id = :id").param("t", AT).param("id", task).update();
        jdbc.sql("UPDATE inspection_task_inspector SET checked_in_at = :t, checked_out_at = :t WHERE task_id = :id")
                .param("t", AT).param("id", task).update();
        beijingOnly(WebUser.demo(port, "office").get("/workbench/inspections/tasks/" + task), BEIJING + "（北京时间）");
    }

    @Test
    @DisplayName("an unusual visit on the inspection figures page is shown in Beijing time with the zone")
    void unusualVisit() {
        jdbc.sql("INSERT INTO inspection_visit_flag (occurred_at, task_code, reason, reported_by) VALUES (:t, 'TZ-TEST', '时区测试', 'test')")
                .param("t", AT).update();
        beijingOnly(WebUser.demo(port, "office").get("/cockpit/inspections"), BEIJING + "（北京时间）");
    }

    @Test
    @DisplayName("the audit log shows when each change happened in Beijing time with the zone")
    void auditLog() {
        String target = "tz-" + UUID.randomUUID();
        jdbc.sql("INSERT INTO platform_audit_log (occurred_at, actor, action, target_type, target_id, before, after) "
                        + "VALUES (:t, 'office', 'appeal.identity.view', 'appeal', :id, NULL, CAST('{\"status\":\"REPLIED\"}' AS jsonb))")
                .param("t", AT).param("id", target).update();
        WebUser.Response page = WebUser.demo(port, "admin").get("/workbench/audit?target=" + target);
        beijingOnly(page, BEIJING + ":00（北京时间）", "查看诉求人身份信息", "状态：已答复");
        assertThat(page.body()).doesNotContain("appeal.identity.view").doesNotContain("REPLIED");
    }

    @Test
    @DisplayName("a notice is listed with the time it was sent in Beijing time")
    void notice() {
        long office = jdbc.sql("SELECT id FROM platform_account WHERE username = 'office'").query(Long.class).single();
        jdbc.sql("INSERT INTO platform_notification (recipient_type, recipient_key, title, body, link, created_at) "
                        + "VALUES ('ACCOUNT', :k, '时区测试通知', '时区测试', NULL, :t)")
                .param("k", Long.toString(office)).param("t", AT).update();
        beijingOnly(WebUser.demo(port, "office").get("/notifications"));
    }
}
