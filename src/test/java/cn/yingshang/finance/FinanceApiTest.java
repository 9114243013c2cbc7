package cn.yingshang.finance;

import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.CreditCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.Role;
import cn.yingshang.support.ApiCaller;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import cn.yingshang.arrears.GovernmentArrearsOverdue;
import cn.yingshang.policy.PolicyGranted;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The financing page actions as /api/v1 operations: a bank sees and answers only enterprises that
 * consent to it; an enterprise acts only on its own consents and requests; only the payer's
 * supervising department answers a confirmation.
 */
@PlatformTest
class FinanceApiTest {

    @LocalServerPort
    int port;
    final JdbcClient jdbc;
    final Accounts accounts;
    final ApplicationEventPublisher events;
    final TransactionTemplate transactions;

    @Autowired
    FinanceApiTest(JdbcClient jdbc, Accounts accounts, ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.events = events;
        this.transactions = transactions;
    }

    @Test
    @DisplayName("need, consent, profile and loan by API; another bank gets 404, a withdrawn consent closes the API view, another enterprise cannot withdraw")
    void needConsentProfileLoan() {
        String code = jdbc.sql("SELECT credit_code FROM platform_account WHERE username = 'enterprise2'").query(String.class).single();
        long bank = bank("api-bank-a");
        long otherBank = bank("api-bank-b");
        ApiCaller enterprise = ApiCaller.demo(port, "enterprise2");
        var need = enterprise.post("/api/v1/finance/needs", "{\"amount\":80,\"termMonths\":12,\"purpose\":\"采购原材料\",\"collateral\":[\"RECEIVABLES\"]}",
                UUID.randomUUID().toString());
        assertThat(need.status()).isEqualTo(201);
        long needId = jdbc.sql("SELECT max(id) FROM fin_need WHERE credit_code = :c").param("c", code).query(Long.class).single();
        var badNeed = enterprise.post("/api/v1/finance/needs", "{\"amount\":-1,\"termMonths\":12,\"purpose\":\"x\"}", UUID.randomUUID().toString());
        assertThat(badNeed.status()).isBetween(400, 422);
        assertThat(badNeed.contentType()).startsWith("application/problem+json");

        ApiCaller officer = ApiCaller.demo(port, username(bank));
        ApiCaller otherOfficer = ApiCaller.demo(port, username(otherBank));
        assertThat(officer.get("/api/v1/finance/profiles/" + code).status()).isEqualTo(404);
        var consent = enterprise.post("/api/v1/finance/consents", "{\"bankId\":" + bank + "}", UUID.randomUUID().toString());
        assertThat(consent.status()).isEqualTo(201);
        assertThat(consent.body()).contains("\"status\":\"ACTIVE\"");
        long consentId = jdbc.sql("SELECT id FROM fin_consent WHERE credit_code = :c AND bank_id = :b AND status = 'ACTIVE'")
                .param("c", code).param("b", bank).query(Long.class).single();

        // the profile also shows policies granted and arrears owed to the enterprise, kept from those modules' events
        long claim = System.nanoTime() % 1_000_000_000L;
        transactions.executeWithoutResult(t -> {
            events.publishEvent(new PolicyGranted(claim, CreditCode.of(code), "e", new BigDecimal("12.50"), "AUTO_GRANT", LocalDate.now().minusDays(3)));
            events.publishEvent(new GovernmentArrearsOverdue(claim, "QK-" + claim, null, "测试街道办事处", "AGENCY", RegionCode.of("650102"), 1L, CreditCode.of(code),
                    new BigDecimal("30000.00"), LocalDate.now().minusDays(40), LocalDate.now()));
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT count(*) FROM fin_profile_arrears WHERE claim_id = :c").param("c", claim).query(Long.class).single() == 1
                && jdbc.sql("SELECT count(*) FROM fin_profile_policy WHERE policy_id = :c").param("c", claim).query(Long.class).single() == 1);
        var profile = officer.get("/api/v1/finance/profiles/" + code);
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.body()).contains("\"creditCode\":\"" + code + "\"").contains("\"creditClass\"")
                .contains("\"arrearsOwedYuan\":30000").contains("\"policiesGrantedWan\":12.5");
        assertThat(WebUser.demo(port, username(bank)).get("/workbench/finance/bank/profiles/" + code).body()).contains("测试街道办事处");
        assertThat(otherOfficer.get("/api/v1/finance/profiles/" + code).status()).isEqualTo(404);
        assertThat(otherOfficer.post("/api/v1/finance/needs/" + needId + "/outcomes", "{\"outcome\":\"REFUSED\",\"reason\":\"x\"}",
                UUID.randomUUID().toString()).status()).isEqualTo(404);
        assertThat(ApiCaller.demo(port, "enterprise1").get("/api/v1/finance/profiles/" + code).status()).isEqualTo(403);
        var noReason = officer.post("/api/v1/finance/needs/" + needId + "/outcomes", "{\"outcome\":\"REFUSED\"}", UUID.randomUUID().toString());
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.contentType()).startsWith("application/problem+json");
        var refused = officer.post("/api/v1/finance/needs/" + needId + "/outcomes", "{\"outcome\":\"REFUSED\",\"reason\":\"抵押物不足\"}",
                UUID.randomUUID().toString());
        assertThat(refused.status()).isEqualTo(201);
        assertThat(refused.body()).contains("\"outcome\":\"REFUSED\"").contains("抵押物不足");

