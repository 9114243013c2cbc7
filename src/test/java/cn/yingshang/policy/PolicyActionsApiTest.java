package cn.yingshang.policy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.support.ApiCaller;
import cn.yingshang.support.Authorisation;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 17: the policy pages' actions as API operations with the pages' authorisation — publish,
 * new rule version, an enterprise's application, the decision on it, the batch approval — and
 * problem+json in Chinese for bad input.
 */
@PlatformTest
class PolicyActionsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MarketEntities entities;

    private String publication(String title, String region, String mode) {
        return """
                {"title":"%s","issuingDepartment":"乌鲁木齐市市场监督管理局","documentNumber":"乌市监测〔2026〕1号",
                 "legalBasis":"003 §36","regionScope":"650100","benefitType":"SUBSIDY","mode":"%s",
                 "amount":{"kind":"FIXED","fixed":5},"validFrom":"2020-01-01","decisionDays":10,"materials":[],
                 "rule":{"all":[{"attr":"region","op":"eq","value":"%s"},{"attr":"kind","op":"eq","value":"ENTERPRISE"}]}}"""
                .formatted(title, mode, region);
    }

    private static long id(String body) {
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    @DisplayName("publish, new version, apply and decide by API; another department and an enterprise are refused; bad input is problem+json")
    void publishApplyDecide() {
        MarketEntity e1 = PolicyFixtures.demoEnterprise(jdbc, entities, "enterprise1");
        String title = "接口政策 " + UUID.randomUUID().toString().substring(0, 8);
        WebUser scj = WebUser.demo(port, "scj.handler");

        // refusals: an enterprise may not publish; nothing is stored
        Authorisation.assertRefused(WebUser.demo(port, "enterprise1").postJson("/api/v1/policies",
                publication(title, e1.region().code(), "APPLICATION")));
        assertThat(jdbc.sql("SELECT count(*) FROM policy_policy WHERE title = :t").param("t", title).query(Long.class).single()).isZero();

        // bad input: no grant mode → the page's message as problem+json
        var bad = scj.postJson("/api/v1/policies", publication(title, e1.region().code(), "APPLICATION").replace("\"mode\":\"APPLICATION\",", ""));
        assertThat(bad.status()).as(bad.body()).isEqualTo(422);
        assertThat(bad.contentType()).contains("application/problem+json");
        assertThat(bad.body()).containsPattern("[\\u4e00-\\u9fa5]");

        var published = scj.postJson("/api/v1/policies", publication(title, e1.region().code(), "APPLICATION"));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        long policy = id(published.body());
        assertThat(published.body()).contains("\"status\":\"PUBLISHED\"").contains("\"version\":1");

        // another department reads nor versions it
        WebUser rsj = WebUser.demo(port, "rsj.handler");
        Authorisation.assertRefused(rsj.getJson("/api/v1/policies/" + policy));
        String version = """
                {"validFrom":"%s","rule":{"attr":"kind","op":"eq","value":"ENTERPRISE"}}""".formatted(LocalDate.now().plusDays(1));
        Authorisation.assertRefused(rsj.postJson("/api/v1/policies/" + policy + "/versions", version));
        var early = scj.postJson("/api/v1/policies/" + policy + "/versions", """
                {"validFrom":"2000-01-01","rule":{"attr":"kind","op":"eq","value":"ENTERPRISE"}}""");
        assertThat(early.status()).as(early.body()).isEqualTo(422);
        assertThat(early.body()).contains("新版本的生效日期须晚于上一版本的生效日期");

        // the enterprise applies for itself; a department account may not apply
        Authorisation.assertRefused(scj.postJson("/api/v1/policies/" + policy + "/applications", "{\"statement\":\"x\"}"));
        var applied = WebUser.demo(port, "enterprise1").postJson("/api/v1/policies/" + policy + "/applications",
                "{\"statement\":\"接口申请\"}");
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        assertThat(applied.body()).contains("\"status\":\"SUBMITTED\"").contains(e1.creditCode().value());
        long application = id(applied.body());

        // the decision: another department refused, a refusal without a reason is the use case's Chinese rule
        Authorisation.assertRefused(rsj.postJson("/api/v1/policy-applications/" + application + "/decision",
                "{\"decision\":\"GRANT\"}"));
        var noReason = scj.postJson("/api/v1/policy-applications/" + application + "/decision", "{\"decision\":\"REJECT\"}");
        assertThat(noReason.status()).as(noReason.body()).isEqualTo(422);
        assertThat(noReason.contentType()).contains("application/problem+json");
        assertThat(noReason.body()).contains("不予通过须写明理由");
        var granted = scj.postJson("/api/v1/policy-applications/" + application + "/decision", "{\"decision\":\"GRANT\"}");
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        assertThat(granted.body()).contains("\"status\":\"GRANTED\"");

        // the new version by its own department
        var versioned = scj.postJson("/api/v1/policies/" + policy + "/versions", version);
        assertThat(versioned.status()).as(versioned.body()).isEqualTo(201);
        assertThat(versioned.body()).contains("\"version\":2");
    }

    @Test
    @DisplayName("a repeated publication with the same Idempotency-Key publishes once and answers the first answer again")
    void publishIsIdempotent() {
        MarketEntity e1 = PolicyFixtures.demoEnterprise(jdbc, entities, "enterprise1");
        String title = "接口幂等 " + UUID.randomUUID().toString().substring(0, 8);
        String key = UUID.randomUUID().toString();
        ApiCaller scj = ApiCaller.demo(port, "scj.handler");
        var first = scj.post("/api/v1/policies", publication(title, e1.region().code(), "APPLICATION"), key);
        var again = scj.post("/api/v1/policies", publication(title, e1.region().code(), "APPLICATION"), key);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(id(again.body())).isEqualTo(id(first.body()));
        assertThat(jdbc.sql("SELECT count(*) FROM policy_policy WHERE title = :t").param("t", title).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("the payout batch approval by API: the publisher (four-eyes) and another department are refused; the leader approves")
    void approveBatch() {
        MarketEntity e1 = PolicyFixtures.demoEnterprise(jdbc, entities, "enterprise1");
        var published = WebUser.demo(port, "scj.handler").postJson("/api/v1/policies",
                publication("接口免申 " + UUID.randomUUID().toString().substring(0, 8), e1.region().code(), "AUTO_GRANT"));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        long policy = id(published.body());
        Long batch = jdbc.sql("SELECT id FROM policy_grant_batch WHERE policy_id = :p AND status = 'PENDING'")
                .param("p", policy).query(Long.class).optional().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(batch != null, "no pending batch drawn for the demo enterprise");
        String path = "/api/v1/policies/" + policy + "/batches/" + batch + "/approval";
        Authorisation.assertRefused(WebUser.demo(port, "scj.handler").postJson(path, "{}"));
        Authorisation.assertRefused(WebUser.demo(port, "rsj.handler").postJson(path, "{}"));
        var approved = WebUser.demo(port, "scj.leader").postJson(path, "{}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.body()).contains("\"status\":\"APPROVED\"");
    }
}
