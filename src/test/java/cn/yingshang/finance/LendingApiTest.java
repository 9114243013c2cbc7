package cn.yingshang.finance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.Role;
import cn.yingshang.support.ApiCaller;
import cn.yingshang.support.PlatformTest;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loan products by API, judged by the policy rule engine (004 #10 credit-based matching of products): a bank's
 * further conditions in the policy rule format, the enterprise's verdicts, the bank's matches only for
 * enterprises that consented to it, and the office's bank directory.
 */
@PlatformTest
class LendingApiTest {

    @LocalServerPort
    int port;
    final JdbcClient jdbc;
    final Accounts accounts;

    @Autowired
    LendingApiTest(JdbcClient jdbc, Accounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Test
    @DisplayName("004 #10: a product's rule in the policy format decides who qualifies, condition by condition; a bank matches only consenting enterprises")
    void productsJudgedByThePolicyEngine() {
        String code = jdbc.sql("SELECT credit_code FROM platform_account WHERE username = 'enterprise2'").query(String.class).single();
        String region = code.substring(2, 8);
        ApiCaller office = ApiCaller.demo(port, "office");
        String bankName = "rule-bank-" + UUID.randomUUID().toString().substring(0, 6);
        var registered = office.post("/api/v1/finance/banks", "{\"name\":\"" + bankName + "\",\"regionCode\":\"650100\",\"contactName\":\"张三\"}",
                UUID.randomUUID().toString());
        assertThat(registered.status()).isEqualTo(201);
        long bankId = jdbc.sql("SELECT id FROM fin_bank WHERE name = :n").param("n", bankName).query(Long.class).single();
        accounts.createDemoAccount(new Accounts.NewAccount(bankName, "Demo@2025", bankName, Role.BANK, null, null, null));
        assertThat(office.post("/api/v1/finance/banks/" + bankId + "/accounts", "{\"username\":\"enterprise1\"}").status()).isEqualTo(422);
        assertThat(office.post("/api/v1/finance/banks/" + bankId + "/accounts", "{\"username\":\"" + bankName + "\"}").status()).isEqualTo(200);
        ApiCaller enterprise = ApiCaller.demo(port, "enterprise2");
        assertThat(enterprise.post("/api/v1/finance/banks", "{\"name\":\"x\",\"regionCode\":\"650100\"}").status()).isEqualTo(403);
        assertThat(enterprise.get("/api/v1/finance/banks").body()).contains(bankName);

        ApiCaller bank = ApiCaller.demo(port, bankName);
        String local = "本地贷" + UUID.randomUUID().toString().substring(0, 4);
        String elsewhere = "外地贷" + UUID.randomUUID().toString().substring(0, 4);
        assertThat(bank.post("/api/v1/finance/products", product(local, "{\"attr\":\"region\",\"op\":\"eq\",\"value\":\"" + region + "\"}"),
                UUID.randomUUID().toString()).status()).isEqualTo(201);
        assertThat(bank.post("/api/v1/finance/products",
                product(elsewhere, "{\"attr\":\"region\",\"op\":\"prefix\",\"value\":\"" + (region.startsWith("6505") ? "6501" : "6505") + "\"}"),
                UUID.randomUUID().toString()).status()).isEqualTo(201);
        var bad = bank.post("/api/v1/finance/products", product("坏规则", "{\"attr\":\"shoeSize\",\"op\":\"eq\",\"value\":\"42\"}"),
                UUID.randomUUID().toString());
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.body()).contains("shoeSize");
        assertThat(jdbc.sql("SELECT count(*) FROM fin_product WHERE name = '坏规则'").query(Long.class).single()).isZero();
        assertThat(bank.get("/api/v1/finance/products").body()).contains(local).contains(elsewhere);

        String verdicts = enterprise.get("/api/v1/finance/products/eligibility").body();
        assertThat(verdict(verdicts, local)).contains("\"qualifies\":true");
        assertThat(verdict(verdicts, elsewhere)).contains("\"qualifies\":false").contains("\"met\":false")
                .contains("\"requirement\":\"行政区划 以…开头（含下级）");

        assertThat(bank.get("/api/v1/finance/profiles/" + code + "/products").status()).isEqualTo(404);
        assertThat(enterprise.post("/api/v1/finance/consents", "{\"bankId\":" + bankId + "}", UUID.randomUUID().toString()).status())
                .isEqualTo(201);
        var matches = bank.get("/api/v1/finance/profiles/" + code + "/products");
        assertThat(matches.status()).isEqualTo(200);
        assertThat(verdict(matches.body(), local)).contains("\"qualifies\":true");
        long consentId = jdbc.sql("SELECT id FROM fin_consent WHERE credit_code = :c AND bank_id = :b AND status = 'ACTIVE'")
                .param("c", code).param("b", bankId).query(Long.class).single();
        assertThat(enterprise.post("/api/v1/finance/consents/" + consentId + "/withdrawal", "{}").status()).isEqualTo(200);
        assertThat(bank.get("/api/v1/finance/profiles/" + code + "/products").status()).isEqualTo(404);
    }

    private static String product(String name, String extraRule) {
        return "{\"name\":\"" + name + "\",\"creditLoan\":true,\"maxAmount\":200,\"maxTermMonths\":12,\"rateFrom\":3.5,"
                + "\"noDishonesty\":true,\"extraRule\":" + extraRule + "}";
    }

    /** The JSON of one verdict, from its product's name to the next product. */
    private static String verdict(String body, String product) {
        int at = body.indexOf("\"name\":\"" + product + "\"");
        assertThat(at).as(product + " listed").isNotNegative();
        int next = body.indexOf("{\"product\"", at);
        return body.substring(at, next < 0 ? body.length() : next);
    }
}
