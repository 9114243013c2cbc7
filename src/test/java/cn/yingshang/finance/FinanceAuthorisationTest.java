package cn.yingshang.finance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.Role;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 003 §21: a bank sees an enterprise's credit profile only with the enterprise's consent to that bank,
 * and only while the consent stands; withdrawing it is audited.
 */
@PlatformTest
class FinanceAuthorisationTest {

    @LocalServerPort
    int port;
    final JdbcClient jdbc;
    final Accounts accounts;

    @Autowired
    FinanceAuthorisationTest(JdbcClient jdbc, Accounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    record TestBank(long id, String name, WebUser officer) {
    }

    @Test
    @DisplayName("a bank sees only the profiles of enterprises that consented to it; after withdrawal its view is gone and the withdrawal is audited")
    void consentOpensAndWithdrawalClosesTheBanksView() {
        TestBank consented = bank();
        TestBank other = bank();
        String code = codeOf("enterprise2");
        String otherCode = codeOf("enterprise1");
        WebUser enterprise = WebUser.demo(port, "enterprise2");
        enterprise.postForm("/enterprise/finance/needs", Map.of("amount", "60", "termMonths", "6", "purpose", "流动资金周转"));
        long needId = jdbc.sql("SELECT max(id) FROM fin_need WHERE credit_code = :c").param("c", code).query(Long.class).single();
        var granted = enterprise.postForm("/enterprise/finance/consents", Map.of("bankId", Long.toString(consented.id())));
        assertThat(granted.body()).contains("已授权");

        String profile = "/workbench/finance/bank/profiles/" + code;
        var seen = consented.officer().get(profile);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body()).contains(code).contains("信用风险分类");
        assertThat(consented.officer().get("/workbench/finance/bank").body()).contains(code);

        // another bank: no consent, no profile, not even in its list
        assertThat(other.officer().get(profile).status()).isEqualTo(404);
        assertThat(other.officer().get("/workbench/finance/bank").body()).doesNotContain(code);
        assertThat(other.officer().postForm("/workbench/finance/bank/needs/" + needId + "/outcome",
                Map.of("outcome", "REFUSED", "reason", "不符合条件")).status()).isEqualTo(404);
        // the consenting bank sees nothing of an enterprise that did not consent to it
        assertThat(consented.officer().get("/workbench/finance/bank/profiles/" + otherCode).status()).isEqualTo(404);
        // profiles are for banks only
        assertThat(WebUser.demo(port, "scj.handler").get(profile).status()).isEqualTo(403);
        assertThat(WebUser.demo(port, "enterprise1").get(profile).status()).isEqualTo(403);
        assertThat(audited("finance.profile.view", code)).isPositive();

        long consentId = jdbc.sql("SELECT id FROM fin_consent WHERE credit_code = :c AND bank_id = :b AND status = 'ACTIVE'")
                .param("c", code).param("b", consented.id()).query(Long.class).single();
        // another enterprise cannot withdraw it
        assertThat(WebUser.demo(port, "enterprise1").postForm("/enterprise/finance/consents/" + consentId + "/withdraw", Map.of()).status())
                .isEqualTo(403);
        assertThat(consented.officer().get(profile).status()).isEqualTo(200);

        var withdrawn = enterprise.postForm("/enterprise/finance/consents/" + consentId + "/withdraw", Map.of());
        assertThat(withdrawn.body()).contains("已撤回对 " + consented.name() + " 的授权");
        assertThat(consented.officer().get(profile).status()).isEqualTo(404);
        assertThat(consented.officer().get("/workbench/finance/bank").body()).doesNotContain(code);
        assertThat(consented.officer().postForm("/workbench/finance/bank/needs/" + needId + "/outcome",
                Map.of("outcome", "REFUSED", "reason", "不符合条件")).status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM fin_loan WHERE need_id = :n").param("n", needId).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM platform_audit_log WHERE action = 'finance.consent.withdraw' AND target_id = :id
                        AND actor = 'enterprise2'""")
                .param("id", Long.toString(consentId)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("a bank account bound to no bank sees no profile, and only the office binds accounts to banks")
    void unboundBankSeesNothing() {
        String username = "bank-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createDemoAccount(new Accounts.NewAccount(username, "Demo@2025", username, Role.BANK, null, null, null));
        WebUser unbound = WebUser.demo(port, username);
        assertThat(unbound.get("/workbench/finance/bank").status()).isEqualTo(403);
        long bankId = jdbc.sql("SELECT min(id) FROM fin_bank").query(Long.class).single();
        assertThat(unbound.postForm("/workbench/finance/banks/accounts", Map.of("username", username, "bankId", Long.toString(bankId)))
                .status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM fin_bank_account a JOIN platform_account p ON p.id = a.account_id WHERE p.username = :u")
                .param("u", username).query(Long.class).single()).isZero();
    }

    private TestBank bank() {
        String name = "测试银行" + UUID.randomUUID().toString().substring(0, 6);
        String username = "bank-" + UUID.randomUUID().toString().substring(0, 8);
        WebUser office = WebUser.demo(port, "office");
        office.postForm("/workbench/finance/banks", Map.of("name", name, "regionCode", "650100", "contactName", "", "contactPhone", ""));
        long id = jdbc.sql("SELECT id FROM fin_bank WHERE name = :n").param("n", name).query(Long.class).single();
        accounts.createDemoAccount(new Accounts.NewAccount(username, "Demo@2025", name, Role.BANK, null, null, null));
        var bound = office.postForm("/workbench/finance/banks/accounts", Map.of("username", username, "bankId", Long.toString(id)));
        assertThat(bound.body()).contains("账号已绑定金融机构");
        return new TestBank(id, name, WebUser.demo(port, username));
    }

    private String codeOf(String username) {
        return jdbc.sql("SELECT credit_code FROM platform_account WHERE username = :u").param("u", username).query(String.class).single();
    }

    private long audited(String action, String targetId) {
        return jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE action = :a AND target_id = :t")
                .param("a", action).param("t", targetId).query(Long.class).single();
    }
}
