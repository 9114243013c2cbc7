package cn.yingshang.legal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bankruptcy (000 §30, 002 #32, 004 #41–42) through the pages of the court, two creditors and a department. */
@PlatformTest
class BankruptcyHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    String debtor() {
        return jdbc.sql("""
                SELECT credit_code FROM registry_market_entity WHERE kind = 'ENTERPRISE'
                  AND credit_code NOT IN (SELECT credit_code FROM platform_account WHERE credit_code IS NOT NULL)
                ORDER BY credit_code LIMIT 1""").query(String.class).single();
    }

    long accept(WebUser clerk, String caseNumber) {
        return LegalAccessHttpTest.idFrom(clerk.postForm("/workbench/legal/bankruptcy", Map.of("caseNumber", caseNumber,
                "creditCode", debtor(), "procedure", "LIQUIDATION", "simplified", "true", "acceptedOn", TODAY.toString(),
                "claimsBy", TODAY.plusDays(30).toString())));
    }

    long claim(long caseId, String username) {
        return jdbc.sql("""
                SELECT c.id FROM legal_bankruptcy_claim c JOIN platform_account a ON a.credit_code = c.credit_code
                WHERE c.case_id = :c AND a.username = :u""").param("c", caseId).param("u", username).query(Long.class).single();
    }

    long meeting(long caseId, String motion) {
        return jdbc.sql("SELECT id FROM legal_creditor_meeting WHERE case_id = :c AND motion = :m").param("c", caseId).param("m", motion)
                .query(Long.class).single();
    }

    String result(long meetingId) {
        return jdbc.sql("SELECT result || ' ' || tally FROM legal_creditor_meeting WHERE id = :id").param("id", meetingId).query(String.class).single();
    }

    @Test
    @DisplayName("004 #41–42: simplified case on a six-month clock, claims declared and confirmed, the recommended administrator, votes counted by law")
    void wholeCase() {
        WebUser clerk = WebUser.demo(port, "court.clerk");
        // the claims period must be 30 days to three months from acceptance (EBL Art. 45)
        assertThat(clerk.postForm("/workbench/legal/bankruptcy", Map.of("caseNumber", "（2026）新01破1号", "creditCode", debtor(),
                "procedure", "LIQUIDATION", "simplified", "true", "acceptedOn", TODAY.toString(),
                "claimsBy", TODAY.plusDays(29).toString())).body()).contains("不得少于30日");
        long id = accept(clerk, "（2026）新01破" + UUID.randomUUID().toString().substring(0, 5) + "号");
        assertThat(jdbc.sql("SELECT conclude_by FROM legal_bankruptcy_case WHERE id = :id").param("id", id).query(LocalDate.class).single())
                .isEqualTo(TODAY.plusMonths(6));
        assertThat(WebUser.anonymous(port).get("/public/bankruptcy").body()).contains("/enterprise/legal/bankruptcy/" + id);

        WebUser first = WebUser.demo(port, "enterprise1");
        WebUser second = WebUser.demo(port, "enterprise2");
        first.postForm("/enterprise/legal/bankruptcy/" + id + "/claims", Map.of("amount", "600000"));
        second.postForm("/enterprise/legal/bankruptcy/" + id + "/claims", Map.of("amount", "400000"));
        assertThat(first.postForm("/enterprise/legal/bankruptcy/" + id + "/claims", Map.of("amount", "1")).body())
                .contains("本企业已在该案中申报过债权");
        first.postForm("/enterprise/legal/bankruptcy/" + id + "/recommendation", Map.of("administrator", "新疆某律师事务所"));
        second.postForm("/enterprise/legal/bankruptcy/" + id + "/recommendation", Map.of("administrator", "新疆某律师事务所"));

        clerk.postForm("/workbench/legal/bankruptcy/" + id + "/claims/" + claim(id, "enterprise1"), Map.of("confirmedAmount", "600000"));
        clerk.postForm("/workbench/legal/bankruptcy/" + id + "/claims/" + claim(id, "enterprise2"), Map.of("confirmedAmount", "400000"));
        // departing from the creditors' choice needs a reason
        assertThat(clerk.postForm("/workbench/legal/bankruptcy/" + id + "/administrator", Map.of("administrator", "另一清算事务所")).body())
                .contains("指定其他管理人须说明理由");
        clerk.postForm("/workbench/legal/bankruptcy/" + id + "/administrator", Map.of("administrator", "新疆某律师事务所"));
        assertThat(jdbc.sql("SELECT status FROM legal_bankruptcy_case WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("ADMINISTERED");

        // one creditor for, one against: half the heads is not more than half
        clerk.postForm("/workbench/legal/bankruptcy/" + id + "/meetings", Map.of("motion", "财产变价方案", "kind", "ORDINARY",
                "closesOn", TODAY.toString()));
        long split = meeting(id, "财产变价方案");
        first.postForm("/enterprise/legal/bankruptcy/" + id + "/meetings/" + split + "/vote", Map.of("choice", "FOR"));
        second.postForm("/enterprise/legal/bankruptcy/" + id + "/meetings/" + split + "/vote", Map.of("choice", "AGAINST"));
        clerk.postForm("/workbench/legal/bankruptcy/" + id + "/meetings/" + split + "/count", Map.of());
        assertThat(result(split)).startsWith("FAILED").contains("同意1人/参加表决2人", "600,000");

        clerk.postForm("/workbench/legal/bankruptcy/" + id + "/meetings", Map.of("motion", "破产财产分配方案", "kind", "ORDINARY",
                "closesOn", TODAY.toString()));
        long both = meeting(id, "破产财产分配方案");
        first.postForm("/enterprise/legal/bankruptcy/" + id + "/meetings/" + both + "/vote", Map.of("choice", "AGAINST"));
        first.postForm("/enterprise/legal/bankruptcy/" + id + "/meetings/" + both + "/vote", Map.of("choice", "FOR"));  // changed before the count
        second.postForm("/enterprise/legal/bankruptcy/" + id + "/meetings/" + both + "/vote", Map.of("choice", "FOR"));
        clerk.postForm("/workbench/legal/bankruptcy/" + id + "/meetings/" + both + "/count", Map.of());
        assertThat(result(both)).startsWith("PASSED").contains("同意2人/参加表决2人");
        // counted: no more ballots
        assertThat(second.postForm("/enterprise/legal/bankruptcy/" + id + "/meetings/" + both + "/vote", Map.of("choice", "AGAINST")).body())
                .contains("表决已截止");
        assertThat(first.get("/enterprise/legal/bankruptcy/" + id).body()).contains("通过", "本企业的表决");
    }

    @Test
    @DisplayName("002 #32: the court asks a department for coordination, that department answers; others cannot; other bodies cannot read the case")
    void coordinationAndAccess() {
        WebUser clerk = WebUser.demo(port, "court.clerk");
        long id = accept(clerk, "（2026）新01破" + UUID.randomUUID().toString().substring(0, 5) + "号");
        long market = jdbc.sql("SELECT department_id FROM platform_account WHERE username = 'scj.handler'").query(Long.class).single();
        clerk.postForm("/workbench/legal/bankruptcy/" + id + "/coordination", Map.of("departmentId", String.valueOf(market),
                "subject", "SUPPORT", "request", "请协助办理债务人注销前的登记事项"));
        long item = jdbc.sql("SELECT id FROM legal_coordination_item WHERE case_id = :c").param("c", id).query(Long.class).single();

        assertThat(WebUser.demo(port, "procurator").get("/workbench/legal/bankruptcy/" + id).status()).isIn(403, 404);
        WebUser handler = WebUser.demo(port, "scj.handler");
        assertThat(handler.get("/workbench/legal/coordination").body()).contains("请协助办理债务人注销前的登记事项");
        // a department the item was not addressed to cannot answer it
        assertThat(WebUser.demo(port, "rsj.handler").postForm("/workbench/legal/coordination/" + item + "/respond",
                Map.of("response", "冒答")).status()).isEqualTo(404);
        assertThat(WebUser.demo(port, "rsj.handler").get("/workbench/legal/coordination").body()).doesNotContain("请协助办理债务人注销前的登记事项");
        handler.postForm("/workbench/legal/coordination/" + item + "/respond", Map.of("response", "已开通绿色通道"));
        assertThat(jdbc.sql("SELECT response FROM legal_coordination_item WHERE id = :id").param("id", item).query(String.class).single())
                .isEqualTo("已开通绿色通道");
        assertThat(clerk.get("/workbench/legal/bankruptcy/" + id).body()).contains("已开通绿色通道");
    }
}
