package cn.yingshang.legal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.shared.CreditCode;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 002 #31, 004 #48: a judgment for an SME against a public payer feeds the arrears ledger, once. */
@PlatformTest
class JudgmentArrearsHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    String sme() {
        return jdbc.sql("SELECT credit_code FROM registry_market_entity WHERE size IN ('SMALL', 'MICRO') ORDER BY credit_code LIMIT 1")
                .query(String.class).single();
    }

    WebUser.Response record(String caseNumber, String creditorCode, String debtorCode, String kind) {
        Map<String, String> f = new HashMap<>(Map.of("caseNumber", caseNumber, "creditorName", "乌鲁木齐某建材有限公司",
                "debtorCreditCode", debtorCode, "debtorName", "乌鲁木齐市某局", "debtorKind", kind, "amount", "420000",
                "judgedOn", LocalDate.now().minusDays(20).toString()));
        f.put("creditorCreditCode", creditorCode);
        return WebUser.demo(port, "court.clerk").postForm("/workbench/legal/judgments", f);
    }

    long claims(long judgmentId) throws InterruptedException {
        String ref = "legal-judgment-" + judgmentId;
        long n = 0;
        for (int i = 0; i < 50 && n == 0; i++) {
            n = jdbc.sql("SELECT count(*) FROM arrears_claim WHERE source_judgment_ref = :r").param("r", ref).query(Long.class).single();
            if (n == 0) {
                Thread.sleep(100);
            }
        }
        return n;
    }

    @Test
    @DisplayName("A judgment for an SME against a public body becomes one arrears claim (payer, amount and case from the judgment); recorded again, still one")
    void feedsTheLedgerOnce() throws InterruptedException {
        String bureau = CreditCode.compose("11650100" + "MB" + "7654321").value();
        String caseNumber = "（2026）新0102民初" + UUID.randomUUID().toString().substring(0, 5) + "号";
        long id = LegalAccessHttpTest.idFrom(record(caseNumber, sme(), bureau, "PUBLIC_BODY"));
        assertThat(claims(id)).isEqualTo(1);
        Map<String, Object> claim = jdbc.sql("""
                        SELECT source, status, payee_credit_code, payer_credit_code, payer_name, amount, description
                        FROM arrears_claim WHERE source_judgment_ref = :r""").param("r", "legal-judgment-" + id).query().singleRow();
        assertThat(claim.get("source")).isEqualTo("JUDGMENT");
        assertThat(claim.get("status")).isEqualTo("INTAKE");
        assertThat(claim.get("payee_credit_code")).isEqualTo(sme());
        assertThat(claim.get("payer_credit_code")).isEqualTo(bureau);
        assertThat(claim.get("description").toString()).contains(caseNumber);
        assertThat(((java.math.BigDecimal) claim.get("amount")).intValue()).isEqualTo(420000);

        assertThat(LegalAccessHttpTest.idFrom(record(caseNumber, sme(), bureau, "PUBLIC_BODY"))).isEqualTo(id);
        Thread.sleep(500);
        assertThat(claims(id)).isEqualTo(1);
    }

    @Test
    @DisplayName("A judgment against an enterprise, or without the creditor's code, does not enter the ledger; a malformed code is refused in Chinese")
    void onlyPublicPayers() throws InterruptedException {
        String debtor = jdbc.sql("SELECT credit_code FROM registry_market_entity WHERE credit_code <> :c ORDER BY credit_code DESC LIMIT 1")
                .param("c", sme()).query(String.class).single();
        long enterprise = LegalAccessHttpTest.idFrom(record("（2026）新0102民初E" + UUID.randomUUID().toString().substring(0, 5) + "号",
                sme(), debtor, "ENTERPRISE"));
        String bureau = CreditCode.compose("11650100" + "MB" + "1111111").value();
        long noCode = LegalAccessHttpTest.idFrom(record("（2026）新0102民初N" + UUID.randomUUID().toString().substring(0, 5) + "号",
                "", bureau, "PUBLIC_BODY"));
        Thread.sleep(1000);
        assertThat(jdbc.sql("SELECT count(*) FROM arrears_claim WHERE source_judgment_ref IN (:a, :b)")
                .param("a", "legal-judgment-" + enterprise).param("b", "legal-judgment-" + noCode).query(Long.class).single()).isZero();
        assertThat(record("（2026）新0102民初X1号", "123", bureau, "PUBLIC_BODY").body()).contains("统一社会信用代码格式不正确");
    }
}
