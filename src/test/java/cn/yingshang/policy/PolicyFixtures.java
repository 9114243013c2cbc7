package cn.yingshang.policy;

import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.CreditCode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Helpers shared by the policy tests: the demo enterprises and the officer's publication form. */
final class PolicyFixtures {

    private PolicyFixtures() {
    }

    static MarketEntity demoEnterprise(JdbcClient jdbc, MarketEntities entities, String username) {
        String code = jdbc.sql("SELECT credit_code FROM platform_account WHERE username = :u").param("u", username)
                .query(String.class).single();
        return entities.find(CreditCode.of(code)).orElseThrow();
    }

    /** The publication form with one group of rows ({attr, op, value} triples). */
    static Map<String, String> form(String title, String mode, String... rows) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", title);
        f.put("issuingDepartment", "乌鲁木齐市财政局");
        f.put("documentNumber", "乌财测〔2026〕1号");
        f.put("legalBasis", "003 §36 惠企政策直达快享");
        f.put("regionScope", "650100");
        f.put("benefitType", "SUBSIDY");
        f.put("mode", mode);
        f.put("amountKind", "FIXED");
        f.put("amountFixed", "5");
        f.put("validFrom", "2020-01-01");
        f.put("decisionDays", "10");
        f.put("g0.join", "all");
        for (int i = 0; i < rows.length / 3; i++) {
            f.put("g0.r" + i + ".attr", rows[3 * i]);
            f.put("g0.r" + i + ".op", rows[3 * i + 1]);
            f.put("g0.r" + i + ".value", rows[3 * i + 2]);
        }
        return f;
    }

    static long idFrom(String location) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/workbench/policies/(\\d+)").matcher(location);
        if (!m.find()) {
            throw new AssertionError("no policy id in " + location);
        }
        return Long.parseLong(m.group(1));
    }
}
