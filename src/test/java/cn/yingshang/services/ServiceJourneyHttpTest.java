package cn.yingshang.services;

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
import tools.jackson.databind.json.JsonMapper;

/** The department's side of the journey over real requests: window entry, AB岗, one-time notice answers, 即办件 marks. */
@PlatformTest
class ServiceJourneyHttpTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    long guide(String code) {
        return jdbc.sql("SELECT id FROM svc_implementation WHERE item_code = :c AND level = 'CITY'").param("c", code)
                .query(Long.class).single();
    }

    long apply(String code) {
        WebUser.Response r = WebUser.demo(port, "enterprise1").postJson("/api/v1/service-cases",
                "{\"guideId\":" + guide(code) + ",\"requestKey\":\"" + UUID.randomUUID() + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).get("id").asLong();
    }

    String column(long id, String column) {
        return jdbc.sql("SELECT " + column + "::text FROM svc_case WHERE id = :id").param("id", id).query(String.class).single();
    }

    @Test
    @DisplayName("001 §31 AB岗: the absent handler's open cases go to the backup and come back; the first receiver stays")
    void absentHandlersCasesGoToBackup() {
        long id = apply("SVC-GA-001");
        WebUser handler = WebUser.demo(port, "gaj.handler");
        assertThat(handler.postJson("/api/v1/service-cases/" + id + "/acceptance", "{}").status()).isEqualTo(200);
        assertThat(column(id, "assignee")).isEqualTo("gaj.handler");

        WebUser leader = WebUser.demo(port, "gaj.leader");
        assertThat(leader.get("/workbench/services/cover").body()).contains("cover-gaj.handler");
        WebUser.Response absent = leader.postForm("/workbench/services/cover/absent", Map.of("username", "gaj.handler"));
        try {
            assertThat(absent.body()).contains("gaj.handler 已标记不在岗");
            assertThat(column(id, "assignee")).isEqualTo("gaj.handler2");
            assertThat(column(id, "first_receiver")).isEqualTo("gaj.handler");
            String page = WebUser.demo(port, "gaj.handler2").get("/workbench/services/cases/" + id).body();
            assertThat(page).contains("id=\"first-receiver\">gaj.handler<").contains("id=\"assignee\">gaj.handler2<");
        } finally {
            leader.postForm("/workbench/services/cover/back", Map.of("username", "gaj.handler"));
        }
        assertThat(column(id, "assignee")).isEqualTo("gaj.handler");
        // a backup from another department is refused
        assertThat(leader.postForm("/workbench/services/cover", Map.of("username", "gaj.handler", "backup", "scj.handler")).body())
                .contains("A岗和B岗须为本部门两名不同的经办人");
    }

    @Test
    @DisplayName("001 §31 AB岗 for new work: a case that reaches an absent handler goes to the backup at once")
    void newWorkForAbsentHandlerGoesToBackup() {
        WebUser leader = WebUser.demo(port, "gaj.leader");
        assertThat(leader.postForm("/workbench/services/cover/absent", Map.of("username", "gaj.handler")).body())
                .contains("gaj.handler 已标记不在岗");
        try {
            WebUser handler = WebUser.demo(port, "gaj.handler");
            long accepted = apply("SVC-GA-001");
            assertThat(handler.postJson("/api/v1/service-cases/" + accepted + "/acceptance", "{}").status()).isEqualTo(200);
            assertThat(column(accepted, "assignee")).isEqualTo("gaj.handler2");
            assertThat(column(accepted, "first_receiver")).isEqualTo("gaj.handler");

            String credit = jdbc.sql("SELECT credit_code FROM platform_account WHERE username = 'enterprise2'").query(String.class).single();
            WebUser.Response entered = handler.postForm("/workbench/services/window", Map.of("guideId", Long.toString(guide("SVC-GA-030")),
                    "creditCode", credit, "applicantName", "马建国", "token", UUID.randomUUID().toString()));
            long walkIn = Long.parseLong(entered.uri().getPath().replaceAll(".*/", ""));
            assertThat(column(walkIn, "assignee")).isEqualTo("gaj.handler2");
            assertThat(column(walkIn, "first_receiver")).isEqualTo("gaj.handler");
        } finally {
            leader.postForm("/workbench/services/cover/back", Map.of("username", "gaj.handler"));
        }
    }

    @Test
    @DisplayName("001 §31: the applicant answers the one-time notice with exactly what it lists; part of it is refused")
    void noticeAnsweredWithExactlyTheListedMaterials() {
        long id = apply("SVC-SC-003");
        WebUser scj = WebUser.demo(port, "scj.handler");
        WebUser.Response notice = scj.postForm("/workbench/services/cases/" + id + "/notice",
                Map.of("materials", "公司章程"));
        assertThat(notice.body()).contains("已一次性告知补正");
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        // the answer is the file itself: a tick or an empty form is refused on the material's field
        assertThat(enterprise.postForm("/enterprise/services/cases/" + id + "/notice", Map.of("supplied", "公司章程")).body())
                .contains("请上传以下材料的文件：公司章程");
        assertThat(enterprise.postMultipart("/enterprise/services/cases/" + id + "/notice", null, null, null, Map.of()).body())
                .contains("id=\"notice-file-0-error\"").contains("请上传以下材料的文件：公司章程");
        assertThat(column(id, "status")).isEqualTo("SUPPLEMENT_REQUESTED");
        assertThat(enterprise.postMultipart("/enterprise/services/cases/" + id + "/notice", "notice-file-0", "公司章程.png",
                MaterialUploadHttpTest.PNG, Map.of()).body()).contains("已按一次性告知补正");
        assertThat(column(id, "status")).isEqualTo("SUBMITTED");
        // a further request for something the first notice did not name is refused
        assertThat(scj.postForm("/workbench/services/cases/" + id + "/notice", Map.of("materials", "住所使用证明")).body())
                .contains("住所使用证明");
        assertThat(column(id, "status")).isEqualTo("SUBMITTED");
    }

    @Test
    @DisplayName("首问负责 at the window: the handler enters a walk-in case, accepts, decides, and the applicant rates on the window device")
    void windowEntryAndWindowRating() {
        WebUser handler = WebUser.demo(port, "gaj.handler");
        String form = handler.get("/workbench/services/window").body();
        assertThat(form).contains("机动车检验").doesNotContain("企业设立登记");  // only its own department's items
        String credit = jdbc.sql("SELECT credit_code FROM platform_account WHERE username = 'enterprise2'").query(String.class).single();
        WebUser.Response entered = handler.postForm("/workbench/services/window", Map.of("guideId", Long.toString(guide("SVC-GA-030")),
                "creditCode", credit, "applicantName", "马建国", "token", UUID.randomUUID().toString()));
        assertThat(entered.body()).contains("已收件");
        long id = Long.parseLong(entered.uri().getPath().replaceAll(".*/", ""));
        assertThat(column(id, "channel")).isEqualTo("WINDOW");
        assertThat(column(id, "first_receiver")).isEqualTo("gaj.handler");
        assertThat(handler.postForm("/workbench/services/cases/" + id + "/accept", Map.of()).body()).contains("已受理");
        assertThat(handler.postForm("/workbench/services/cases/" + id + "/grant", Map.of()).body()).contains("电子证照已发放");
        assertThat(handler.postForm("/workbench/services/cases/" + id + "/window-rating", Map.of("level", "5")).body())
                .contains("评价已提交");
        assertThat(jdbc.sql("SELECT channel FROM svc_rating WHERE case_id = :id").param("id", id).query(String.class).single())
                .isEqualTo("WINDOW");
        // rated once: a second rating at the window is refused
        assertThat(handler.postForm("/workbench/services/cases/" + id + "/window-rating", Map.of("level", "1")).body())
                .contains("每个办件只能评价一次");
        // another department's handler cannot enter an item that is not theirs
        assertThat(WebUser.demo(port, "scj.handler").postForm("/workbench/services/window", Map.of("guideId",
                Long.toString(guide("SVC-GA-030")), "creditCode", credit, "applicantName", "马建国", "token", UUID.randomUUID().toString()))
                .body()).contains("只能为本部门实施的事项收件");
    }

    @Test
    @DisplayName("即办件 must finish the day it is accepted: open the next day, the queue marks it late")
    void instantCaseMarkedLateNextDay() {
        long id = apply("SVC-GA-040");
        WebUser handler = WebUser.demo(port, "gaj.handler");
        assertThat(handler.postJson("/api/v1/service-cases/" + id + "/acceptance", "{}").status()).isEqualTo(200);
        String today = handler.get("/workbench/services/cases/" + id).body();
        assertThat(today).contains("即办件：须今日办结");
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        jdbc.sql("UPDATE svc_case SET applied_on = :d, accepted_on = :d, due_on = :d WHERE id = :id").param("d", yesterday)
                .param("id", id).update();
        String queue = handler.get("/workbench/services").body();
        assertThat(queue).contains("即办件未当日办结");
    }
}
