package cn.yingshang.legal;

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
 * Every court action on a bankruptcy case (002 #32, 004 #41–42) is refused to another court, each on its own row
 * (they share {@code HandlingBankruptcy.ownCase}); a creditor whose claim is not confirmed cannot vote.
 */
@PlatformTest
class BankruptcyRefusalsHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;

    BankruptcyHttpTest cases() {
        BankruptcyHttpTest t = new BankruptcyHttpTest();
        t.port = port;
        t.jdbc = jdbc;
        return t;
    }

    /** An officer of a court other than the demo clerk's. */
    WebUser otherCourt() {
        return otherCourt(port, jdbc, accounts);
    }

    static WebUser otherCourt(int port, JdbcClient jdbc, Accounts accounts) {
        long own = jdbc.sql("SELECT department_id FROM platform_account WHERE username = 'court.clerk'").query(Long.class).single();
        long other = jdbc.sql("SELECT id FROM platform_department WHERE function = 'COURT' AND id <> :own ORDER BY id LIMIT 1")
                .param("own", own).query(Long.class).single();
        String username = "court" + Long.toString(System.nanoTime(), 36);
        accounts.createDemoAccount(new Accounts.NewAccount(username, "Demo@2025", "refusal court", Role.LEGAL_OFFICER,
                cn.yingshang.platform.DepartmentId.of(other), null, null));
        return WebUser.signedIn(port, username, "Demo@2025");
    }

    /** An enterprise account that declared nothing in the case. */
    WebUser enterpriseWithoutClaim() {
        String code = jdbc.sql("""
                SELECT credit_code FROM registry_market_entity WHERE kind = 'ENTERPRISE'
                  AND credit_code NOT IN (SELECT credit_code FROM platform_account WHERE credit_code IS NOT NULL)
                ORDER BY credit_code DESC LIMIT 1""").query(String.class).single();
        String username = "nc" + Long.toString(System.nanoTime(), 36);
        accounts.createDemoAccount(new Accounts.NewAccount(username, "Demo@2025", "no claim", Role.ENTERPRISE, null, code, null));
        return WebUser.signedIn(port, username, "Demo@2025");
    }

    String status(long id) {
        return jdbc.sql("SELECT status || coalesce(administrator, '') FROM legal_bankruptcy_case WHERE id = :id").param("id", id)
                .query(String.class).single();
    }

    @Test
    @DisplayName("another court can neither decide claims, appoint, open or count meetings, raise items nor conclude the case")
    void anotherCourtIsRefusedEachAction() {
        BankruptcyHttpTest t = cases();
        WebUser clerk = WebUser.demo(port, "court.clerk");
        long id = t.accept(clerk, "（2026）新01破R" + UUID.randomUUID().toString().substring(0, 5) + "号");
        WebUser creditor = WebUser.demo(port, "enterprise1");
        creditor.postForm("/enterprise/legal/bankruptcy/" + id + "/claims", Map.of("amount", "500000"));
        long claim = t.claim(id, "enterprise1");
        WebUser other = otherCourt();
        String base = "/workbench/legal/bankruptcy/" + id;

        assertThat(other.get(base).status()).isIn(403, 404);
        assertThat(other.postForm(base + "/claims/" + claim, Map.of("confirmedAmount", "500000")).status()).isIn(403, 404);
        assertThat(jdbc.sql("SELECT status FROM legal_bankruptcy_claim WHERE id = :id").param("id", claim).query(String.class).single())
                .isEqualTo("DECLARED");
        assertThat(other.postForm(base + "/administrator", Map.of("administrator", "冒名清算所")).status()).isIn(403, 404);
        assertThat(status(id)).isEqualTo("ACCEPTED");

        clerk.postForm(base + "/claims/" + claim, Map.of("confirmedAmount", "500000"));
        clerk.postForm(base + "/administrator", Map.of("administrator", "新疆某律师事务所"));
        assertThat(other.postForm(base + "/meetings", Map.of("motion", "冒开会议", "kind", "ORDINARY",
                "closesOn", BankruptcyHttpTest.TODAY.toString())).status()).isIn(403, 404);
        assertThat(jdbc.sql("SELECT count(*) FROM legal_creditor_meeting WHERE case_id = :c").param("c", id).query(Long.class).single())
                .isZero();
        clerk.postForm(base + "/meetings", Map.of("motion", "财产管理方案", "kind", "ORDINARY", "closesOn", BankruptcyHttpTest.TODAY.toString()));
        long meeting = t.meeting(id, "财产管理方案");
        creditor.postForm(base.replace("/workbench/", "/enterprise/") + "/meetings/" + meeting + "/vote", Map.of("choice", "FOR"));
        assertThat(other.postForm(base + "/meetings/" + meeting + "/count", Map.of()).status()).isIn(403, 404);
        assertThat(jdbc.sql("SELECT status FROM legal_creditor_meeting WHERE id = :id").param("id", meeting).query(String.class).single())
                .isEqualTo("OPEN");
        long market = jdbc.sql("SELECT department_id FROM platform_account WHERE username = 'scj.handler'").query(Long.class).single();
        assertThat(other.postForm(base + "/coordination", Map.of("departmentId", String.valueOf(market), "subject", "SUPPORT",
                "request", "冒名协调")).status()).isIn(403, 404);
        assertThat(jdbc.sql("SELECT count(*) FROM legal_coordination_item WHERE case_id = :c").param("c", id).query(Long.class).single())
                .isZero();
        assertThat(other.postForm(base + "/conclude", Map.of("outcome", "冒名终结")).status()).isIn(403, 404);
        assertThat(status(id)).isEqualTo("ADMINISTERED新疆某律师事务所");
    }

    @Test
    @DisplayName("a creditor whose claim is declared but not confirmed, or who has no claim, cannot vote")
    void onlyConfirmedClaimsVote() {
        BankruptcyHttpTest t = cases();
        WebUser clerk = WebUser.demo(port, "court.clerk");
        long id = t.accept(clerk, "（2026）新01破V" + UUID.randomUUID().toString().substring(0, 5) + "号");
        WebUser confirmed = WebUser.demo(port, "enterprise1");
        WebUser declared = WebUser.demo(port, "enterprise2");
        String page = "/enterprise/legal/bankruptcy/" + id;
        confirmed.postForm(page + "/claims", Map.of("amount", "300000"));
        declared.postForm(page + "/claims", Map.of("amount", "200000"));
        clerk.postForm("/workbench/legal/bankruptcy/" + id + "/claims/" + t.claim(id, "enterprise1"), Map.of("confirmedAmount", "300000"));
        clerk.postForm("/workbench/legal/bankruptcy/" + id + "/administrator", Map.of("administrator", "新疆某律师事务所"));
        clerk.postForm("/workbench/legal/bankruptcy/" + id + "/meetings", Map.of("motion", "债务人财产变价", "kind", "ORDINARY",
                "closesOn", BankruptcyHttpTest.TODAY.toString()));
        long meeting = t.meeting(id, "债务人财产变价");

        assertThat(declared.postForm(page + "/meetings/" + meeting + "/vote", Map.of("choice", "AGAINST")).body())
                .contains("只有债权经确认的债权人可以表决");
        assertThat(enterpriseWithoutClaim().postForm(page + "/meetings/" + meeting + "/vote", Map.of("choice", "AGAINST")).body())
                .contains("只有债权经确认的债权人可以表决");
        confirmed.postForm(page + "/meetings/" + meeting + "/vote", Map.of("choice", "FOR"));
        assertThat(jdbc.sql("SELECT count(*) FROM legal_creditor_vote WHERE meeting_id = :m").param("m", meeting).query(Long.class).single())
                .isEqualTo(1);
    }
}
