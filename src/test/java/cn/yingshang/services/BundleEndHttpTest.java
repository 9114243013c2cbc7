package cn.yingshang.services;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** 000 §19: a one-thing bundle whose part cannot be done ends, with the reason, instead of waiting forever. */
@PlatformTest
class BundleEndHttpTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    JsonNode apply() {
        WebUser.Response r = WebUser.demo(port, "enterprise1").postJson("/api/v1/service-bundles", "{\"bundleCode\":\"ENTERPRISE_OPENING\","
                + "\"identityName\":\"张明\",\"idNumber\":\"11010519491231002X\",\"requestKey\":\"" + UUID.randomUUID() + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body());
    }

    long caseOf(JsonNode bundle, int seq) {
        return bundle.get("parts").get(seq - 1).get("caseId").asLong();
    }

    String status(long caseId) {
        return jdbc.sql("SELECT status FROM svc_case WHERE id = :id").param("id", caseId).query(String.class).single();
    }

    JsonNode show(long id) {
        return JSON.readTree(WebUser.demo(port, "enterprise1").getJson("/api/v1/service-bundles/" + id).body());
    }

    @Test
    @DisplayName("企业开办: the registration refused ends the bundle with its reason shown to the enterprise; the other parts are "
            + "cancelled, their open cases withdrawn and gone from the departments' queues; a granted part stays granted")
    void refusedPartEndsTheBundle() {
        JsonNode bundle = apply();
        long id = bundle.get("id").asLong();
        WebUser tax = WebUser.demo(port, "tax.handler");
        long taxCase = caseOf(bundle, 3);
        assertThat(tax.postJson("/api/v1/service-cases/" + taxCase + "/acceptance", "{}").status()).isEqualTo(200);
        WebUser gjj = WebUser.demo(port, "gjj.handler");
        long fundCase = caseOf(bundle, 5);
        assertThat(gjj.postJson("/api/v1/service-cases/" + fundCase + "/acceptance", "{}").status()).isEqualTo(200);
        assertThat(gjj.postJson("/api/v1/service-cases/" + fundCase + "/decision", "{\"grant\":true}").status()).isEqualTo(200);
        assertThat(tax.get("/workbench/services/bundles").body()).contains("id=\"bundle-" + id + "\"");

        WebUser scj = WebUser.demo(port, "scj.handler");
        long registration = caseOf(bundle, 1);
        assertThat(scj.postJson("/api/v1/service-cases/" + registration + "/acceptance", "{}").status()).isEqualTo(200);
        String reason = "拟登记名称与在先登记企业名称近似" + UUID.randomUUID().toString().substring(0, 6);
        WebUser.Response refused = scj.postJson("/api/v1/service-cases/" + registration + "/decision",
                "{\"grant\":false,\"reason\":\"" + reason + "\"}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(200);

        JsonNode ended = show(id);
        assertThat(ended.get("status").asText()).isEqualTo("ENDED");
        assertThat(ended.get("doneOn").isNull()).isFalse();
        assertThat(ended.get("endedBy").asText()).contains("企业开办：设立登记").contains("不予许可").contains(reason);
        assertThat(ended.get("parts").get(0).get("status").asText()).isEqualTo("REFUSED");
        assertThat(ended.get("parts").get(1).get("status").asText()).isEqualTo("CANCELLED");
        assertThat(ended.get("parts").get(2).get("status").asText()).isEqualTo("CANCELLED");
        assertThat(ended.get("parts").get(4).get("status").asText()).isEqualTo("DONE");
        assertThat(status(taxCase)).isEqualTo("WITHDRAWN");
        assertThat(status(caseOf(bundle, 2))).isEqualTo("WITHDRAWN");
        assertThat(status(fundCase)).isEqualTo("GRANTED");
        assertThat(jdbc.sql("SELECT decision_reason FROM svc_case WHERE id = :id").param("id", taxCase).query(String.class).single())
                .contains("企业开办").contains("设立登记");

        String page = WebUser.demo(port, "enterprise1").get("/enterprise/services/bundles/" + id).body();
        assertThat(page).contains("id=\"bundle-ended\"").contains(reason).contains("已终止");
        assertThat(tax.get("/workbench/services/bundles").body()).doesNotContain("id=\"bundle-" + id + "\"");
        assertThat(tax.postJson("/api/v1/service-cases/" + taxCase + "/decision", "{\"grant\":true}").status()).isEqualTo(422);
        // another enterprise still learns nothing of it
        assertThat(WebUser.demo(port, "enterprise2").getJson("/api/v1/service-bundles/" + id).status()).isEqualTo(404);
        assertThat(WebUser.demo(port, "enterprise2").get("/enterprise/services/bundles/" + id).body()).doesNotContain(reason);
    }

    @Test
    @DisplayName("A part not accepted (不予受理) ends the bundle too, with the department's reason")
    void declinedPartEndsTheBundle() {
        JsonNode bundle = apply();
        long id = bundle.get("id").asLong();
        String reason = "社会保险登记信息与身份核验不一致" + UUID.randomUUID().toString().substring(0, 6);
        WebUser.Response declined = WebUser.demo(port, "rsj.handler").postForm("/workbench/services/cases/" + caseOf(bundle, 4)
                + "/decline", Map.of("reason", reason));
        assertThat(declined.status()).isEqualTo(200);
        JsonNode ended = show(id);
        assertThat(ended.get("status").asText()).isEqualTo("ENDED");
        assertThat(ended.get("endedBy").asText()).contains("员工社会保险登记").contains("不予受理").contains(reason);
        assertThat(status(caseOf(bundle, 1))).isEqualTo("WITHDRAWN");
    }
}
