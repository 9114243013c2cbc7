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
 * 003 §13: projects open to private investment published with questions and answers, the results of
 * attraction public, and service guarantees tracked per project — each action by its owner only.
 */
@PlatformTest
class PrivateInvestmentTest {

    @LocalServerPort
    int port;
    final JdbcClient jdbc;
    final Clock clock;

    @Autowired
    PrivateInvestmentTest(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Test
    @DisplayName("a department publishes a project, an enterprise asks, only the publishing department answers, and the answer is public; signed projects are public results")
    void publishedWithQuestionsAndAnswers() {
        WebUser steward = WebUser.demo(port, "xm.steward");
        String title = "乌鲁木齐源网荷储一体化示范项目" + UUID.randomUUID().toString().substring(0, 6);
        steward.postForm("/workbench/projects/open", Map.of("title", title, "field", "新能源", "description", "开放民间资本控股参与",
                "investment", "180000"));
        long id = jdbc.sql("SELECT id FROM prj_open_project WHERE title = :t").param("t", title).query(Long.class).single();

        WebUser anonymous = WebUser.anonymous(port);
        assertThat(anonymous.get("/public/investment-projects").body()).contains(title).contains("招商引资成果")
                .contains("统一开工条件").contains("已依法取得建设用地使用权");
        anonymous.postForm("/enterprise/investment-projects/" + id + "/questions", Map.of("question", "x"));
        assertThat(steward.postForm("/enterprise/investment-projects/" + id + "/questions", Map.of("question", "x")).status())
                .isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM prj_open_question WHERE open_project_id = :p").param("p", id).query(Long.class).single())
                .isZero();

        WebUser enterprise = WebUser.demo(port, "enterprise1");
        String question = "民营企业可否控股，收益如何分配？" + UUID.randomUUID().toString().substring(0, 4);
        assertThat(enterprise.postForm("/enterprise/investment-projects/" + id + "/questions", Map.of("question", question)).body())
                .contains("咨询已提交");
        long questionId = jdbc.sql("SELECT id FROM prj_open_question WHERE question = :q").param("q", question).query(Long.class).single();
        assertThat(anonymous.get("/public/investment-projects").body()).doesNotContain(question);

        assertThat(WebUser.demo(port, "rsj.handler").postForm("/workbench/projects/open/questions/" + questionId + "/answer",
                Map.of("answer", "可以")).status()).isEqualTo(403);
        assertThat(steward.postForm("/workbench/projects/open/questions/" + questionId + "/answer",
                Map.of("answer", "可以控股，收益按特许经营协议约定")).body()).contains("已答复");
        assertThat(anonymous.get("/public/investment-projects").body()).contains(question).contains("可以控股，收益按特许经营协议约定");

        // a signed ledger project appears among the public results of attraction
        ProjectFixture fixture = new ProjectFixture(jdbc);
        long project = fixture.register(steward, fixture.investor(), LocalDate.now(clock).minusDays(10));
        steward.postForm("/workbench/projects/" + project + "/advance", Map.of());
        String name = jdbc.sql("SELECT name FROM prj_project WHERE id = :id").param("id", project).query(String.class).single();
        assertThat(anonymous.get("/public/investment-projects").body()).contains(name);
    }

    @Test
    @DisplayName("the steward tracks a project's power supply guarantee and confirms it; another department cannot")
    void serviceGuaranteesPerProject() {
        LocalDate today = LocalDate.now(clock);
        ProjectFixture fixture = new ProjectFixture(jdbc);
        WebUser steward = WebUser.demo(port, "xm.steward");
        long project = fixture.register(steward, fixture.investor(), today.minusDays(30));
        String base = "/workbench/projects/" + project;
        WebUser other = WebUser.demo(port, "rsj.handler");
        assertThat(other.postForm(base + "/guarantees", Map.of("guaranteeKind", "POWER", "guaranteeDueOn", today.toString())).status())
                .isEqualTo(403);
        steward.postForm(base + "/guarantees", Map.of("guaranteeKind", "POWER", "guaranteeDueOn", today.minusDays(2).toString()));
        steward.postForm(base + "/guarantees", Map.of("guaranteeKind", "ROAD", "guaranteeDueOn", today.plusDays(60).toString()));
        String page = steward.get(base).body();
        assertThat(page).contains("供电").contains("逾期未保障").contains("道路");
        assertThat(other.postForm(base + "/guarantees/POWER/secured", Map.of()).status()).isEqualTo(403);
        steward.postForm(base + "/guarantees/POWER/secured", Map.of());
        assertThat(jdbc.sql("SELECT done_on FROM prj_guarantee WHERE project_id = :p AND kind = 'POWER'").param("p", project)
                .query(LocalDate.class).single()).isEqualTo(today);
    }
}
