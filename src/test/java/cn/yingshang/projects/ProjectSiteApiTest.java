package cn.yingshang.projects;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.ApiCaller;
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
 * The park, site and private-investment page actions as /api/v1 operations (issue 17's gap rows of
 * 项目管家): the same owner checks as the pages, problem+json refusals, Idempotency-Key on creates.
 */
@PlatformTest
class ProjectSiteApiTest {

    @LocalServerPort
    int port;
    final JdbcClient jdbc;
    final Clock clock;

    @Autowired
    ProjectSiteApiTest(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Test
    @DisplayName("001 §24 regional assessments by API: the park's department records them, the project placed in the park reuses them, another department is refused")
    void parkAssessmentsReusedByAProject() {
        LocalDate today = LocalDate.now(clock);
        ApiCaller steward = ApiCaller.demo(port, "xm.steward");
        String name = "API园区" + UUID.randomUUID().toString().substring(0, 6);
        String key = UUID.randomUUID().toString();
        var created = steward.post("/api/v1/projects/parks", "{\"name\":\"" + name + "\"}", key);
        assertThat(created.status()).isEqualTo(201);
        assertThat(steward.post("/api/v1/projects/parks", "{\"name\":\"" + name + "\"}", key).status()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT count(*) FROM prj_park WHERE name = :n").param("n", name).query(Long.class).single()).isEqualTo(1);
        long park = jdbc.sql("SELECT id FROM prj_park WHERE name = :n").param("n", name).query(Long.class).single();
        String parkBase = "/api/v1/projects/parks/" + park;

        var recorded = steward.post(parkBase + "/assessments", "{\"kind\":\"PLANNING_EIA\",\"document\":\"新环评〔2026〕1号\",\"doneOn\":\""
                + today.minusDays(30) + "\",\"validUntil\":\"" + today.plusYears(3) + "\"}");
        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.body()).contains("新环评〔2026〕1号").contains("\"mayManage\":true");
        var future = steward.post(parkBase + "/assessments", "{\"kind\":\"ENERGY\",\"document\":\"x\",\"doneOn\":\"" + today.plusDays(3) + "\"}");
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.contentType()).startsWith("application/problem+json");
        assertThat(steward.post(parkBase + "/negative-list", "{\"kind\":\"FLOOD\",\"scope\":\"临河地块项目单独编制洪水影响评价\"}").status())
                .isEqualTo(200);
        var unknownKind = steward.post(parkBase + "/negative-list", "{\"kind\":\"NOPE\",\"scope\":\"x\"}");
        assertThat(unknownKind.status()).isEqualTo(400);

        ApiCaller other = ApiCaller.demo(port, "rsj.handler");
        assertThat(other.post(parkBase + "/assessments", "{\"kind\":\"SOIL_AND_WATER\",\"document\":\"x\",\"doneOn\":\"" + today + "\"}").status())
                .isEqualTo(403);
        assertThat(other.get(parkBase).body()).contains("\"mayManage\":false");
        assertThat(ApiCaller.demo(port, "enterprise1").get("/api/v1/projects/parks").status()).isEqualTo(403);

        ProjectFixture fixture = new ProjectFixture(jdbc);
        long project = fixture.register(WebUser.demo(port, "xm.steward"), fixture.investor(), today.minusDays(40));
        assertThat(other.post("/api/v1/projects/" + project + "/park", "{\"parkId\":" + park + "}").status()).isEqualTo(403);
        assertThat(steward.post("/api/v1/projects/" + project + "/park", "{\"parkId\":" + park + "}").status()).isEqualTo(200);
        var site = steward.get("/api/v1/projects/" + project + "/site");
        assertThat(site.body()).contains("\"parkName\":\"" + name + "\"").contains("\"assessmentsReused\":1")
                .contains("{\"kind\":\"PLANNING_EIA\",\"status\":\"REUSED\"").contains("{\"kind\":\"FLOOD\",\"status\":\"NEGATIVE_LIST\"");
        assertThat(other.get("/api/v1/projects/" + project + "/site").status()).isEqualTo(403);
    }

