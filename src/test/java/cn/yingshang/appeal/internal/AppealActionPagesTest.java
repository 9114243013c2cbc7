package cn.yingshang.appeal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Accounts;
import cn.yingshang.support.Authorisation;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14: the detail page's actions are one handler each with a record form; a form with several
 * mistakes lists all of them, and who may post is checked per portal before any form error.
 */
@PlatformTest
class AppealActionPagesTest {

    @LocalServerPort
    int port;

    final Accounts accounts;
    final JdbcClient jdbc;

    @Autowired
    AppealActionPagesTest(Accounts accounts, JdbcClient jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** enterprise1's appeal, dispatched to the market regulation bureau, with one step recorded (in progress). */
    long appealInProgress() {
        WebUser.Response created = WebUser.demo(port, "enterprise1").postJson("/api/v1/appeals", """
                {"type":"HELP","category":"FINANCING","title":"逐项操作%s","content":"请问小微企业贷款贴息如何申请？","phone":"13800001111"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 6)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = Long.parseLong(created.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
        long scj = accounts.byUsername("scj.handler").orElseThrow().departmentId().value();
        assertThat(WebUser.demo(port, "office").postForm("/workbench/appeals/" + id + "/act",
                Map.of("action", "DISPATCH", "leadDepartment", String.valueOf(scj))).body()).contains("已派单");
        assertThat(WebUser.demo(port, "scj.handler").postForm("/workbench/appeals/" + id + "/act",
                Map.of("action", "RECORD_STEP", "note", "已联系企业")).status()).isEqualTo(200);
        return id;
    }

    String status(long id) {
        return jdbc.sql("SELECT status FROM appeal WHERE id = :id").param("id", id).query(String.class).single();
    }

    @Test
    @DisplayName("an extension request with no reason and zero days shows both errors at once, and nothing is stored")
    void everyFieldErrorShown() {
        long id = appealInProgress();
        WebUser.Response r = WebUser.demo(port, "scj.handler").postForm("/workbench/appeals/" + id + "/act",
                Map.of("action", "REQUEST_EXTENSION", "days", "0", "reason", ""));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("请填写延期理由", "延期天数须为1至365个工作日");
        assertThat(status(id)).isEqualTo("IN_PROGRESS");
    }

    @Test
    @DisplayName("a form without a known action is said to be unknown on the detail page")
    void unknownAction() {
        long id = appealInProgress();
        WebUser.Response r = WebUser.demo(port, "office").postForm("/workbench/appeals/" + id + "/act", Map.of("action", "FLY"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("未知的操作");
    }

    @Test
    @DisplayName("refusals: the requester may not post on the workbench, another enterprise may not act on the appeal, another department may not record a step")
    void refusedPerPortalAndOwner() {
        long id = appealInProgress();
        String before = status(id);
        Authorisation.assertRefused(WebUser.demo(port, "enterprise1").postForm("/workbench/appeals/" + id + "/act",
                Map.of("action", "RECORD_STEP", "note", "企业不能在工作台记录")));
        Authorisation.assertRefused(WebUser.demo(port, "enterprise2").postForm("/enterprise/appeals/" + id + "/act",
                Map.of("action", "REOPEN", "reason", "")));
        Authorisation.assertRefused(WebUser.demo(port, "rsj.handler").postForm("/workbench/appeals/" + id + "/act",
                Map.of("action", "RECORD_STEP", "note", "")));
        assertThat(status(id)).isEqualTo(before);
    }
}
