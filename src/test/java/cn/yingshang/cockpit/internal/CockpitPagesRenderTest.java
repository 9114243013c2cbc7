package cn.yingshang.cockpit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every cockpit page renders for the role it is meant for, its text coming from
 * {@code i18n/cockpit.properties}: no template error, no message key left unresolved.
 */
@PlatformTest
class CockpitPagesRenderTest {

    @LocalServerPort
    int port;

    final JdbcClient jdbc;

    @Autowired
    CockpitPagesRenderTest(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Test
    @DisplayName("every cockpit page renders in Chinese from the cockpit's message bundle")
    void everyPageRenders() {
        WebUser office = WebUser.demo(port, "office");
        WebUser supervisor = WebUser.demo(port, "supervisor");
        supervisor.postForm("/cockpit/supervision/observations", Map.of("kind", "CONDUCT",
                "departmentId", String.valueOf(jdbc.sql("SELECT id FROM platform_department WHERE region_code = '650100' AND function = 'MARKET_REGULATION'")
                        .query(Long.class).single()),
                "subject", "窗口午休无人 " + UUID.randomUUID().toString().substring(0, 6), "detail", "中午十二点至两点窗口无人值守，企业排队等候"));
        office.postForm("/cockpit/surveys", Map.of("title", "页面检查问卷 " + UUID.randomUUID().toString().substring(0, 6)));
        long rectification = jdbc.sql("SELECT max(id) FROM cockpit_rectification").query(Long.class).single();
        long survey = jdbc.sql("SELECT max(id) FROM cockpit_survey").query(Long.class).single();
        long task = jdbc.sql("SELECT min(id) FROM cockpit_task").query(Long.class).single();

        List<String> officePages = new ArrayList<>(List.of("/cockpit/map", "/cockpit/alerts", "/cockpit/indicators",
                "/cockpit/indicators/new", "/cockpit/indicators/policy.payout-days", "/cockpit/indicators/policy.payout-days/edit",
                "/cockpit/indicators/appeal.overdue-share/cases?region=650500", "/cockpit/indicators/review.before-issue/cases",
                "/cockpit/indicators/inspection.coverage-d/cases", "/cockpit/indicators/policy.without-application/cases",
                "/cockpit/supervisors", "/cockpit/rectifications", "/cockpit/rectifications/" + rectification,
                "/cockpit/surveys", "/cockpit/surveys/" + survey, "/cockpit/tasks", "/cockpit/tasks/" + task,
                "/cockpit/assessments", "/cockpit/case-reviews"));
        jdbc.sql("SELECT id FROM cockpit_assessment_scheme ORDER BY id LIMIT 1").query(Long.class).optional()
                .ifPresent(id -> officePages.add("/cockpit/assessments/" + id));
        for (String page : officePages) {
            assertRenders(office, page);
        }
        assertRenders(supervisor, "/cockpit/supervision");
        assertRenders(WebUser.demo(port, "enterprise1"), "/enterprise/surveys");
        assertRenders(WebUser.demo(port, "scj.handler"), "/workbench/rectifications");
    }

    private static void assertRenders(WebUser user, String page) {
        WebUser.Response response = user.get(page);
        assertThat(response.status()).as(page).isEqualTo(200);
        assertThat(response.body()).as(page).doesNotContain("??cockpit.").doesNotContain("系统错误");
    }
}