    @Test
    @DisplayName("004 #22–23 unit works and 003 §13 guarantees by API: the steward adds and accepts them, a unit work of another project is 404, another department 403")
    void unitWorksAndGuarantees() {
        LocalDate today = LocalDate.now(clock);
        ProjectFixture fixture = new ProjectFixture(jdbc);
        WebUser stewardPages = WebUser.demo(port, "xm.steward");
        long project = fixture.register(stewardPages, fixture.investor(), today.minusDays(200));
        ApiCaller steward = ApiCaller.demo(port, "xm.steward");
        String base = "/api/v1/projects/" + project;

        var tooEarly = steward.post(base + "/unit-works", "{\"name\":\"1号厂房\"}", UUID.randomUUID().toString());
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.body()).contains("项目进入建设或验收阶段后才能列出单位工程");
        stewardPages.postForm("/workbench/projects/" + project + "/advance", Map.of());
        stewardPages.postForm("/workbench/projects/" + project + "/advance", Map.of());
        for (String item : new String[]{"EXPROPRIATION_COMPENSATION", "OWNERSHIP_CLEAR", "PLANNING_CONDITIONS", "CONSTRUCTION_CONDITIONS"}) {
            steward.post(base + "/clean-land/" + item, "{}");
        }
        stewardPages.postForm("/workbench/projects/" + project + "/advance", Map.of());
        stewardPages.postForm("/workbench/projects/" + project + "/advance", Map.of());

