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
 * 001 §24: a park's regional assessments are reused free by every project in it, except the kinds on
 * its negative list; only the park's department keeps them, only the project's steward places it.
 */
@PlatformTest
class RegionalAssessmentsTest {

    @LocalServerPort
    int port;
    final JdbcClient jdbc;
    final Clock clock;

    @Autowired
    RegionalAssessmentsTest(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Test
    @DisplayName("a project in the park reuses the park's energy assessment, owns the negative-listed EIA and the expired flood one; other departments cannot act")
    void projectsReuseTheParksAssessments() {
        LocalDate today = LocalDate.now(clock);
        WebUser steward = WebUser.demo(port, "xm.steward");
        String name = "测试产业园" + UUID.randomUUID().toString().substring(0, 6);
        steward.postForm("/workbench/projects/parks", Map.of("parkName", name));
        long park = jdbc.sql("SELECT id FROM prj_park WHERE name = :n").param("n", name).query(Long.class).single();
        String assessments = "/workbench/projects/parks/" + park + "/assessments";
        steward.postForm(assessments, Map.of("kind", "ENERGY", "document", "乌发改能评〔2025〕3号",
                "doneOn", today.minusDays(200).toString(), "validUntil", today.plusYears(3).toString()));
        steward.postForm(assessments, Map.of("kind", "FLOOD", "document", "乌水防〔2021〕8号",
                "doneOn", today.minusYears(4).toString(), "validUntil", today.minusDays(1).toString()));
        steward.postForm(assessments, Map.of("kind", "PLANNING_EIA", "document", "新环审〔2024〕12号",
                "doneOn", today.minusDays(300).toString()));
        steward.postForm("/workbench/projects/parks/" + park + "/negative-list", Map.of("negativeKind", "PLANNING_EIA",
                "scope", "化工、危险化学品项目"));
        var bad = steward.postForm(assessments, Map.of("kind", "SEISMIC", "document", "x", "doneOn", today.plusDays(3).toString()));
        assertThat(bad.body()).contains("完成日期不能晚于今天");

        // another department keeps no assessments of this park
        WebUser other = WebUser.demo(port, "rsj.handler");
        assertThat(other.postForm(assessments, Map.of("kind", "SEISMIC", "document", "x", "doneOn", today.toString())).status())
                .isEqualTo(403);
        assertThat(other.postForm("/workbench/projects/parks/" + park + "/negative-list",
                Map.of("negativeKind", "ENERGY", "scope", "全部")).status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM prj_park_assessment WHERE park_id = :p").param("p", park).query(Long.class).single())
                .isEqualTo(3);

        ProjectFixture fixture = new ProjectFixture(jdbc);
        long project = fixture.register(steward, fixture.investor(), today.minusDays(30));
        assertThat(other.postForm("/workbench/projects/" + project + "/park", Map.of("parkId", Long.toString(park))).status())
                .isEqualTo(403);
        steward.postForm("/workbench/projects/" + project + "/park", Map.of("parkId", Long.toString(park)));
        String page = steward.get("/workbench/projects/" + project).body();
        assertThat(page).contains(name).contains("可无偿使用园区区域评估成果 1 项").contains("乌发改能评〔2025〕3号")
                .contains("负面清单，须单独评估").contains("化工、危险化学品项目").contains("园区无有效成果，须单独评估");
        assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE action = 'projects.park.place' AND target_id = :id")
                .param("id", Long.toString(project)).query(Long.class).single()).isEqualTo(1);
    }
}
