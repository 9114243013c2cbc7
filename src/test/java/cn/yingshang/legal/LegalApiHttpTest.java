package cn.yingshang.legal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.ApiCaller;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The legal pages' actions as API operations: same use cases, same owner checks, problem+json, Idempotency-Key on creates. */
@PlatformTest
class LegalApiHttpTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    long body(String code) {
        return jdbc.sql("SELECT id FROM platform_department WHERE code = :c").param("c", code).query(Long.class).single();
    }

    String creditCodeOf(String username) {
        return jdbc.sql("SELECT credit_code FROM platform_account WHERE username = :u").param("u", username).query(String.class).single();
    }

    JsonNode read(WebUser.Response r) {
        return json.readTree(r.body());
    }

    @Test
    @DisplayName("Filing online by API: created once per Idempotency-Key, readable by the enterprise and its court only; bad input is problem+json in Chinese")
    void filingOnline() {
        ApiCaller enterprise = ApiCaller.demo(port, "enterprise1");
        String filing = """
                {"courtId": %d, "caseType": "CONTRACT", "procedure": "SIMPLE", "opponent": "某事业单位", "claim": "请求支付货款",
                 "amount": 120000, "materials": "起诉状\\n营业执照"}""".formatted(body("650100-COURT"));
        String key = UUID.randomUUID().toString();
        WebUser.Response first = enterprise.post("/api/v1/legal/cases", filing, key);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        WebUser.Response again = enterprise.post("/api/v1/legal/cases", filing, key);
        long id = read(first).get("id").asLong();
        assertThat(read(again).get("id").asLong()).isEqualTo(id);
        assertThat(read(first).get("status").asString()).isEqualTo("FILED");
        assertThat(read(first).get("reviewDue").asString()).isEqualTo(TODAY.plusDays(7).toString());

        assertThat(ApiCaller.demo(port, "court.clerk").get("/api/v1/legal/cases/" + id).status()).isEqualTo(200);
        assertThat(ApiCaller.demo(port, "enterprise2").get("/api/v1/legal/cases/" + id).status()).isEqualTo(404);
        assertThat(ApiCaller.demo(port, "procurator").get("/api/v1/legal/cases/" + id).status()).isIn(403, 404);

        WebUser.Response bad = enterprise.post("/api/v1/legal/cases", """
                {"courtId": %d, "caseType": "CONTRACT", "procedure": "SIMPLE", "opponent": "", "claim": "", "amount": 1}"""
                .formatted(body("650100-COURT")));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(read(bad).get("detail").asString()).containsPattern("[\\u4e00-\\u9fa5]");
        assertThat(ApiCaller.demo(port, "court.clerk").post("/api/v1/legal/cases", filing).status()).isEqualTo(403);
    }

    @Test
    @DisplayName("Seizures by API: recorded, found unrelated and released by the acting body only; another body gets 404")
    void seizures() {
        ApiCaller police = ApiCaller.demo(port, "police.officer");
        String caseNumber = "乌公经立〔2026〕" + UUID.randomUUID().toString().substring(0, 5) + "号";
        WebUser.Response r = police.post("/api/v1/legal/seizures", """
                {"caseNumber": "%s", "measure": "FREEZING", "creditCode": "%s", "holderName": "演示企业", "holderKind": "ENTERPRISE",
                 "property": "一般存款账户资金 12 万元", "propertyRegion": "650102", "inUse": false, "imposedOn": "%s"}"""
                .formatted(caseNumber, creditCodeOf("enterprise1"), TODAY.minusDays(10)), UUID.randomUUID().toString());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long id = read(r).get("id").asLong();
        assertThat(ApiCaller.demo(port, "court.clerk").post("/api/v1/legal/seizures/" + id + "/release",
                "{\"releasedOn\": \"%s\"}".formatted(TODAY)).status()).isIn(403, 404);
        WebUser.Response found = police.post("/api/v1/legal/seizures/" + id + "/unrelated-finding",
                "{\"foundOn\": \"%s\", \"finding\": \"资金系正常经营收入\"}".formatted(TODAY.minusDays(1)));
        assertThat(read(found).get("releaseDue").asString()).isEqualTo(TODAY.plusDays(2).toString());
        WebUser.Response released = police.post("/api/v1/legal/seizures/" + id + "/release", "{\"releasedOn\": \"%s\"}".formatted(TODAY));
        assertThat(read(released).get("status").asString()).isEqualTo("RELEASED");
        assertThat(ApiCaller.demo(port, "office").get("/api/v1/legal/seizures/" + id).status()).isEqualTo(200);
        assertThat(police.post("/api/v1/legal/seizures/" + id + "/release", "{}").status()).isEqualTo(400);
    }

    @Test
    @DisplayName("Stalled cases by API: entered, listed and closed by the procuratorate; a court cannot read them")
    void stalledCases() {
        ApiCaller procurator = ApiCaller.demo(port, "procurator");
        WebUser.Response r = procurator.post("/api/v1/legal/stalled-cases", """
                {"caseNumber": "乌检刑立〔2024〕%s号", "creditCode": "%s", "offence": "涉嫌合同诈骗", "registeredOn": "2024-03-01"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 5), creditCodeOf("enterprise2")), UUID.randomUUID().toString());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long id = read(r).get("id").asLong();
        assertThat(ApiCaller.demo(port, "court.clerk").get("/api/v1/legal/stalled-cases/" + id).status()).isIn(403, 404);
        assertThat(read(procurator.post("/api/v1/legal/stalled-cases/" + id + "/listing", "{}")).get("status").asString()).isEqualTo("LISTED");
        assertThat(procurator.post("/api/v1/legal/stalled-cases/" + id + "/closing", "{\"outcome\": \"\"}").status()).isEqualTo(400);
        assertThat(read(procurator.post("/api/v1/legal/stalled-cases/" + id + "/closing", "{\"outcome\": \"撤销案件\"}")).get("status")
                .asString()).isEqualTo("CLOSED");
    }

    @Test
    @DisplayName("Complaints, typical cases and figures by API, with their owner checks")
    void complaintsTypicalCasesFigures() {
        ApiCaller clerk = ApiCaller.demo(port, "court.clerk");
        String ticket = "API" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String complaint = """
                {"channel": "COURT_12368", "ticket": "%s", "bodyId": %d, "receivedOn": "%s", "title": "执行款迟迟未发放",
                 "content": "企业反映执行到位的款项三个月未发放。", "complainantName": "王芳", "complainantPhone": "13800001111"}"""
                .formatted(ticket, body("650100-COURT"), TODAY);
        WebUser.Response r = clerk.post("/api/v1/legal/complaints", complaint, UUID.randomUUID().toString());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(read(r).get("appealStatus").asString()).isEqualTo("DISPATCHED");
        assertThat(read(r).get("accessCode").asString()).isNotBlank();
        long id = read(r).get("id").asLong();
        assertThat(ApiCaller.demo(port, "police.officer").get("/api/v1/legal/complaints/" + id).status()).isEqualTo(404);
        assertThat(ApiCaller.demo(port, "police.officer").post("/api/v1/legal/complaints", complaint).status()).isEqualTo(403);

        String title = "API典型案例" + UUID.randomUUID().toString().substring(0, 6);
        WebUser.Response published = clerk.post("/api/v1/legal/typical-cases", """
                {"caseYear": %d, "title": "%s", "summary": "案情", "significance": "意义"}""".formatted(TODAY.getYear(), title),
                UUID.randomUUID().toString());
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        long caseId = read(published).get("id").asLong();
        JsonNode list = read(WebUser.anonymous(port).getJson("/api/v1/public/legal/typical-cases?q=" + title.substring(0, 3) + "&size=5"));
        assertThat(list.get("total").asLong()).isPositive();
        assertThat(ApiCaller.demo(port, "procurator").post("/api/v1/legal/typical-cases/" + caseId + "/withdrawal",
                "{\"reason\": \"x\"}").status()).isEqualTo(404);
        assertThat(read(clerk.post("/api/v1/legal/typical-cases/" + caseId + "/withdrawal", "{\"reason\": \"当事人申请\"}")).get("status")
                .asString()).isEqualTo("WITHDRAWN");

        JsonNode own = read(clerk.get("/api/v1/legal/figures/prefectures"));
        assertThat(own.size()).isEqualTo(1);
        assertThat(own.get(0).get("regionCode").asString()).isEqualTo("650100");
        assertThat(ApiCaller.demo(port, "office").get("/api/v1/legal/figures/prefectures").status()).isEqualTo(200);
        assertThat(ApiCaller.demo(port, "enterprise1").get("/api/v1/legal/figures/prefectures").status()).isEqualTo(403);
    }
}
