package cn.yingshang.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.support.Authorisation;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 17: the cockpit pages' actions as API operations — a supervisor's observation becomes a
 * rectification item the department answers (another department is refused) and the supervisor
 * revisits; office-only actions refuse a department; bad input is problem+json in Chinese.
 */
@PlatformTest
class CockpitActionsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Departments departments;

    @Test
    @DisplayName("observation → rectification answered by its department (another refused) → revisit; office actions refuse a handler")
    void supervisionByApi() {
        long dept = departments.responsibleFor(RegionCode.of("650100"), DepartmentFunction.MARKET_REGULATION).orElseThrow().id().value();
        WebUser supervisor = WebUser.demo(port, "supervisor");
        String subject = "接口监督发现 " + UUID.randomUUID().toString().substring(0, 6);

        var noKind = supervisor.postJson("/api/v1/cockpit/observations",
                "{\"departmentId\":%d,\"subject\":\"%s\",\"detail\":\"窗口要求重复提交材料\"}".formatted(dept, subject));
        assertThat(noKind.status()).as(noKind.body()).isEqualTo(422);
        assertThat(noKind.contentType()).contains("application/problem+json");
        assertThat(noKind.body()).containsPattern("[\\u4e00-\\u9fa5]");
        Authorisation.assertRefused(WebUser.demo(port, "scj.handler").postJson("/api/v1/cockpit/observations",
                "{\"kind\":\"CONDUCT\",\"departmentId\":%d,\"subject\":\"%s\",\"detail\":\"x\"}".formatted(dept, subject)));

        var filed = supervisor.postJson("/api/v1/cockpit/observations",
                "{\"kind\":\"CONDUCT\",\"departmentId\":%d,\"subject\":\"%s\",\"detail\":\"窗口人员要求企业重复提交营业执照复印件\"}"
                        .formatted(dept, subject));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        long id = jdbc.sql("SELECT r.id FROM cockpit_rectification r JOIN cockpit_observation o ON r.origin = 'OBSERVATION' "
                + "AND r.origin_id = o.id WHERE o.subject = :s").param("s", subject).query(Long.class).single();
        String response = "{\"response\":\"已告知窗口通过共享获取执照信息\"}";

        Authorisation.assertRefused(WebUser.demo(port, "rsj.handler").postJson("/api/v1/cockpit/rectifications/" + id + "/response", response));
        var answered = WebUser.demo(port, "scj.handler").postJson("/api/v1/cockpit/rectifications/" + id + "/response", response);
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.body()).contains("\"status\":\"RESPONDED\"");

        var revisited = supervisor.postJson("/api/v1/cockpit/rectifications/" + id + "/revisit", "{\"satisfied\":true,\"note\":\"复访企业满意\"}");
        assertThat(revisited.status()).as(revisited.body()).isEqualTo(200);
        assertThat(revisited.body()).contains("\"status\":\"CLOSED\"");

        // office-only actions: a department's handler is refused
        Authorisation.assertRefused(WebUser.demo(port, "scj.handler").postJson("/api/v1/cockpit/surveys",
                "{\"title\":\"接口问卷\",\"intro\":\"\"}"));
        Authorisation.assertRefused(WebUser.demo(port, "scj.handler").postJson("/api/v1/cockpit/case-reviews/draws", "{}"));
        var badQuarter = WebUser.demo(port, "office").postJson("/api/v1/cockpit/case-reviews/draws", "{\"quarter\":\"2026-Q9\"}");
        assertThat(badQuarter.status()).as(badQuarter.body()).isEqualTo(422);
        assertThat(badQuarter.body()).contains("季度格式应为 2026-Q4");
        var survey = WebUser.demo(port, "office").postJson("/api/v1/cockpit/surveys",
                "{\"title\":\"接口问卷 " + subject + "\",\"intro\":\"营商环境满意度\",\"closesOn\":\"2099-12-31\"}");
        assertThat(survey.status()).as(survey.body()).isEqualTo(201);
        assertThat(survey.body()).contains("\"status\":\"");

        // indicator definitions: the office only; an unknown source is the page's Chinese message
        String definition = "{\"name\":\"接口指标\",\"source\":\"nope\",\"numerator\":\"x\",\"direction\":\"LOWER_IS_BETTER\"}";
        Authorisation.assertRefused(WebUser.demo(port, "scj.handler").putJson("/api/v1/cockpit/indicators/API_TEST", definition));
        var badSource = WebUser.demo(port, "office").putJson("/api/v1/cockpit/indicators/API_TEST", definition);
        assertThat(badSource.status()).as(badSource.body()).isEqualTo(422);
        assertThat(badSource.contentType()).contains("application/problem+json");
        assertThat(badSource.body()).contains("请选择数据来源");
    }
}
