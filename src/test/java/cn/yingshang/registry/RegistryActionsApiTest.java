package cn.yingshang.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.Authorisation;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.TestCodes;
import cn.yingshang.support.WebUser;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 17: the registry page actions "abnormal removal" and "dormant review" as API operations, with
 * the page's authorisation (registry:edit; an enterprise or another department's handler is refused and
 * nothing changes) and the page's rules (removal only of a current listing).
 */
@PlatformTest
class RegistryActionsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private String registerListed() {
        String code = TestCodes.enterprise("650106");
        WebUser office = WebUser.demo(port, "office");
        var created = office.postJson("/api/v1/entities", """
                {"creditCode":"%s","name":"接口移出异常测试有限公司","kind":"ENTERPRISE","ownership":"PRIVATE","region":"650106",
                 "industry":"C1371","established":"2015-04-01","headcount":80,"revenue":5000,"assets":4000}""".formatted(code));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        jdbc.sql("INSERT INTO registry_abnormal_period (entity_id, listed_on, reason) "
                        + "SELECT id, :d, '未按规定期限公示年度报告' FROM registry_market_entity WHERE credit_code = :c")
                .param("d", LocalDate.of(2023, 3, 1)).param("c", code).update();
        return code;
    }

    private int openPeriods(String code) {
        return jdbc.sql("SELECT count(*) FROM registry_abnormal_period p JOIN registry_market_entity e ON e.id = p.entity_id "
                + "WHERE e.credit_code = :c AND p.removed_on IS NULL").param("c", code).query(Integer.class).single();
    }

    private int reviews(String code) {
        return jdbc.sql("SELECT count(*) FROM registry_dormant_review r JOIN registry_market_entity e ON e.id = r.entity_id "
                + "WHERE e.credit_code = :c").param("c", code).query(Integer.class).single();
    }

    @Test
    @DisplayName("abnormal removal: refused for an enterprise and another department (still listed); the office removes it once")
    void abnormalRemoval() {
        String code = registerListed();
        String body = "{\"removedOn\":\"2026-01-05\"}";

        Authorisation.assertRefused(WebUser.demo(port, "enterprise1").postJson("/api/v1/entities/" + code + "/abnormal-removals", body));
        Authorisation.assertRefused(WebUser.demo(port, "scj.handler").postJson("/api/v1/entities/" + code + "/abnormal-removals", body));
        assertThat(openPeriods(code)).isEqualTo(1);

        var removed = WebUser.demo(port, "office").postJson("/api/v1/entities/" + code + "/abnormal-removals", body);
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.body()).contains("2026-01-05");
        assertThat(openPeriods(code)).isZero();

        // the page's guard: nothing left to remove → problem+json with the Chinese reason, not a second removal
        var again = WebUser.demo(port, "office").postJson("/api/v1/entities/" + code + "/abnormal-removals", body);
        assertThat(again.status()).as(again.body()).isEqualTo(422);
        assertThat(again.contentType()).contains("application/problem+json");
        assertThat(again.body()).contains("未被列入经营异常名录");
    }

    @Test
    @DisplayName("dormant review: refused for an enterprise and another department (no review stored); the office records it")
    void dormantReview() {
        String code = registerListed();
        String body = "{\"decision\":\"KEEP\",\"note\":\"已恢复经营\"}";

        Authorisation.assertRefused(WebUser.demo(port, "enterprise1").postJson("/api/v1/entities/" + code + "/dormant-reviews", body));
        Authorisation.assertRefused(WebUser.demo(port, "rsj.handler").postJson("/api/v1/entities/" + code + "/dormant-reviews", body));
        assertThat(reviews(code)).isZero();

        var missing = WebUser.demo(port, "office").postJson("/api/v1/entities/" + code + "/dormant-reviews", "{\"note\":\"x\"}");
        assertThat(missing.status()).as(missing.body()).isEqualTo(422);
        assertThat(missing.contentType()).contains("application/problem+json");
        assertThat(missing.body()).contains("请选择排查结论");
        assertThat(reviews(code)).isZero();

        var reviewed = WebUser.demo(port, "office").postJson("/api/v1/entities/" + code + "/dormant-reviews", body);
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(201);
        assertThat(reviewed.body()).contains("\"decision\":\"KEEP\"").contains("\"reviewer\":\"office\"");
        assertThat(reviews(code)).isEqualTo(1);
    }
}
