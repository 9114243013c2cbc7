package cn.yingshang.legal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.Role;
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

/**
 * The court's and the procuratorate's page actions as API operations (issue 17's last legal gap row):
 * filing review, judgments and defaulters, bankruptcy, compliance reform. The same use cases check the
 * court or procuratorate is the case's; another body of the same kind is refused on every operation.
 */
@PlatformTest
class CourtApiHttpTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    Accounts accounts;

    JsonNode read(WebUser.Response r) {
        return json.readTree(r.body());
    }

    long body(String code) {
        return jdbc.sql("SELECT id FROM platform_department WHERE code = :c").param("c", code).query(Long.class).single();
    }

    /** An officer of a sibling body of the demo officer's (same kind, same level, neither overseeing the other). */
    ApiCaller another(String demoUser, String function) {
        long own = jdbc.sql("SELECT department_id FROM platform_account WHERE username = :u").param("u", demoUser).query(Long.class).single();
        long other = jdbc.sql("SELECT id FROM platform_department WHERE function = :f AND id <> :own"
                        + " AND parent_id = (SELECT parent_id FROM platform_department WHERE id = :own) ORDER BY id LIMIT 1")
                .param("f", function).param("own", own).query(Long.class).single();
        String username = "api" + Long.toString(System.nanoTime(), 36);
        accounts.createDemoAccount(new Accounts.NewAccount(username, "Demo@2025", "other body", Role.LEGAL_OFFICER,
                cn.yingshang.platform.DepartmentId.of(other), null, null));
        return ApiCaller.basic(port, username, "Demo@2025");
    }

    String debtor() {
        return jdbc.sql("""
                SELECT credit_code FROM registry_market_entity WHERE kind = 'ENTERPRISE'
                  AND credit_code NOT IN (SELECT credit_code FROM platform_account WHERE credit_code IS NOT NULL)
                ORDER BY credit_code LIMIT 1 OFFSET 3""").query(String.class).single();
    }

    @Test
    @DisplayName("002 #12 green channel for filing by API: one complete supplement notice (blank and repeated lines dropped), acceptance, the queue; another court is refused each step")
    void filingReviewedByApi() {
        ApiCaller enterprise = ApiCaller.demo(port, "enterprise1");
        var filed = enterprise.post("/api/v1/legal/cases", """
                {"courtId": %d, "caseType": "CONTRACT", "procedure": "SIMPLE", "opponent": "某事业单位", "claim": "请求支付货款",
                 "amount": 80000, "materials": "起诉状"}""".formatted(body("650100-COURT")), UUID.randomUUID().toString());
        long id = read(filed).get("id").asLong();
        ApiCaller clerk = ApiCaller.demo(port, "court.clerk");
        ApiCaller other = another("court.clerk", "COURT");
        String base = "/api/v1/legal/cases/" + id;

        assertThat(other.post(base + "/supplement-request", "{\"materials\":[\"营业执照副本\"]}").status()).isIn(403, 404);
        assertThat(clerk.post(base + "/supplement-request", "{\"materials\":[]}").status()).isEqualTo(400);
        var notice = clerk.post(base + "/supplement-request", "{\"materials\":[\"营业执照副本\",\" \",\"营业执照副本\",\"送货单\"]}");
        assertThat(notice.status()).as(notice.body()).isEqualTo(200);
        assertThat(read(notice).get("supplementMaterials").toString()).isEqualTo("[\"营业执照副本\",\"送货单\"]");
        assertThat(enterprise.post(base + "/supplement-supplied", "{\"note\":\"已补齐\"}").status()).isEqualTo(200);

        assertThat(other.post(base + "/acceptance", "{}").status()).isIn(403, 404);
        assertThat(other.post(base + "/refusal", "{\"reason\":\"冒名\"}").status()).isIn(403, 404);
        var accepted = clerk.post(base + "/acceptance", "{}");
        assertThat(read(accepted).get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(read(accepted).get("acceptedOn").asString()).isEqualTo(TODAY.toString());
        assertThat(clerk.post(base + "/acceptance", "{}").status()).isIn(409, 422);
        assertThat(clerk.get("/api/v1/legal/court/cases?q=" + read(filed).get("reference").asString()).body()).contains("\"id\":" + id);
        assertThat(other.get("/api/v1/legal/court/cases?q=" + read(filed).get("reference").asString()).body()).doesNotContain("\"id\":" + id);
        assertThat(enterprise.post(base + "/acceptance", "{}").status()).isEqualTo(403);
        assertThat(other.post(base + "/closing", "{\"outcome\":\"冒名结案\"}").status()).isIn(403, 404);
        assertThat(clerk.post(base + "/closing", "{\"outcome\":\"调解结案，被告已付款\"}").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("002 #37 judgments by API: the debtor listed as a defaulter and, having performed, removed and repaired within 3 days; another court reads and changes nothing")
    void judgmentsAndDefaultersByApi() {
        ApiCaller clerk = ApiCaller.demo(port, "court.clerk");
        ApiCaller other = another("court.clerk", "COURT");
        String code = debtor();
        var recorded = clerk.post("/api/v1/legal/judgments", """
                {"caseNumber": "（2026）新0102执%s号", "creditorName": "乌鲁木齐某建材有限公司", "debtorCreditCode": "%s",
                 "debtorName": "被执行企业", "debtorKind": "ENTERPRISE", "amount": 56000, "judgedOn": "%s"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 5), code, TODAY.minusDays(30)), UUID.randomUUID().toString());
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        long id = read(recorded).get("id").asLong();
        String base = "/api/v1/legal/judgments/" + id;
        assertThat(other.get(base).status()).isIn(403, 404);
        assertThat(other.post(base + "/defaulter-listing", "{\"listedOn\":\"" + TODAY + "\"}").status()).isIn(403, 404);
        assertThat(clerk.post(base + "/defaulter-listing", "{}").status()).isEqualTo(400);
        var listed = clerk.post(base + "/defaulter-listing", "{\"listedOn\":\"" + TODAY + "\"}");
        assertThat(read(listed).get("status").asString()).isEqualTo("DEFAULTER_LISTED");
        assertThat(other.post(base + "/performance", "{\"performedOn\":\"" + TODAY + "\"}").status()).isIn(403, 404);
        var performed = clerk.post(base + "/performance", "{\"performedOn\":\"" + TODAY + "\"}");
        assertThat(performed.status()).as(performed.body()).isEqualTo(200);
        assertThat(read(performed).get("status").asString()).isEqualTo("PERFORMED");
        LocalDate repaired = LocalDate.parse(read(performed).get("repairedOn").asString());
        assertThat(repaired).isBetween(TODAY, TODAY.plusDays(3));
    }

    @Test
    @DisplayName("002 #32 bankruptcy by API: a claim decided only with an amount or as rejected, meeting counted, 府院协调 answered by the department asked; another court is refused")
    void bankruptcyByApi() {
        ApiCaller clerk = ApiCaller.demo(port, "court.clerk");
        ApiCaller other = another("court.clerk", "COURT");
        var accepted = clerk.post("/api/v1/legal/bankruptcy", """
                {"caseNumber": "（2026）新01破A%s号", "creditCode": "%s", "procedure": "LIQUIDATION", "simplified": true,
                 "acceptedOn": "%s", "claimsBy": "%s"}""".formatted(UUID.randomUUID().toString().substring(0, 5), debtor(), TODAY,
                TODAY.plusDays(30)), UUID.randomUUID().toString());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        long id = read(accepted).get("bankruptcyCase").get("id").asLong();
        String base = "/api/v1/legal/bankruptcy/" + id;
        assertThat(other.get(base).status()).isIn(403, 404);

        ApiCaller creditor = ApiCaller.demo(port, "enterprise1");
        assertThat(creditor.post(base + "/claims", "{\"amount\":300000,\"secured\":false}", UUID.randomUUID().toString()).status()).isEqualTo(201);
        long claim = read(clerk.get(base)).get("claims").get(0).get("id").asLong();
        var noAmount = clerk.post(base + "/claims/" + claim + "/decision", "{\"reject\":false}");
        assertThat(noAmount.status()).isEqualTo(422);
        assertThat(noAmount.contentType()).startsWith("application/problem+json");
        assertThat(other.post(base + "/claims/" + claim + "/decision", "{\"reject\":false,\"confirmedAmount\":300000}").status()).isIn(403, 404);
        assertThat(read(clerk.post(base + "/claims/" + claim + "/decision", "{\"reject\":false,\"confirmedAmount\":300000}"))
                .get("claims").get(0).get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(other.post(base + "/administrator", "{\"administrator\":\"冒名\",\"reason\":\"x\"}").status()).isIn(403, 404);
        assertThat(clerk.post(base + "/administrator", "{\"administrator\":\"新疆某律师事务所\",\"reason\":\"债权人推荐\"}").status()).isEqualTo(200);
        assertThat(clerk.post(base + "/meetings", "{\"motion\":\"财产变价方案\",\"kind\":\"ORDINARY\",\"closesOn\":\"" + TODAY + "\"}",
                UUID.randomUUID().toString()).status()).isEqualTo(201);
        long meeting = read(clerk.get(base)).get("meetings").get(0).get("id").asLong();
        assertThat(creditor.post(base + "/meetings/" + meeting + "/ballot", "{\"choice\":\"FOR\"}").status()).isEqualTo(200);
        assertThat(other.post(base + "/meetings/" + meeting + "/count", "{}").status()).isIn(403, 404);
        var counted = clerk.post(base + "/meetings/" + meeting + "/count", "{}");
        assertThat(read(counted).get("passed").asBoolean()).isTrue();

        long market = jdbc.sql("SELECT department_id FROM platform_account WHERE username = 'scj.handler'").query(Long.class).single();
        assertThat(clerk.post(base + "/coordination", "{\"departmentId\":" + market + ",\"subject\":\"SUPPORT\",\"request\":\"协助办理注销登记\"}",
                UUID.randomUUID().toString()).status()).isEqualTo(201);
        long item = read(clerk.get(base)).get("coordination").get(0).get("id").asLong();
        assertThat(ApiCaller.demo(port, "rsj.handler").post("/api/v1/legal/coordination/" + item + "/response", "{\"response\":\"冒答\"}")
                .status()).isIn(403, 404);
        var answered = ApiCaller.demo(port, "scj.handler").post("/api/v1/legal/coordination/" + item + "/response", "{\"response\":\"已开通注销绿色通道\"}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(read(answered).get("respondedOn").asString()).isEqualTo(TODAY.toString());
        assertThat(other.post(base + "/conclusion", "{\"outcome\":\"冒名终结\"}").status()).isIn(403, 404);
        assertThat(read(clerk.post(base + "/conclusion", "{\"outcome\":\"破产程序终结\"}")).get("bankruptcyCase").get("status").asString())
                .isEqualTo("CONCLUDED");
    }

    @Test
    @DisplayName("002 #27 compliance reform by API: the procuratorate enters the case and sets steps; the enterprise commits and reports; another procuratorate is refused")
    void complianceByApi() {
        ApiCaller procurator = ApiCaller.demo(port, "procurator");
        ApiCaller other = another("procurator", "PROCURATORATE");
        String code = jdbc.sql("SELECT credit_code FROM platform_account WHERE username = 'enterprise2'").query(String.class).single();
        var entered = procurator.post("/api/v1/legal/compliance", """
                {"caseNumber": "乌检刑诉〔2026〕A%s号", "creditCode": "%s", "offence": "虚开增值税专用发票", "mode": "MONITORING",
                 "monitor": "第三方监督评估组织", "rectifyBy": "%s"}""".formatted(UUID.randomUUID().toString().substring(0, 5), code,
                TODAY.plusDays(90)), UUID.randomUUID().toString());
        assertThat(entered.status()).as(entered.body()).isEqualTo(201);
        long id = read(entered).get("id").asLong();
        String base = "/api/v1/legal/compliance/" + id;
        assertThat(other.get(base).status()).isIn(403, 404);
        assertThat(other.post(base + "/steps", "{\"title\":\"冒设\",\"dueOn\":\"" + TODAY.plusDays(10) + "\"}", UUID.randomUUID().toString())
                .status()).isIn(403, 404);
        assertThat(procurator.post(base + "/steps", "{\"title\":\"建立发票管理制度\",\"dueOn\":\"" + TODAY.plusDays(30) + "\"}",
                UUID.randomUUID().toString()).status()).isEqualTo(201);
        var late = procurator.post(base + "/steps", "{\"title\":\"超期事项\",\"dueOn\":\"" + TODAY.plusDays(200) + "\"}", UUID.randomUUID().toString());
        assertThat(late.status()).isEqualTo(422);
        ApiCaller enterprise = ApiCaller.demo(port, "enterprise2");
        assertThat(enterprise.get(base).status()).isEqualTo(200);
        assertThat(ApiCaller.demo(port, "enterprise1").get(base).status()).isIn(403, 404);
        assertThat(enterprise.post(base + "/commitment", "{\"commitment\":\"建立发票管理制度，按期报告整改情况\"}").status()).isEqualTo(200);
        long step = read(procurator.get(base)).get("steps").get(0).get("id").asLong();
        assertThat(enterprise.post(base + "/steps/" + step + "/report", "{\"report\":\"制度已印发\"}").status()).isEqualTo(200);
        assertThat(other.post(base + "/assessment", "{\"passed\":true,\"note\":\"冒评\"}").status()).isIn(403, 404);
        assertThat(read(procurator.post(base + "/assessment", "{\"passed\":true,\"note\":\"第三方组织评估合格\"}")).get("status").asString())
                .isEqualTo("ASSESSED");
        assertThat(other.post(base + "/closing", "{\"outcome\":\"NO_PROSECUTION\"}").status()).isIn(403, 404);
        assertThat(read(procurator.post(base + "/closing", "{\"outcome\":\"NO_PROSECUTION\"}")).get("outcome").asString())
                .isEqualTo("NO_PROSECUTION");
    }
}