        assertThat(steward.post(base + "/unit-works", "{\"name\":\"1号厂房\"}", UUID.randomUUID().toString()).status()).isEqualTo(201);
        long unit = jdbc.sql("SELECT id FROM prj_unit_work WHERE project_id = :p").param("p", project).query(Long.class).single();
        ApiCaller other = ApiCaller.demo(port, "rsj.handler");
        String acceptance = "{\"opinionNumber\":\"YS-" + unit + "\",\"departments\":\"住建、规划、消防\",\"filingNumber\":\"BA-" + unit + "\"}";
        assertThat(other.post(base + "/unit-works/" + unit + "/acceptance", acceptance).status()).isEqualTo(403);
        long otherProject = fixture.register(stewardPages, fixture.investor(), today.minusDays(10));
        assertThat(steward.post("/api/v1/projects/" + otherProject + "/unit-works/" + unit + "/acceptance", acceptance).status())
                .isEqualTo(404);
        var accepted = steward.post(base + "/unit-works/" + unit + "/acceptance", acceptance);
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.body()).contains("\"accepted\":true").contains("\"filingNumber\":\"BA-" + unit + "\"");
        assertThat(steward.post(base + "/unit-works/" + unit + "/acceptance", acceptance).status()).isEqualTo(422);

        WebUser office = WebUser.demo(port, "office");
        long overdueBefore = ApprovalServiceCaseTest.figure(office, "guarantees-overdue");
        assertThat(steward.post(base + "/guarantees", "{\"kind\":\"POWER\",\"dueOn\":\"" + today.minusDays(1) + "\"}",
                UUID.randomUUID().toString()).body()).contains("{\"kind\":\"POWER\",\"dueOn\":\"" + today.minusDays(1) + "\",\"securedOn\":null,\"late\":true}");
        assertThat(ApprovalServiceCaseTest.figure(office, "guarantees-overdue")).isEqualTo(overdueBefore + 1);
        assertThat(other.post(base + "/guarantees/POWER/secured", "{}").status()).isEqualTo(403);
        assertThat(steward.post(base + "/guarantees/POWER/secured", "{}").body()).contains("\"securedOn\":\"" + today + "\"");
        assertThat(steward.post(base + "/guarantees/POWER/secured", "{}").status()).isEqualTo(409);
        assertThat(ApprovalServiceCaseTest.figure(office, "guarantees-overdue")).isEqualTo(overdueBefore);
    }

    @Test
    @DisplayName("003 §13 open projects by API: a department publishes, an enterprise asks, only the publisher answers once; the public sees answered questions without the asker")
    void openProjectsQuestionsAndAnswers() {
        ApiCaller steward = ApiCaller.demo(port, "xm.steward");
        String title = "API推介项目" + UUID.randomUUID().toString().substring(0, 6);
        var published = steward.post("/api/v1/projects/open", "{\"title\":\"" + title + "\",\"field\":\"新能源\",\"description\":\"光伏制氢一体化\","
                + "\"investment\":50000}", UUID.randomUUID().toString());
        assertThat(published.status()).isEqualTo(201);
        long open = jdbc.sql("SELECT id FROM prj_open_project WHERE title = :t").param("t", title).query(Long.class).single();
        assertThat(ApiCaller.demo(port, "enterprise1").post("/api/v1/projects/open", "{\"title\":\"x\",\"field\":\"x\",\"description\":\"x\","
                + "\"investment\":1}", UUID.randomUUID().toString()).status()).isEqualTo(403);

        ApiCaller enterprise = ApiCaller.demo(port, "enterprise1");
        var asked = enterprise.post("/api/v1/investment-projects/" + open + "/questions", "{\"question\":\"民营企业可否控股？\"}",
                UUID.randomUUID().toString());
        assertThat(asked.status()).isEqualTo(201);
        assertThat(steward.post("/api/v1/investment-projects/" + open + "/questions", "{\"question\":\"x\"}", UUID.randomUUID().toString())
                .status()).isEqualTo(403);
        long question = jdbc.sql("SELECT id FROM prj_open_question WHERE open_project_id = :p").param("p", open).query(Long.class).single();
        String code = jdbc.sql("SELECT credit_code FROM platform_account WHERE username = 'enterprise1'").query(String.class).single();

        String publicList = WebUser.anonymous(port).get("/api/v1/public/investment-projects?q=" + title).body();
        assertThat(publicList).contains(title).contains("\"questions\":[]");
        assertThat(ApiCaller.demo(port, "rsj.handler").post("/api/v1/projects/open/questions/" + question + "/answer",
                "{\"answer\":\"可以\"}").status()).isEqualTo(403);
        assertThat(steward.post("/api/v1/projects/open/questions/" + question + "/answer", "{\"answer\":\"可以控股，按出资比例分配收益\"}")
                .status()).isEqualTo(200);
        assertThat(steward.post("/api/v1/projects/open/questions/" + question + "/answer", "{\"answer\":\"再答一次\"}").status())
                .isEqualTo(409);
        publicList = WebUser.anonymous(port).get("/api/v1/public/investment-projects?q=" + title).body();
        assertThat(publicList).contains("可以控股，按出资比例分配收益").doesNotContain(code);
        assertThat(steward.get("/api/v1/projects/open?q=" + title).body()).contains(code);
    }

    @Test
    @DisplayName("the public list of open projects pages by cursor: every project once, and a forged cursor is refused")
    void openProjectsPageByCursor() {
        ApiCaller steward = ApiCaller.demo(port, "xm.steward");
        String tag = "游标" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 5; i++) {
            steward.post("/api/v1/projects/open", "{\"title\":\"" + tag + "-" + i + "\",\"field\":\"物流\",\"description\":\"d\",\"investment\":100}",
                    UUID.randomUUID().toString());
        }
        WebUser anyone = WebUser.anonymous(port);
        java.util.Set<String> seen = new java.util.HashSet<>();
        String after = "";
        for (int page = 0; page < 5 && after != null; page++) {
            String body = anyone.get("/api/v1/public/investment-projects?limit=2&q=" + tag + (after.isEmpty() ? "" : "&after=" + after)).body();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(tag + "-\\d").matcher(body);
            while (m.find()) {
                assertThat(seen.add(m.group())).as("listed once: " + m.group()).isTrue();
            }
            java.util.regex.Matcher next = java.util.regex.Pattern.compile("\"next\":\"([^\"]+)\"").matcher(body);
            after = next.find() ? next.group(1) : null;
        }
        assertThat(seen).hasSize(5);
        assertThat(anyone.get("/api/v1/public/investment-projects?after=forged").status()).isEqualTo(422);
    }
}
