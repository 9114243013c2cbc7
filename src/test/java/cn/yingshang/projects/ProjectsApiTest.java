package cn.yingshang.projects;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.review.FairCompetitionScreener;
import cn.yingshang.support.ApiCaller;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The 项目管家 page actions as /api/v1 operations: same owner checks, problem+json refusals, Idempotency-Key. */
@PlatformTest
class ProjectsApiTest {

    @LocalServerPort
    int port;
    final JdbcClient jdbc;
    final FairCompetitionScreener screener;
    final Clock clock;

    @Autowired
    ProjectsApiTest(JdbcClient jdbc, FairCompetitionScreener screener, Clock clock) {
        this.jdbc = jdbc;
        this.screener = screener;
        this.clock = clock;
    }

    @Test
    @DisplayName("the steward lists and starts an approval and records promises by API (an unlawful one refused as problem+json citing the article); another department gets 403 on every operation")
    void stewardActsOthersAreRefused() {
        LocalDate today = LocalDate.now(clock);
        ProjectFixture fixture = new ProjectFixture(jdbc);
        long project = fixture.register(WebUser.demo(port, "xm.steward"), fixture.investor(), today.minusDays(50));
        ApiCaller steward = ApiCaller.demo(port, "xm.steward");
        String base = "/api/v1/projects/" + project;

        var read = steward.get(base);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).contains("\"stage\":\"ATTRACTION\"").contains("\"approvals\":[]");

        String key = UUID.randomUUID().toString();
        String step = "{\"name\":\"建设工程规划许可\",\"departmentName\":\"乌鲁木齐市自然资源局\",\"limitDays\":5}";
        var listed = steward.post(base + "/approvals", step, key);
        assertThat(listed.status()).isEqualTo(201);
        // the same request again with the same key answers the first result instead of listing a second step
        var again = steward.post(base + "/approvals", step, key);
        assertThat(again.status()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT count(*) FROM prj_approval WHERE project_id = :p").param("p", project).query(Long.class).single())
                .isEqualTo(1);
        long approval = jdbc.sql("SELECT id FROM prj_approval WHERE project_id = :p").param("p", project).query(Long.class).single();
        var started = steward.post(base + "/approvals/" + approval + "/start",
                "{\"startedOn\":\"" + today.minusDays(20) + "\"}", UUID.randomUUID().toString());
        assertThat(started.status()).isEqualTo(200);
        assertThat(started.body()).contains("\"status\":\"RUNNING\"").contains("\"late\":true").contains("\"holdUp\":{\"approvalId\":" + approval);

        String unlawful = "对该企业缴纳的企业所得税地方留成部分全额返还五年";
        var finding = screener.screen(unlawful).getFirst();
        var refused = steward.post(base + "/promises", "{\"content\":\"" + unlawful + "\",\"promisedBy\":\"测试管委会\",\"dueOn\":\""
                + today.plusDays(90) + "\"}", UUID.randomUUID().toString());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains(finding.article());
        var bad = steward.post(base + "/approvals", "{\"name\":\"\",\"departmentName\":\"x\",\"limitDays\":500}", UUID.randomUUID().toString());
        assertThat(bad.status()).isBetween(400, 422);
        assertThat(bad.contentType()).startsWith("application/problem+json");

        ApiCaller other = ApiCaller.demo(port, "rsj.handler");
        assertThat(other.get(base).status()).isEqualTo(403);
        assertThat(other.post(base + "/approvals", step, UUID.randomUUID().toString()).status()).isEqualTo(403);
        assertThat(other.post(base + "/approvals/" + approval + "/approval", "{}", UUID.randomUUID().toString()).status()).isEqualTo(403);
        assertThat(other.post(base + "/stage-advances", "{}", UUID.randomUUID().toString()).status()).isEqualTo(403);
        assertThat(other.post(base + "/promises", "{\"content\":\"协调供电\",\"promisedBy\":\"x\",\"dueOn\":\"" + today.plusDays(9) + "\"}",
                UUID.randomUUID().toString()).status()).isEqualTo(403);
        assertThat(ApiCaller.demo(port, "enterprise1").get(base).status()).isEqualTo(403);
        // a step of this project cannot be reached through another project's path
        long otherProject = fixture.register(WebUser.demo(port, "xm.steward"), fixture.investor(), today.minusDays(10));
        assertThat(steward.post("/api/v1/projects/" + otherProject + "/approvals/" + approval + "/approval", "{}",
                UUID.randomUUID().toString()).status()).isEqualTo(404);

        var approved = steward.post(base + "/approvals/" + approval + "/approval", "{}", UUID.randomUUID().toString());
        assertThat(approved.body()).contains("\"status\":\"APPROVED\"").contains("\"holdUp\":null");
        assertThat(steward.post(base + "/stage-advances", "{\"note\":\"签约\"}", UUID.randomUUID().toString()).body())
                .contains("\"stage\":\"SIGNING\"");
    }

