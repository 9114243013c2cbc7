package cn.yingshang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.arrears.ArrearsFixtures;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.Race;
import cn.yingshang.support.WebUser;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Issue 19: a double click or a retried API call creates one object, and the second answer shows that object. */
@PlatformTest
class SubmitOnceTest {

    static final Pattern TOKEN = Pattern.compile("name=\"_submission\" value=\"([0-9a-f]{32})\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    Clock clock;
    @Autowired
    cn.yingshang.platform.Departments departments;

    static String token(WebUser.Response page) {
        Matcher m = TOKEN.matcher(page.body());
        assertThat(m.find()).as("the form carries a one-time submission token").isTrue();
        return m.group(1);
    }

    @Test
    @DisplayName("every POST form rendered by the platform carries its own one-time submission token; GET forms do not")
    void formsCarryTokens() {
        String page = WebUser.anonymous(port).get("/public/appeals/new").body();
        Matcher m = TOKEN.matcher(page);
        assertThat(m.find()).isTrue();
        String first = m.group(1);
        assertThat(TOKEN.matcher(WebUser.anonymous(port).get("/public/appeals/new").body()).results().map(r -> r.group(1)))
                .doesNotContain(first);
        assertThat(WebUser.anonymous(port).get("/public/credit").body()).doesNotContain("_submission\" value");
    }

    @Test
    @DisplayName("public appeal form sent twice at once with one token: one appeal, both answers show the same tracking number")
    void publicAppealDoubleClick() {
        WebUser citizen = WebUser.behindProxy(port, WebUser.freshClientAddress()); // own per-client appeal limit
        String token = token(citizen.get("/public/appeals/new"));
        citizen.refreshCsrf();
        String title = "双击提交" + UUID.randomUUID();
        Map<String, String> form = new HashMap<>(Map.of("type", "COMPLAINT", "category", "FEES", "title", title,
                "content", "乱收费问题请处理。", "name", "李四", "region", "650100", "phone", "13900001111", "_submission", token));
        List<WebUser.Response> answers = Race.run(
                () -> citizen.postMultipart("/public/appeals", null, null, null, form),
                () -> citizen.postMultipart("/public/appeals", null, null, null, form));
        assertThat(answers).extracting(WebUser.Response::status).containsOnly(200);
        assertThat(jdbc.sql("SELECT count(*) FROM appeal WHERE title = :t").param("t", title).query(Long.class).single()).isEqualTo(1);
        // the receipt now shows the public code and the access code (public tracking codes branch); only a hash of
        // the access code is stored, so the repeat shows the same public code and says the access code was on the first
        String publicCode = jdbc.sql("SELECT public_code FROM appeal WHERE title = :t").param("t", title).query(String.class).single()
                .replaceAll("[^0-9A-Za-z]", "");
        java.util.regex.Pattern shown = java.util.regex.Pattern.compile("id=\"public-code\">([^<]+)<");
        assertThat(answers).allSatisfy(a -> {
            java.util.regex.Matcher m = shown.matcher(a.body());
            assertThat(m.find()).as("public code on the receipt").isTrue();
            assertThat(m.group(1).replaceAll("[^0-9A-Za-z]", "")).endsWith(publicCode);
        });
        assertThat(answers).filteredOn(a -> a.body().contains("id=\"access-code\"")).hasSize(1);
        assertThat(answers).filteredOn(a -> a.body().contains("id=\"access-code-shown-before\"")).hasSize(1);
    }

    @Test
    @DisplayName("arrears claim form sent twice at once with one token: one claim, both land on its page")
    void arrearsFormDoubleClick() {
        ArrearsFixtures fixtures = new ArrearsFixtures(port, jdbc, departments);
        WebUser office = WebUser.demo(port, "office");
        long payer = fixtures.payerId(fixtures.newPublicInstitution(office));
        String payee = fixtures.newEntity(office, 50, "2000", "1500");
        String token = token(office.get("/workbench/arrears/new"));
        String contract = "双击合同" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> form = Map.of("payeeCreditCode", payee, "payerId", Long.toString(payer), "contractName", contract,
                "amount", "20000", "disputedAmount", "0", "deliveredOn", LocalDate.now(clock).minusDays(3).toString(),
                "basis", "DELIVERY", "paymentMethod", "BANK_TRANSFER", "_submission", token);
        List<WebUser.Response> answers = Race.run(() -> office.postForm("/workbench/arrears", form),
                () -> office.postForm("/workbench/arrears", form));
        assertThat(jdbc.sql("SELECT count(*) FROM arrears_claim WHERE contract_name = :c").param("c", contract)
                .query(Long.class).single()).isEqualTo(1);
        long id = jdbc.sql("SELECT id FROM arrears_claim WHERE contract_name = :c").param("c", contract).query(Long.class).single();
        assertThat(answers).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.uri().getPath()).isEqualTo("/workbench/arrears/" + id);
        });
    }

    @Test
    @DisplayName("API: a retry with the same Idempotency-Key answers the same claim; the key with another body is refused")
    void apiIdempotencyKey() {
        ArrearsFixtures fixtures = new ArrearsFixtures(port, jdbc, departments);
        WebUser office = WebUser.demo(port, "office");
        long payer = fixtures.payerId(fixtures.newPublicInstitution(office));
        String payee = fixtures.newEntity(office, 50, "2000", "1500");
        String body = ArrearsFixtures.claimJson(payee, payer, "40000", "0", LocalDate.now(clock).minusDays(4).toString());
        String key = UUID.randomUUID().toString();
        List<WebUser.Response> answers = Race.run(() -> post(office, key, body), () -> post(office, key, body));
        WebUser.Response again = post(office, key, body);
        assertThat(answers).extracting(WebUser.Response::status).containsOnly(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        long id = json.readTree(again.body()).get("id").asLong();
        assertThat(answers).allSatisfy(a -> assertThat(json.readTree(a.body()).get("id").asLong()).isEqualTo(id));
        assertThat(jdbc.sql("SELECT count(*) FROM arrears_claim WHERE payee_credit_code = :p").param("p", payee)
                .query(Long.class).single()).isEqualTo(1);

        WebUser.Response other = post(office, key, body.replace("40000", "41000"));
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.body()).contains("幂等键");

        WebUser.Response withoutKey = office.postJson("/api/v1/arrears/claims", body);
        assertThat(withoutKey.status()).as("no key: a second claim, as before").isEqualTo(201);
    }

    WebUser.Response post(WebUser user, String key, String body) {
        return user.sendWithCsrf(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/arrears/claims"))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json").header("Accept", "application/json").header("Idempotency-Key", key));
    }
}
