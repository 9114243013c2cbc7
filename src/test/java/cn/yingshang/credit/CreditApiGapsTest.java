package cn.yingshang.credit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.ApiCaller;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.TestCodes;
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
 * The credit page actions that had no API operation: fulfilment in the grace period (only the deciding
 * department, on the page as on the API), an enterprise's own repair applications and commitments, and
 * government integrity records with the credit rules.
 */
@PlatformTest
class CreditApiGapsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CreditRecords records;
    @Autowired
    Clock clock;

    String departmentCodeOf(String username) {
        return jdbc.sql("SELECT d.code FROM platform_account a JOIN platform_department d ON d.id = a.department_id WHERE a.username = :u")
                .param("u", username).query(String.class).single();
    }

    @Test
    @DisplayName("002 #37 fulfilment in the grace period of a dishonesty-list entry: only the deciding department confirms it, on the page and by API")
    void fulfilmentOnlyByTheDecidingDepartment() {
        String code = TestCodes.enterprise("650102");
        LocalDate today = LocalDate.now(clock);
        records.record(new NewCreditRecord(code, CreditRecordKind.JUDGMENT_DEFAULTER, departmentCodeOf("scj.handler"),
                "api-grace-" + UUID.randomUUID(), "（2026）新0102执1号", today, Severity.ORDINARY, "未履行生效判决确定的给付义务"));
        long entry = jdbc.sql("SELECT id FROM credit_dishonesty_entry WHERE credit_code = :c").param("c", code).query(Long.class).single();

        // another department: refused on the page (the check used to sit in the page controller) and on the API
        assertThat(WebUser.demo(port, "rsj.handler").postForm("/workbench/credit/dishonesty/" + entry + "/fulfilment", Map.of()).status())
                .isEqualTo(403);
        assertThat(ApiCaller.demo(port, "rsj.handler").post("/api/v1/credit/dishonesty-entries/" + entry + "/fulfilment", "{}").status())
                .isEqualTo(403);
        assertThat(ApiCaller.demo(port, "enterprise1").post("/api/v1/credit/dishonesty-entries/" + entry + "/fulfilment", "{}").status())
                .isEqualTo(403);
        assertThat(jdbc.sql("SELECT removed_on IS NULL FROM credit_dishonesty_entry WHERE id = :id").param("id", entry)
                .query(Boolean.class).single()).isTrue();

        var fulfilled = ApiCaller.demo(port, "scj.handler").post("/api/v1/credit/dishonesty-entries/" + entry + "/fulfilment", "{}");
        assertThat(fulfilled.status()).as(fulfilled.body()).isEqualTo(200);
        assertThat(fulfilled.body()).contains("\"removedOn\":\"" + today + "\"");
        var again = ApiCaller.demo(port, "scj.handler").post("/api/v1/credit/dishonesty-entries/" + entry + "/fulfilment", "{}");
        assertThat(again.status()).isIn(409, 422);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(ApiCaller.demo(port, "scj.handler").post("/api/v1/credit/dishonesty-entries/999999999/fulfilment", "{}").status())
                .isEqualTo(404);
    }

    @Test
    @DisplayName("004 #50 an enterprise makes commitments and applies for repair by API for its own records only")
    void ownCreditByApi() {
        ApiCaller enterprise = ApiCaller.demo(port, "enterprise2");
        String matter = "接口承诺" + UUID.randomUUID().toString().substring(0, 6);
        var made = enterprise.post("/api/v1/credit/own/commitments", "{\"kind\":\"TOLERANCE_ACCEPTANCE\",\"matter\":\"" + matter
                + "\",\"content\":\"承诺10个工作日内补齐材料\",\"departmentCode\":\"" + departmentCodeOf("scj.handler") + "\"}", UUID.randomUUID().toString());
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(enterprise.get("/api/v1/credit/own/commitments").body()).contains(matter);
        assertThat(ApiCaller.demo(port, "enterprise1").get("/api/v1/credit/own/commitments").body()).doesNotContain(matter);
        assertThat(ApiCaller.demo(port, "scj.handler").get("/api/v1/credit/own/commitments").status()).isEqualTo(403);
        var badKind = enterprise.post("/api/v1/credit/own/commitments", "{\"kind\":\"NOPE\",\"matter\":\"x\",\"content\":\"x\",\"departmentCode\":\"x\"}",
                UUID.randomUUID().toString());
        assertThat(badKind.status()).isEqualTo(400);

        String own = jdbc.sql("SELECT credit_code FROM platform_account WHERE username = 'enterprise2'").query(String.class).single();
        long ownRecord = records.record(new NewCreditRecord(own, CreditRecordKind.PENALTY, departmentCodeOf("scj.handler"),
                "api-repair-" + UUID.randomUUID(), "新市监罚〔2026〕1号", LocalDate.now(clock).minusMonths(5), Severity.ORDINARY, "未按规定公示年度报告"));
        String application = "{\"recordId\":" + ownRecord + ",\"evidence\":\"已整改并缴清罚款\",\"commitment\":\"今后按期公示\"}";
        assertThat(ApiCaller.demo(port, "enterprise1").post("/api/v1/credit/own/repairs", application, UUID.randomUUID().toString()).status())
                .isEqualTo(422);
        var applied = enterprise.post("/api/v1/credit/own/repairs", application, UUID.randomUUID().toString());
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        assertThat(enterprise.get("/api/v1/credit/own/repairs").body()).contains("\"recordId\":" + ownRecord);
        assertThat(ApiCaller.demo(port, "enterprise1").get("/api/v1/credit/own/repairs").body()).doesNotContain("\"recordId\":" + ownRecord);
        // one open application per record
        assertThat(enterprise.post("/api/v1/credit/own/repairs", application, UUID.randomUUID().toString()).status()).isEqualTo(422);
    }

    @Test
    @DisplayName("government integrity records by API: recorded, listed, resolved once; credit rules read and changed by the credit office only")
    void governmentRecordsAndRules() {
        ApiCaller office = ApiCaller.demo(port, "office");
        String body = "某街道办事处" + UUID.randomUUID().toString().substring(0, 5);
        var recorded = office.post("/api/v1/credit/government-records", "{\"bodyName\":\"" + body + "\",\"regionCode\":\"650102\","
                + "\"kind\":\"UNPERFORMED_JUDGMENT\",\"basis\":\"（2026）新0102执2号\",\"summary\":\"拒不履行生效判决\",\"amount\":120000,"
                + "\"occurredOn\":\"" + LocalDate.now(clock).minusDays(10) + "\"}", UUID.randomUUID().toString());
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        long id = jdbc.sql("SELECT id FROM credit_government_record WHERE body_name = :b").param("b", body).query(Long.class).single();
        assertThat(ApiCaller.demo(port, "supervisor").get("/api/v1/credit/government-records?q=" + body).body()).contains(body);
        assertThat(ApiCaller.demo(port, "enterprise1").get("/api/v1/credit/government-records").status()).isEqualTo(403);
        assertThat(ApiCaller.demo(port, "scj.handler").post("/api/v1/credit/government-records/" + id + "/resolution", "{}").status())
                .isEqualTo(403);
        var resolved = office.post("/api/v1/credit/government-records/" + id + "/resolution", "{}");
        assertThat(resolved.body()).contains("\"resolvedOn\":\"" + LocalDate.now(clock) + "\"");
        assertThat(office.get("/api/v1/credit/government-records?q=" + body).body()).doesNotContain(body);
        assertThat(office.post("/api/v1/credit/government-records/999999999/resolution", "{}").status()).isEqualTo(404);

        var rules = office.get("/api/v1/credit/rules");
        assertThat(rules.status()).isEqualTo(200);
        assertThat(ApiCaller.demo(port, "scj.handler").get("/api/v1/credit/rules").status()).isEqualTo(403);
        var unknown = office.post("/api/v1/credit/rules/scorecard", "{\"indicators\":[{\"code\":\"NOPE\",\"weight\":1,\"cap\":1}],"
                + "\"aMax\":10,\"cMin\":40,\"dMin\":80}");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("NOPE");
        var inverted = office.post("/api/v1/credit/rules/periods", "{\"periods\":{\"MINOR\":{\"shortestMonths\":12,\"longestMonths\":3}}}");
        assertThat(inverted.status()).isEqualTo(422);
        assertThat(office.get("/api/v1/credit/rules").body()).isEqualTo(rules.body());
    }
}