    @Test
    @DisplayName("a project registered by API; 净地 item, promise kept and broken by its steward only, a promise reached through another project's path is 404")
    void registerAndSettlePromises() {
        LocalDate today = LocalDate.now(clock);
        ProjectFixture fixture = new ProjectFixture(jdbc);
        ApiCaller steward = ApiCaller.demo(port, "xm.steward");
        String name = "API项目" + UUID.randomUUID().toString().substring(0, 6);
        String body = "{\"name\":\"" + name + "\",\"investorCreditCode\":\"" + fixture.investor()
                + "\",\"industryChain\":\"新材料产业链\",\"investment\":6000,\"attractedOn\":\"" + today.minusDays(20) + "\"}";
        assertThat(ApiCaller.demo(port, "enterprise1").post("/api/v1/projects", body, UUID.randomUUID().toString()).status()).isEqualTo(403);
        var created = steward.post("/api/v1/projects", body, UUID.randomUUID().toString());
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).contains(name).contains("\"stage\":\"ATTRACTION\"");
        long project = jdbc.sql("SELECT id FROM prj_project WHERE name = :n").param("n", name).query(Long.class).single();
        String base = "/api/v1/projects/" + project;
        assertThat(steward.post(base + "/clean-land/OWNERSHIP_CLEAR", "{}", UUID.randomUUID().toString()).status()).isEqualTo(200);
        assertThat(ApiCaller.demo(port, "rsj.handler").post(base + "/clean-land/PLANNING_CONDITIONS", "{}", UUID.randomUUID().toString())
                .status()).isEqualTo(403);

        String by = "API管委会" + UUID.randomUUID().toString().substring(0, 4);
        for (String content : new String[]{"协调办理供水接入", "协调办理道路接通"}) {
            assertThat(steward.post(base + "/promises", "{\"content\":\"" + content + "\",\"legalBasis\":\"《优化营商环境条例》\","
                    + "\"promisedBy\":\"" + by + "\",\"dueOn\":\"" + today.plusDays(30) + "\"}", UUID.randomUUID().toString()).status())
                    .isEqualTo(201);
        }
        long water = promise(project, "协调办理供水接入");
        long road = promise(project, "协调办理道路接通");
        assertThat(ApiCaller.demo(port, "rsj.handler").post(base + "/promises/" + water + "/kept", "{}", UUID.randomUUID().toString())
                .status()).isEqualTo(403);
        long other = fixture.register(WebUser.demo(port, "xm.steward"), fixture.investor(), today.minusDays(5));
        assertThat(steward.post("/api/v1/projects/" + other + "/promises/" + water + "/kept", "{}", UUID.randomUUID().toString())
                .status()).isEqualTo(404);
        assertThat(steward.post(base + "/promises/" + water + "/kept", "{}", UUID.randomUUID().toString()).body())
                .contains("\"status\":\"KEPT\"");
        var noReason = steward.post(base + "/promises/" + road + "/broken", "{\"reason\":\"\"}", UUID.randomUUID().toString());
        assertThat(noReason.status()).isBetween(400, 422);
        assertThat(noReason.contentType()).startsWith("application/problem+json");
        assertThat(steward.post(base + "/promises/" + road + "/broken", "{\"reason\":\"未按期接通道路\",\"bodyAtFault\":true}",
                UUID.randomUUID().toString()).body()).contains("\"status\":\"BROKEN\"");
    }

    private long promise(long project, String content) {
        return jdbc.sql("SELECT id FROM prj_promise WHERE project_id = :p AND content = :c").param("p", project).param("c", content)
                .query(Long.class).single();
    }

    @Test
    @DisplayName("acceptance results by API are for property registration and the office only")
    void acceptancesForPropertyRegistration() {
        assertThat(ApiCaller.demo(port, "bdc.handler").get("/api/v1/projects/acceptances").status()).isEqualTo(200);
        assertThat(ApiCaller.demo(port, "office").get("/api/v1/projects/acceptances").status()).isEqualTo(200);
        assertThat(ApiCaller.demo(port, "rsj.handler").get("/api/v1/projects/acceptances").status()).isEqualTo(403);
        assertThat(ApiCaller.demo(port, "xm.steward").get("/api/v1/projects/acceptances").status()).isEqualTo(403);
    }
}
