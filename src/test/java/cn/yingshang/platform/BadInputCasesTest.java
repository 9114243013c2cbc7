package cn.yingshang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue 19: the requests an attacker found answered 5xx, each now a 4xx with a Chinese detail and no class names. */
@PlatformTest
class BadInputCasesTest {

    @LocalServerPort
    int port;
    final JdbcClient jdbc;
    final JsonMapper json;

    @Autowired
    BadInputCasesTest(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** 400 for malformed values, 422 where a business rule names the field: a 4xx either way. */
    void assertProblem(WebUser.Response r, int status) {
        assertThat(r.status()).as(r.body()).isBetween(400, 499);
        assertThat(r.contentType()).contains("application/problem+json");
        JsonNode body = json.readTree(r.body());
        assertThat(body.path("detail").asString()).containsPattern("\\p{IsHan}");
        assertThat(r.body()).doesNotContainPattern("(java|org|cn)\\.[a-z]+\\.|Exception");
    }

    @Test
    @DisplayName("rule evaluation: a non-numeric revenue and a revenue of 1e20 are 4xx")
    void ruleEvaluationRevenue() {
        WebUser anyone = WebUser.anonymous(port);
        String rule = "{\"attribute\":\"revenue\",\"op\":\"<\",\"value\":100}";
        for (String revenue : new String[]{"\"abc\"", "1e20", "{\"a\":1}"}) {
            WebUser.Response r = anyone.postJson("/api/v1/policy-rules/evaluations",
                    "{\"rule\":" + rule + ",\"entity\":{\"revenue\":" + revenue + "}}");
            assertThat(r.status()).as(revenue + " " + r.body()).isBetween(400, 499);
            assertProblem(r, r.status());
        }
    }

    @Test
    @DisplayName("deadline API: a year beyond 9999 and a region code XX are 400")
    void deadlineYearAndRegion() {
        WebUser anyone = WebUser.anonymous(port);
        assertProblem(anyone.getJson("/api/v1/reference/deadlines?start=%2B10000-01-01&days=5"), 400);
        assertProblem(anyone.getJson("/api/v1/reference/deadlines?start=2026-03-02&days=5&region=XX"), 400);
        assertProblem(anyone.getJson("/api/v1/reference/calendars/XX/2026"), 400);
        assertProblem(anyone.getJson("/api/v1/reference/calendars/650000/10000"), 400);
    }

    @Test
    @DisplayName("12345 intake: a ticket id sent as an object is 400 and stores nothing")
    void ticketIdAsObject() throws Exception {
        String body = "{\"ticketId\":{\"x\":1},\"type\":\"COMPLAINT\",\"category\":\"GOV_SERVICES\",\"title\":\"t\",\"content\":\"c\",\"name\":\"n\",\"phone\":\"13700002222\",\"region\":\"650104\"}";
        long before = jdbc.sql("SELECT count(*) FROM appeal").query(Long.class).single();
        // signed as the hotline signs now: timestamp and nonce are part of the signature (replay protection)
        HttpResponse<String> r = HttpClient.newHttpClient().send(cn.yingshang.support.HotlineSignature.signed(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/public/appeals/hotline"))
                .header("Content-Type", "application/json"), cn.yingshang.support.HotlineSignature.DEMO_SECRET, body)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isBetween(400, 499);
        assertThat(r.body()).contains("ticketId").doesNotContain("Exception");
        assertThat(jdbc.sql("SELECT count(*) FROM appeal").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    @DisplayName("page numbers negative or huge and a limit of −5 are 400")
    void pagesAndLimits() {
        WebUser office = WebUser.demo(port, "office");
        assertProblem(office.getJson("/api/v1/appeals/queue?page=-1"), 400);
        assertProblem(office.getJson("/api/v1/appeals/queue?page=99999999"), 400);
        assertProblem(office.getJson("/api/v1/entities?page=-3"), 400);
        assertProblem(office.getJson("/api/v1/entities?page=2147483647"), 400);
        assertProblem(office.getJson("/api/v1/entities?size=100000"), 400);
        assertProblem(office.getJson("/api/v1/entities/dormant-candidates?limit=-5"), 400);
    }

    @Test
    @DisplayName("registry: a revenue of 1e20 is 4xx, and PATCH of the figures changes only the fields sent")
    void figuresRangeAndPatch() {
        WebUser office = WebUser.demo(port, "office");
        String code = jdbc.sql("SELECT credit_code FROM registry_market_entity WHERE headcount IS NOT NULL AND assets IS NOT NULL "
                + "AND kind = 'ENTERPRISE' ORDER BY id LIMIT 1").query(String.class).single();
        Map<String, Object> before = jdbc.sql("SELECT headcount, revenue, assets FROM registry_market_entity WHERE credit_code = :c")
                .param("c", code).query().singleRow();

        WebUser.Response huge = office.patchJson("/api/v1/entities/" + code + "/figures", "{\"revenue\":1e20}");
        assertThat(huge.status()).as(huge.body()).isBetween(400, 499);
        assertProblem(huge, huge.status());

        WebUser.Response patched = office.patchJson("/api/v1/entities/" + code + "/figures", "{\"revenue\":1234.5}");
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        Map<String, Object> after = jdbc.sql("SELECT headcount, revenue, assets FROM registry_market_entity WHERE credit_code = :c")
                .param("c", code).query().singleRow();
        assertThat(after.get("headcount")).isEqualTo(before.get("headcount"));
        assertThat(after.get("assets")).isEqualTo(before.get("assets"));
        assertThat(((java.math.BigDecimal) after.get("revenue"))).isEqualByComparingTo("1234.5");
    }

    @Test
    @DisplayName("pages: a non-numeric department id in dispatch and an unknown account id are not 5xx")
    void pageInputs() {
        WebUser office = WebUser.demo(port, "office");
        long appeal = jdbc.sql("SELECT id FROM appeal ORDER BY id LIMIT 1").query(Long.class).single();
        WebUser.Response dispatch = office.postForm("/workbench/appeals/" + appeal + "/act",
                Map.of("action", "DISPATCH", "leadDepartment", "abc"));
        assertThat(dispatch.status()).as(dispatch.body()).isLessThan(500);

        WebUser admin = WebUser.demo(port, "admin");
        WebUser.Response unknown = admin.postForm("/workbench/accounts/987654321/enabled", Map.of("enabled", "false"));
        assertThat(unknown.status()).isLessThan(500);
        assertThat(unknown.body()).contains("账号不存在");
    }
}
