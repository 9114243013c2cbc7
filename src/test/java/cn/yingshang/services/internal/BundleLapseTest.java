package cn.yingshang.services.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** 000 §19: a bundle part withdrawn because its 容缺 materials never came ends the bundle like a refusal. */
@PlatformTest
class BundleLapseTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DeficiencyLapses lapses;
    @Autowired
    Clock clock;

    @Test
    @DisplayName("the lapse job withdraws a bundle part accepted with deficiency and the bundle ends, saying the materials never came")
    void lapsedPartEndsTheBundle() {
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        WebUser.Response r = enterprise.postJson("/api/v1/service-bundles", "{\"bundleCode\":\"ENTERPRISE_OPENING\","
                + "\"identityName\":\"张明\",\"idNumber\":\"11010519491231002X\",\"requestKey\":\"" + UUID.randomUUID() + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode bundle = JSON.readTree(r.body());
        long id = bundle.get("id").asLong();
        long taxCase = bundle.get("parts").get(2).get("caseId").asLong();
        assertThat(WebUser.demo(port, "tax.handler").postJson("/api/v1/service-cases/" + taxCase + "/acceptance", "{}").status())
                .isEqualTo(200);
        // as if accepted with a deficiency whose supply day has passed (the bundle items' guides list no materials)
        jdbc.sql("INSERT INTO svc_case_deficiency (case_id, materials, supply_by) VALUES (:id, ARRAY['发票专用章印模'], :by)")
                .param("id", taxCase).param("by", LocalDate.now(clock).minusDays(1)).update();

        assertThat(lapses.withdrawLapsed()).contains(taxCase);

        JsonNode ended = JSON.readTree(enterprise.getJson("/api/v1/service-bundles/" + id).body());
        assertThat(ended.get("status").asText()).isEqualTo("ENDED");
        assertThat(ended.get("endedBy").asText()).contains("发票申领及税务登记").contains("已撤回").contains("容缺材料逾期未补交");
        assertThat(ended.get("parts").get(0).get("status").asText()).isEqualTo("CANCELLED");
        assertThat(jdbc.sql("SELECT status FROM svc_case WHERE id = :id").param("id", bundle.get("parts").get(0).get("caseId").asLong())
                .query(String.class).single()).isEqualTo("WITHDRAWN");
    }
}
