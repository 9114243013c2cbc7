package cn.yingshang.legal;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Discretion benchmarks (000 §56, 002 #35) published per department, reviewed each quarter (002 #49), cited by each penalty. */
@PlatformTest
class BenchmarkHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    static final LocalDate TODAY = BankruptcyHttpTest.TODAY;

    static Map<String, String> benchmark(String code, String lighterMax) {
        Map<String, String> form = new HashMap<>();
        form.put("itemCode", code);
        form.put("itemName", "未按规定公示年度报告（" + code + "）");
        form.put("penaltyBasis", "《企业信息公示暂行条例》第十八条");
        form.put("exemptCircumstances", "首次违法且在责令期限内改正");
        form.put("lighterCircumstances", "逾期不满3个月");
        form.put("lighterMin", "1000");
        form.put("lighterMax", lighterMax);
        form.put("ordinaryCircumstances", "逾期3个月以上不满1年");
        form.put("ordinaryMin", "3000");
        form.put("ordinaryMax", "7000");
        form.put("heavierCircumstances", "逾期1年以上或拒不改正");
        form.put("heavierMin", "7000");
        form.put("heavierMax", "10000");
        return form;
    }

    String subject() {
        return jdbc.sql("""
                SELECT credit_code FROM registry_market_entity WHERE kind = 'ENTERPRISE'
                  AND credit_code NOT IN (SELECT credit_code FROM platform_account WHERE credit_code IS NOT NULL)
                ORDER BY credit_code LIMIT 1 OFFSET 5""").query(String.class).single();
    }

    Map<String, String> penalty(String tier, String fine, String number) {
        return Map.of("tier", tier, "decisionNumber", number, "creditCode", subject(), "facts", "未按期公示2025年度报告", "fine", fine,
                "decidedOn", TODAY.toString());
    }

    @Test
    @DisplayName("the leader publishes, the handler decides within a tier and the penalty cites the benchmark; out of range, superseded or another department is refused")
    void publishAndDecide() {
        WebUser leader = WebUser.demo(port, "scj.leader");
        WebUser handler = WebUser.demo(port, "scj.handler");
        String code = "B" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(handler.postForm("/workbench/legal/benchmarks", benchmark(code, "3000")).status()).isEqualTo(403);
        assertThat(leader.postForm("/workbench/legal/benchmarks", benchmark(code, "8000")).body()).contains("罚款幅度应从轻到重逐档不降");
        var malformed = leader.postForm("/workbench/legal/benchmarks", benchmark(code, "三千"));
        assertThat(malformed.status()).isEqualTo(200);
        assertThat(malformed.body()).contains("error-summary");
        long v1 = LegalAccessHttpTest.idFrom(leader.postForm("/workbench/legal/benchmarks", benchmark(code, "3000")));
        assertThat(WebUser.anonymous(port).get("/public/discretion-benchmarks").body()).contains("benchmark-" + v1, "逾期不满3个月");

        String page = "/workbench/legal/benchmarks/" + v1;
        assertThat(handler.postForm(page + "/penalties", penalty("ORDINARY", "7000.01", "市监罚〔2026〕" + code + "-1")).body())
                .contains("罚款金额须在所选档次的幅度内");
        handler.postForm(page + "/penalties", penalty("ORDINARY", "7000", "市监罚〔2026〕" + code + "-1"));
        String basis = jdbc.sql("""
                SELECT r.basis FROM credit_record r JOIN legal_penalty_decision d ON d.credit_record_id = r.id
                WHERE d.decision_number = :n""").param("n", "市监罚〔2026〕" + code + "-1").query(String.class).single();
        assertThat(basis).contains("企业信息公示暂行条例", code, "第1版", "一般档");
        // exempt: recorded under the benchmark, not a penalty record
        handler.postForm(page + "/penalties", penalty("EXEMPT", "0", "市监不罚〔2026〕" + code));
        assertThat(jdbc.sql("SELECT credit_record_id IS NULL FROM legal_penalty_decision WHERE decision_number = :n")
                .param("n", "市监不罚〔2026〕" + code).query(Boolean.class).single()).isTrue();

        // another department neither reads nor decides under it
        WebUser other = WebUser.demo(port, "rsj.handler");
        assertThat(other.get(page).status()).isEqualTo(404);
        assertThat(other.postForm(page + "/penalties", penalty("ORDINARY", "5000", "人社罚〔2026〕" + code)).status()).isEqualTo(404);

        // a new version supersedes the old, which no longer decides
        long v2 = LegalAccessHttpTest.idFrom(leader.postForm("/workbench/legal/benchmarks", benchmark(code, "2000")));
        assertThat(jdbc.sql("SELECT status || version FROM legal_discretion_benchmark WHERE id = :id").param("id", v1).query(String.class).single())
                .isEqualTo("SUPERSEDED1");
        assertThat(handler.postForm(page + "/penalties", penalty("LIGHTER", "1500", "市监罚〔2026〕" + code + "-2")).body())
                .contains("该版本已被替代");
        assertThat(jdbc.sql("SELECT version FROM legal_discretion_benchmark WHERE id = :id").param("id", v2).query(Integer.class).single())
                .isEqualTo(2);
    }

    @Test
    @DisplayName("002 #49: a review is due three months after publication, in time on its day and overdue the day after; once a quarter; the office reads all")
    void quarterlyReview() {
        WebUser leader = WebUser.demo(port, "scj.leader");
        String code = "R" + UUID.randomUUID().toString().substring(0, 6);
        long id = LegalAccessHttpTest.idFrom(leader.postForm("/workbench/legal/benchmarks", benchmark(code, "3000")));
        assertThat(jdbc.sql("SELECT review_due FROM legal_discretion_benchmark WHERE id = :id").param("id", id).query(LocalDate.class).single())
                .isEqualTo(TODAY.plusMonths(3));

        WebUser office = WebUser.demo(port, "office");
        jdbc.sql("UPDATE legal_discretion_benchmark SET review_due = :d WHERE id = :id").param("d", TODAY).param("id", id).update();
        assertThat(leader.get("/workbench/legal/benchmarks/" + id).body()).doesNotContain("评查已超期");
        jdbc.sql("UPDATE legal_discretion_benchmark SET review_due = :d WHERE id = :id").param("d", TODAY.minusDays(1)).param("id", id).update();
        assertThat(leader.get("/workbench/legal/benchmarks/" + id).body()).contains("评查已超期");
        assertThat(office.get("/cockpit/legal/benchmarks").body()).contains(code, "评查已超期");
        assertThat(WebUser.demo(port, "scj.handler").get("/cockpit/legal/benchmarks").status()).isEqualTo(403);

        assertThat(WebUser.demo(port, "scj.handler").postForm("/workbench/legal/benchmarks/" + id + "/review", Map.of("finding", "x")).status())
                .isEqualTo(403);
        leader.postForm("/workbench/legal/benchmarks/" + id + "/review", Map.of("finding", "本季度适用统一，无畸轻畸重"));
        assertThat(jdbc.sql("SELECT review_due FROM legal_discretion_benchmark WHERE id = :id").param("id", id).query(LocalDate.class).single())
                .isEqualTo(TODAY.plusMonths(3));
        assertThat(leader.get("/workbench/legal/benchmarks/" + id).body()).contains("本季度适用统一").doesNotContain("评查已超期");
        assertThat(leader.postForm("/workbench/legal/benchmarks/" + id + "/review", Map.of("finding", "再评一次")).body()).contains("已评查过该基准");
    }
}
