package cn.yingshang.services;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PlatformTest
class BundleAuthorisationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    JsonNode apply(WebUser enterprise, String bundle, String key) {
        WebUser.Response r = enterprise.postJson("/api/v1/service-bundles", "{\"bundleCode\":\"" + bundle
                + "\",\"identityName\":\"张明\",\"idNumber\":\"11010519491231002X\",\"requestKey\":\"" + key + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body());
    }

    @Test
    @DisplayName("An enterprise sees only its own bundles; a department only its own parts of one; others are told it does not exist")
    void bundlesAreSeenByTheirOwners() {
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        JsonNode bundle = apply(enterprise, "ENTERPRISE_OPENING", UUID.randomUUID().toString());
        long id = bundle.get("id").asLong();
        assertThat(bundle.get("parts").size()).isEqualTo(5);

        WebUser other = WebUser.demo(port, "enterprise2");
        assertThat(other.getJson("/api/v1/service-bundles/" + id).status()).isEqualTo(404);
        assertThat(other.get("/enterprise/services/bundles/" + id).status()).isEqualTo(404);
        assertThat(other.getJson("/api/v1/service-bundles").body()).doesNotContain("\"id\":" + id + ",");

        JsonNode hr = JSON.readTree(WebUser.demo(port, "rsj.handler").getJson("/api/v1/service-bundles/" + id).body());
        assertThat(hr.get("parts").size()).isEqualTo(1);
        assertThat(hr.get("parts").get(0).get("department").asText()).isEqualTo("乌鲁木齐市人力资源和社会保障局");
        assertThat(WebUser.demo(port, "inspector1").getJson("/api/v1/service-bundles/" + id).status()).isEqualTo(404);

        // The market regulator cannot act on the public-security part, by page or by API.
        WebUser market = WebUser.demo(port, "scj.handler");
        assertThat(market.postForm("/workbench/services/bundles/" + id + "/parts/2/acceptance", java.util.Map.of()).status()).isEqualTo(404);
        long sealCase = bundle.get("parts").get(1).get("caseId").asLong();
        assertThat(market.postJson("/api/v1/service-cases/" + sealCase + "/acceptance", "{}").status()).isEqualTo(403);
        assertThat(JSON.readTree(WebUser.demo(port, "office").getJson("/api/v1/service-bundles/" + id).body()).get("parts").size())
                .isEqualTo(5);
    }

    @Test
    @DisplayName("004 #1: one identity check — a resident ID number failing its check digit is refused and nothing is opened; the same request key opens one bundle")
    void identityCheckAndSubmitOnce() {
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        WebUser.Response bad = enterprise.postJson("/api/v1/service-bundles", "{\"bundleCode\":\"ENTERPRISE_OPENING\","
                + "\"identityName\":\"张明\",\"idNumber\":\"110105194912310021\",\"requestKey\":\"" + UUID.randomUUID() + "\"}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.contentType()).contains("application/problem+json");
        String key = UUID.randomUUID().toString();
        assertThat(apply(enterprise, "ENTERPRISE_OPENING", key).get("id").asLong())
                .isEqualTo(apply(enterprise, "ENTERPRISE_OPENING", key).get("id").asLong());
    }

    @Test
    @DisplayName("000 §30: 简易注销 opens clearance with tax, social insurance and housing fund at once; the deregistration itself waits for the 20-day public notice")
    void simpleDeregistrationWaitsForItsNotice() {
        JsonNode b = apply(WebUser.demo(port, "enterprise1"), "SIMPLE_DEREGISTRATION", UUID.randomUUID().toString());
        assertThat(b.get("status").asText()).isEqualTo("NOTICE");
        assertThat(java.time.LocalDate.parse(b.get("noticeEndsOn").asText()))
                .isEqualTo(java.time.LocalDate.parse(b.get("appliedOn").asText()).plusDays(20));
        long open = 0;
        for (JsonNode p : b.get("parts")) {
            if (p.get("status").asText().equals("OPEN")) {
                open++;
            } else {
                assertThat(p.get("status").asText()).isEqualTo("WAITING");
                assertThat(p.get("caseId").isNull()).isTrue();
            }
        }
        assertThat(open).isEqualTo(3);
    }
}
