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

    /** A drawn plan with one task visited by inspector1, all at {@link #AT}: the demo has plans but no draws yet. */
    private long[] drawnPlanWithTask() {
        String hex = "0".repeat(64);
        long plan = jdbc.sql("""
                INSERT INTO inspection_plan (title, plan_year, lead_department_id, ratio_a, ratio_b, ratio_c, ratio_d,
                                             exclusion_days, created_by, created_at)
                SELECT '时区测试计划', plan_year, lead_department_id, ratio_a, ratio_b, ratio_c, ratio_d, exclusion_days, 'test', :t
                FROM inspection_plan ORDER BY id LIMIT 1 RETURNING id""").param("t", AT).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO inspection_draw (plan_id, algorithm, seed_commitment, seed, committed_at, pool_hash, pool_size,
                                             excluded_count, excluded_expected_visits, drawn_at, selection_hash, selected_count,
                                             pool_per_class)
                VALUES (:p, 'HMAC-SHA256', :h, :h, :t, :h, 1, 0, 0, :t, :h, 1, ARRAY[0, 1, 0, 0])""")
                .param("p", plan).param("h", hex).param("t", AT).update();
        String code = "TZ" + UUID.randomUUID().toString().substring(0, 8);
        long task = jdbc.sql("""
                INSERT INTO inspection_task (plan_id, code, credit_code, entity_name, region_code, risk_class, key_supervision,
                                             departments_covered, drawn_on, visit_started_at, visit_ended_at)
                SELECT :p, :c, credit_code, name, region_code, 'B', FALSE, 1, DATE '2026-12-04', :t, :t
                FROM registry_market_entity ORDER BY id LIMIT 1 RETURNING id""")
                .param("p", plan).param("c", code).param("t", AT).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO inspection_task_inspector (task_id, account_id, certificate_no, display_name, department_id,
                                                       checked_in_at, checked_out_at)
                SELECT :task, id, 'TZ-CERT', display_name, department_id, :t, :t FROM platform_account WHERE username = 'inspector1'""")
                .param("task", task).param("t", AT).update();
        return new long[] {plan, task};
    }

    /** The made-up draws have no frozen pool: removed again so no other page meets them (draws are otherwise immutable). */
    @org.junit.jupiter.api.AfterEach
    void removeMadeUpDraws() {
        jdbc.sql("""
                DO $$ BEGIN
                  PERFORM set_config('session_replication_role', 'replica', true);
                  DELETE FROM inspection_task_inspector WHERE task_id IN (SELECT t.id FROM inspection_task t
                      JOIN inspection_plan p ON p.id = t.plan_id WHERE p.title = '时区测试计划');
                  DELETE FROM inspection_task WHERE plan_id IN (SELECT id FROM inspection_plan WHERE title = '时区测试计划');
                  DELETE FROM inspection_draw WHERE plan_id IN (SELECT id FROM inspection_plan WHERE title = '时区测试计划');
                  DELETE FROM inspection_plan WHERE title = '时区测试计划';
                END $$""").update();
    }

    @Test
    @DisplayName("the public draw page shows commitment and draw times in Beijing time with the zone")
    void drawTimes() {
        long plan = drawnPlanWithTask()[0];
        beijingOnly(WebUser.anonymous(port).get("/public/inspections/draws/" + plan), BEIJING + ":00（北京时间）");
    }

    @Test
    @DisplayName("an inspection task shows visit start and each inspector's check-in and check-out in Beijing time with the zone")
    void taskVisitAndCheckIn() {
        long task = drawnPlanWithTask()[1];
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
        beijingOnly(page, BEIJING + ":00（北京时间）", "查看诉求人身份信息");
        assertThat(PageCrawlerTest.visibleText(page.body()).replaceAll("\\s+", "")).contains("状态：已答复")
                .doesNotContain("appeal.identity.view").doesNotContain("REPLIED");
    }

    @Test
    @DisplayName("a notice is listed with the time it was sent in Beijing time")
    void notice() {
        long office = jdbc.sql("SELECT id FROM platform_account WHERE username = 'office'").query(Long.class).single();
        jdbc.sql("INSERT INTO platform_notification (recipient_type, recipient_key, title, body, link, created_at) "
                        + "VALUES ('ACCOUNT', :k, '时区测试通知', '时区测试', NULL, :t)")
                .param("k", Long.toString(office)).param("t", AT).update();
        beijingOnly(WebUser.demo(port, "office").get("/notifications?q=" + java.net.URLEncoder.encode("时区测试通知", java.nio.charset.StandardCharsets.UTF_8)), "时区测试通知");
    }
}
