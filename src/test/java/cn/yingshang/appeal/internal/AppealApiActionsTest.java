package cn.yingshang.appeal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Accounts;
import cn.yingshang.support.ApiCaller;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The appeal journey through the API alone, with the page's rules: the office dispatches, only the
 * lead department replies, only the requester rates; a wrong state or a wrong actor is refused as
 * problem+json in Chinese, as the page refuses it.
 */
@PlatformTest
class AppealApiActionsTest {

    @LocalServerPort
    int port;

    final Accounts accounts;
    final JsonMapper json;

    @Autowired
    AppealApiActionsTest(Accounts accounts, JsonMapper json) {
        this.accounts = accounts;
        this.json = json;
    }

    long departmentOf(String username) {
        return accounts.byUsername(username).orElseThrow().departmentId().value();
    }

    long submit(ApiCaller enterprise) {
        WebUser.Response created = enterprise.post("/api/v1/appeals", """
                {"type":"HELP","category":"FINANCING","title":"接口办理测试%s","content":"请问小微企业贷款贴息如何申请？","phone":"13800001111"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8)), UUID.randomUUID().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).path("id").asLong();
    }

    @Test
    @DisplayName("submit, dispatch, reply and rate by API: each step by its own actor, each answered with the appeal as it now is")
    void wholeJourney() {
        ApiCaller enterprise = ApiCaller.demo(port, "enterprise1");
        ApiCaller office = ApiCaller.demo(port, "office");
        ApiCaller market = ApiCaller.demo(port, "scj.handler");
        long id = submit(enterprise);

        JsonNode accepted = json.readTree(office.post("/api/v1/appeals/" + id + "/acceptance", "").body());
        assertThat(accepted.path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.path("availableActions").toString()).contains("DISPATCH");

        WebUser.Response dispatched = office.post("/api/v1/appeals/" + id + "/dispatch",
                "{\"leadDepartment\":" + departmentOf("scj.handler") + ",\"instruction\":\"请五个工作日内答复\"}");
        assertThat(dispatched.status()).as(dispatched.body()).isEqualTo(200);
        assertThat(json.readTree(dispatched.body()).path("status").asString()).isEqualTo("DISPATCHED");

        // the enterprise may not reply to its own appeal, nor may the office
        WebUser.Response notLead = office.post("/api/v1/appeals/" + id + "/reply", "{\"reply\":\"营商办不能代答\"}");
        assertThat(notLead.status()).isEqualTo(422);
        assertThat(notLead.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json.readTree(notLead.body()).path("detail").asString()).contains("无权");

        WebUser.Response empty = market.post("/api/v1/appeals/" + id + "/reply", "{\"reply\":\"\"}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(json.readTree(empty.body()).path("errors").has("reply")).isTrue();

        WebUser.Response replied = market.post("/api/v1/appeals/" + id + "/reply", "{\"reply\":\"已联系企业说明贴息申请流程。\"}");
        assertThat(replied.status()).as(replied.body()).isEqualTo(200);
        assertThat(json.readTree(replied.body()).path("status").asString()).isEqualTo("REPLIED");

        WebUser.Response rated = enterprise.post("/api/v1/appeals/" + id + "/rating",
                "{\"resolution\":\"RESOLVED\",\"satisfaction\":\"SATISFIED\"}");
        assertThat(rated.status()).as(rated.body()).isEqualTo(200);
        JsonNode closed = json.readTree(rated.body());
        assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.path("timeline").toString()).contains("派单", "答复", "评价");

        // closed: a second rating is refused by the same state machine as on the page
        assertThat(enterprise.post("/api/v1/appeals/" + id + "/rating",
                "{\"resolution\":\"RESOLVED\",\"satisfaction\":\"SATISFIED\"}").status()).isEqualTo(422);
    }

    @Test
    @DisplayName("a department cannot act on an appeal dispatched to another department (object-level check, 403)")
    void otherDepartmentIsRefused() {
        ApiCaller office = ApiCaller.demo(port, "office");
        long id = submit(ApiCaller.demo(port, "enterprise1"));
        assertThat(office.post("/api/v1/appeals/" + id + "/dispatch", "{\"leadDepartment\":" + departmentOf("scj.handler") + "}")
                .status()).isEqualTo(200);
        ApiCaller tax = ApiCaller.demo(port, "tax.handler");
        WebUser.Response refused = tax.post("/api/v1/appeals/" + id + "/reply", "{\"reply\":\"不是本部门的诉求\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        // the office-only decision is not the department's either, even on its own appeal
        ApiCaller market = ApiCaller.demo(port, "scj.handler");
        assertThat(market.post("/api/v1/appeals/" + id + "/supervision", "{\"note\":\"自己督办自己\"}").status()).isEqualTo(422);
    }

    @Test
    @DisplayName("the work queue pages with a cursor: next leads to the following rows, an invented cursor is refused")
    void queueCursor() {
        ApiCaller office = ApiCaller.demo(port, "office");
        submit(ApiCaller.demo(port, "enterprise1"));
        submit(ApiCaller.demo(port, "enterprise1"));
        JsonNode first = json.readTree(office.get("/api/v1/appeals/queue?limit=1").body());
        assertThat(first.path("items").size()).isEqualTo(1);
        String next = first.path("next").asString();
        assertThat(next).isNotBlank();
        JsonNode second = json.readTree(office.get("/api/v1/appeals/queue?limit=1&after=" + next).body());
        assertThat(second.path("items").size()).isEqualTo(1);
        assertThat(second.path("items").path(0).path("id").asLong()).isNotEqualTo(first.path("items").path(0).path("id").asLong());
        WebUser.Response invented = office.get("/api/v1/appeals/queue?after=bm90LWEtY3Vyc29y");
        assertThat(invented.status()).isEqualTo(422);
        assertThat(office.get("/api/v1/appeals/queue?limit=1000").status()).isEqualTo(400);
    }
}
