package cn.yingshang.experience;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 18: large sums read in 万元 with the unit beside them, and policy amounts without trailing decimals. */
@PlatformTest
class MoneyInWanHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("the arrears figures state sums of ten thousand yuan or more in 万元, not as 1,234,567.00 元")
    void arrearsFiguresInWan() {
        BigDecimal owed = jdbc.sql("SELECT coalesce(sum(amount), 0) FROM arrears_claim").query(BigDecimal.class).single();
        assertThat(owed).as("the demo ledger holds more than ten thousand yuan").isGreaterThanOrEqualTo(BigDecimal.valueOf(10_000));
        String page = WebUser.demo(port, "office").get("/workbench/arrears/figures").body();
        assertThat(page).containsPattern("欠款 [0-9,]+(\\.[0-9]{1,2})? 万元")
                .doesNotContainPattern("[0-9]{2,3},[0-9]{3}\\.[0-9]{2}");
    }

    @Test
    @DisplayName("public payout lists show amounts (already in 万元) without trailing zeros such as 5.00")
    void payoutAmountsWithoutTrailingZeros() {
        java.util.Map<String, String> f = new java.util.LinkedHashMap<>();
        f.put("title", "整数金额 " + java.util.UUID.randomUUID().toString().substring(0, 8));
        f.put("issuingDepartment", "乌鲁木齐市财政局");
        f.put("documentNumber", "乌财测〔2026〕3号");
        f.put("legalBasis", "003 §36 惠企政策直达快享");
        f.put("regionScope", "650100");
        f.put("benefitType", "SUBSIDY");
        f.put("mode", "AUTO_GRANT");
        f.put("amountKind", "FIXED");
        f.put("amountFixed", "5");
        f.put("validFrom", "2020-01-01");
        f.put("decisionDays", "10");
        f.put("g0.join", "all");
        f.put("g0.r0.attr", "kind");
        f.put("g0.r0.op", "eq");
        f.put("g0.r0.value", "ENTERPRISE");
        f.put("action", "publish");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/workbench/policies/(\\d+)")
                .matcher(WebUser.demo(port, "scj.handler").postForm("/workbench/policies", f).uri().toString());
        assertThat(m.find()).isTrue();
        long batch = jdbc.sql("SELECT id FROM policy_grant_batch WHERE policy_id = :p").param("p", Long.parseLong(m.group(1)))
                .query(Long.class).single();
        WebUser.demo(port, "scj.leader").postForm("/workbench/policies/" + m.group(1) + "/batches/" + batch + "/approval", java.util.Map.of());
        String page = WebUser.anonymous(port).get("/public/policies/payouts/" + batch + "?size=5").body();
        assertThat(page).contains("<td>5</td>").doesNotContainPattern("<td>[0-9,]+\\.0+</td>");
    }

    @Test
    @DisplayName("arrears list and detail and a court case show money with its unit, 万元 when large, never 1,234.00 元 columns")
    void arrearsAndLegalMoney() {
        WebUser office = WebUser.demo(port, "office");
        String list = office.get("/workbench/arrears?sort=amount,desc").body();  // other tests add many small claims
        assertThat(list).containsPattern("[0-9.]+ 万元").doesNotContainPattern("[0-9],[0-9]{3}\\.[0-9]{2}")
                .doesNotContain("金额（元）");
        long claim = jdbc.sql("SELECT id FROM arrears_claim WHERE amount >= 10000 ORDER BY id LIMIT 1").query(Long.class).single();
        java.math.BigDecimal amount = jdbc.sql("SELECT amount FROM arrears_claim WHERE id = :id").param("id", claim)
                .query(java.math.BigDecimal.class).single();
        String detail = office.get("/workbench/arrears/" + claim).body();
        assertThat(detail).contains(cn.yingshang.platform.Numbers.wan(amount) + " 万元")
                .doesNotContainPattern("[0-9],[0-9]{3}\\.[0-9]{2}");
        Long court = jdbc.sql("""
                        SELECT c.id FROM legal_court_case c JOIN platform_account a ON a.username = 'court.clerk'
                        WHERE c.amount >= 10000 AND c.court_id = a.department_id ORDER BY c.id LIMIT 1""")
                .query(Long.class).single();
        assertThat(WebUser.demo(port, "court.clerk").get("/workbench/legal/cases/" + court).body())
                .containsPattern("[0-9.]+ 万元").doesNotContainPattern("[0-9],[0-9]{3}\\.[0-9]{2}");
    }
}
