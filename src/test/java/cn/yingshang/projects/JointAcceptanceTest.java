package cn.yingshang.projects;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 004 #22–23: unit works are accepted jointly one by one, the acceptance opinion and the completion
 * filing recorded together; the project goes into operation once all are accepted; property
 * registration reads the results online, other departments do not.
 */
@PlatformTest
class JointAcceptanceTest {

    @LocalServerPort
    int port;
    final JdbcClient jdbc;
    final Clock clock;

    @Autowired
    JointAcceptanceTest(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Test
    @DisplayName("unit works accepted one by one with opinion and filing together; operation waits for all; property registration reads them, another department neither reads nor acts")
    void unitWorksAcceptedAndVisibleToPropertyRegistration() {
        LocalDate today = LocalDate.now(clock);
        ProjectFixture fixture = new ProjectFixture(jdbc);
        WebUser steward = WebUser.demo(port, "xm.steward");
        String investor = fixture.investor();
        long project = fixture.register(steward, investor, today.minusDays(200));
        String base = "/workbench/projects/" + project;

        assertThat(steward.postForm(base + "/unit-works", Map.of("unitWorkName", "1号厂房")).body())
                .contains("项目进入建设或验收阶段后才能列出单位工程");
        steward.postForm(base + "/advance", Map.of());
        steward.postForm(base + "/advance", Map.of());
        for (String item : new String[]{"EXPROPRIATION_COMPENSATION", "OWNERSHIP_CLEAR", "PLANNING_CONDITIONS", "CONSTRUCTION_CONDITIONS"}) {
            steward.postForm(base + "/clean-land/" + item, Map.of());
        }
        steward.postForm(base + "/advance", Map.of());
        steward.postForm(base + "/advance", Map.of());
        assertThat(stage(project)).isEqualTo("CONSTRUCTION");

        steward.postForm(base + "/unit-works", Map.of("unitWorkName", "1号厂房"));
        steward.postForm(base + "/unit-works", Map.of("unitWorkName", "2号厂房"));
        long first = unit(project, "1号厂房");
        long second = unit(project, "2号厂房");
        String opinion = "乌联验〔2026〕" + UUID.randomUUID().toString().substring(0, 6);

        // another department's official cannot record an acceptance of this project
        WebUser other = WebUser.demo(port, "rsj.handler");
        assertThat(other.postForm(base + "/unit-works/" + first + "/acceptance", Map.of("opinionNumber", "x", "departments", "x",
                "filingNumber", "x")).status()).isEqualTo(403);
        // the opinion without the filing is refused: both are recorded together or not at all
        assertThat(steward.postForm(base + "/unit-works/" + first + "/acceptance", Map.of("opinionNumber", opinion,
                "departments", "住建、规划、消防、人防", "filingNumber", "")).body()).contains("此项必填");
        assertThat(status(first)).isEqualTo("BUILDING");
        var accepted = steward.postForm(base + "/unit-works/" + first + "/acceptance", Map.of("opinionNumber", opinion,
                "departments", "住建、规划、消防、人防", "filingNumber", "BA-" + opinion));
        assertThat(accepted.body()).contains("已出具联合验收意见并同步完成竣工验收备案");
        assertThat(status(first)).isEqualTo("ACCEPTED");

        steward.postForm(base + "/advance", Map.of());
        assertThat(stage(project)).isEqualTo("ACCEPTANCE");
        assertThat(steward.postForm(base + "/advance", Map.of()).body()).contains("单位工程尚未全部完成联合验收");
        assertThat(stage(project)).isEqualTo("ACCEPTANCE");
        steward.postForm(base + "/unit-works/" + second + "/acceptance", Map.of("opinionNumber", opinion + "-2",
                "departments", "住建、规划", "filingNumber", "BA-" + opinion + "-2"));
        steward.postForm(base + "/advance", Map.of());
        assertThat(stage(project)).isEqualTo("OPERATION");

        WebUser registrar = WebUser.demo(port, "bdc.handler");
        var records = registrar.get("/workbench/projects/acceptances?code=" + investor);
        assertThat(records.status()).isEqualTo(200);
        assertThat(records.body()).contains(opinion).contains("BA-" + opinion).contains("1号厂房").contains("2号厂房");
        assertThat(other.get("/workbench/projects/acceptances?code=" + investor).status()).isEqualTo(403);
        assertThat(WebUser.demo(port, "enterprise1").get("/workbench/projects/acceptances").status()).isEqualTo(403);
        assertThat(WebUser.demo(port, "office").get("/workbench/projects/acceptances?code=" + investor).body()).contains(opinion);
    }

    private String stage(long project) {
        return jdbc.sql("SELECT stage FROM prj_project WHERE id = :id").param("id", project).query(String.class).single();
    }

    private long unit(long project, String name) {
        return jdbc.sql("SELECT id FROM prj_unit_work WHERE project_id = :p AND name = :n").param("p", project).param("n", name)
                .query(Long.class).single();
    }

    private String status(long unit) {
        return jdbc.sql("SELECT status FROM prj_unit_work WHERE id = :id").param("id", unit).query(String.class).single();
    }
}