        assertThat(ApiCaller.demo(port, "enterprise1").post("/api/v1/finance/consents/" + consentId + "/withdrawal", "{}",
                UUID.randomUUID().toString()).status()).isEqualTo(403);
        var withdrawn = enterprise.post("/api/v1/finance/consents/" + consentId + "/withdrawal", "{}", UUID.randomUUID().toString());
        assertThat(withdrawn.body()).contains("\"status\":\"WITHDRAWN\"");
        assertThat(officer.get("/api/v1/finance/profiles/" + code).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("a confirmation requested by API is answered only by the payer's supervising department")
    void confirmationByApi() {
        ApiCaller enterprise = ApiCaller.demo(port, "enterprise1");
        String contract = "API维保合同" + UUID.randomUUID().toString().substring(0, 6);
        var requested = enterprise.post("/api/v1/finance/confirmations", "{\"payerName\":\"乌鲁木齐市测试事业单位\",\"payerFunction\":\"MARKET_REGULATION\","
                + "\"contractName\":\"" + contract + "\",\"amount\":12000}", UUID.randomUUID().toString());
        assertThat(requested.status()).isEqualTo(201);
        long id = jdbc.sql("SELECT id FROM fin_confirmation WHERE contract_name = :c").param("c", contract).query(Long.class).single();
        assertThat(ApiCaller.demo(port, "rsj.handler").post("/api/v1/finance/confirmations/" + id + "/confirmation", "{}",
                UUID.randomUUID().toString()).status()).isEqualTo(403);
        assertThat(ApiCaller.demo(port, "enterprise2").post("/api/v1/finance/confirmations/" + id + "/appeal", "{\"phone\":\"13800000000\"}",
                UUID.randomUUID().toString()).status()).isEqualTo(403);
        var confirmed = ApiCaller.demo(port, "scj.leader").post("/api/v1/finance/confirmations/" + id + "/confirmation", "{}",
                UUID.randomUUID().toString());
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.body()).contains("\"status\":\"CONFIRMED\"");
    }

    private long bank(String prefix) {
        String name = prefix + UUID.randomUUID().toString().substring(0, 6);
        WebUser office = WebUser.demo(port, "office");
        office.postForm("/workbench/finance/banks", Map.of("name", name, "regionCode", "650100", "contactName", "", "contactPhone", ""));
        long id = jdbc.sql("SELECT id FROM fin_bank WHERE name = :n").param("n", name).query(Long.class).single();
        accounts.createDemoAccount(new Accounts.NewAccount(name, "Demo@2025", name, Role.BANK, null, null, null));
        office.postForm("/workbench/finance/banks/accounts", Map.of("username", name, "bankId", Long.toString(id)));
        return id;
    }

    private String username(long bank) {
        return jdbc.sql("SELECT p.username FROM fin_bank_account a JOIN platform_account p ON p.id = a.account_id WHERE a.bank_id = :b")
                .param("b", bank).query(String.class).single();
    }
}
