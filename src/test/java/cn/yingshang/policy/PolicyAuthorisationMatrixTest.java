package cn.yingshang.policy;

import static cn.yingshang.policy.PolicyAuthorisationMatrixTest.Action.APPROVE;
import static cn.yingshang.policy.PolicyAuthorisationMatrixTest.Action.DECIDE;
import static cn.yingshang.policy.PolicyAuthorisationMatrixTest.Action.LIST;
import static cn.yingshang.policy.PolicyAuthorisationMatrixTest.Action.OPEN_APPLICATION;
import static cn.yingshang.policy.PolicyAuthorisationMatrixTest.Action.PUBLISH_VERSION;
import static cn.yingshang.policy.PolicyAuthorisationMatrixTest.Action.READ;
import static cn.yingshang.policy.PolicyAuthorisationMatrixTest.Whose.COUNTY_SCJ;
import static cn.yingshang.policy.PolicyAuthorisationMatrixTest.Whose.OFFICE;
import static cn.yingshang.policy.PolicyAuthorisationMatrixTest.Whose.RSJ;
import static cn.yingshang.policy.PolicyAuthorisationMatrixTest.Whose.SCJ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.support.Authorisation;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Object-level authorisation of policies (issue 13), as a table that reads like the rule: a policy
 * belongs to the department that published it; a handler acts for their own department, a leader
 * also for the departments below theirs; the office acts region-wide; supervisors and administrators
 * read everything; whoever published a rule version never approves the batch it draws up.
 */
@PlatformTest
class PolicyAuthorisationMatrixTest {

    enum Whose { SCJ, RSJ, COUNTY_SCJ, OFFICE }

    enum Action { LIST, READ, OPEN_APPLICATION, DECIDE, PUBLISH_VERSION, APPROVE }

    static final boolean ALLOWED = true;
    static final boolean REFUSED = false;

    static Stream<Arguments> matrix() {
        return Stream.of(
                // who            whose policy  action            expected
                row("scj.handler", SCJ,        LIST,             ALLOWED),
                row("scj.handler", SCJ,        READ,             ALLOWED),
                row("scj.handler", SCJ,        OPEN_APPLICATION, ALLOWED),
                row("scj.handler", SCJ,        DECIDE,           ALLOWED),
                row("scj.handler", SCJ,        PUBLISH_VERSION,  ALLOWED),
                row("scj.handler", SCJ,        APPROVE,          REFUSED),   // no policy:approve, and wrote the rule
                row("scj.handler", RSJ,        LIST,             REFUSED),
                row("scj.handler", RSJ,        READ,             REFUSED),
                row("scj.handler", RSJ,        OPEN_APPLICATION, REFUSED),
                row("scj.handler", RSJ,        DECIDE,           REFUSED),
                row("scj.handler", RSJ,        PUBLISH_VERSION,  REFUSED),
                row("scj.handler", COUNTY_SCJ, READ,             REFUSED),   // a handler: own department only
                row("scj.handler", COUNTY_SCJ, DECIDE,           REFUSED),
                row("scj.handler", COUNTY_SCJ, PUBLISH_VERSION,  REFUSED),
                row("scj.leader",  SCJ,        READ,             ALLOWED),
                row("scj.leader",  SCJ,        OPEN_APPLICATION, ALLOWED),
                row("scj.leader",  SCJ,        DECIDE,           ALLOWED),
                row("scj.leader",  SCJ,        PUBLISH_VERSION,  REFUSED),   // leaders approve, handlers publish
                row("scj.leader",  SCJ,        APPROVE,          ALLOWED),
                row("scj.leader",  RSJ,        LIST,             REFUSED),
                row("scj.leader",  RSJ,        READ,             REFUSED),
                row("scj.leader",  RSJ,        OPEN_APPLICATION, REFUSED),
                row("scj.leader",  RSJ,        DECIDE,           REFUSED),
                row("scj.leader",  RSJ,        APPROVE,          REFUSED),
                row("scj.leader",  COUNTY_SCJ, LIST,             ALLOWED),   // a leader: also the departments below
                row("scj.leader",  COUNTY_SCJ, READ,             ALLOWED),
                row("scj.leader",  COUNTY_SCJ, DECIDE,           ALLOWED),
                row("scj.leader",  COUNTY_SCJ, APPROVE,          ALLOWED),
                row("rsj.handler", RSJ,        READ,             ALLOWED),
                row("rsj.handler", RSJ,        DECIDE,           ALLOWED),
                row("rsj.handler", RSJ,        PUBLISH_VERSION,  ALLOWED),
                row("rsj.handler", SCJ,        LIST,             REFUSED),
                row("rsj.handler", SCJ,        READ,             REFUSED),
                row("rsj.handler", SCJ,        DECIDE,           REFUSED),
                row("rsj.handler", SCJ,        PUBLISH_VERSION,  REFUSED),
                row("tax.handler", SCJ,        READ,             REFUSED),
                row("tax.handler", SCJ,        OPEN_APPLICATION, REFUSED),
                row("tax.handler", SCJ,        DECIDE,           REFUSED),
                row("office",      SCJ,        LIST,             ALLOWED),   // the office acts region-wide
                row("office",      SCJ,        READ,             ALLOWED),
                row("office",      SCJ,        DECIDE,           ALLOWED),
                row("office",      SCJ,        PUBLISH_VERSION,  ALLOWED),
                row("office",      SCJ,        APPROVE,          ALLOWED),
                row("office",      RSJ,        APPROVE,          ALLOWED),
                row("office",      OFFICE,     APPROVE,          REFUSED),   // four-eyes: published the rule itself
                row("supervisor",  SCJ,        LIST,             ALLOWED),   // oversight reads, never acts
                row("supervisor",  SCJ,        READ,             ALLOWED),
                row("supervisor",  SCJ,        OPEN_APPLICATION, REFUSED),
                row("supervisor",  SCJ,        DECIDE,           REFUSED),
                row("supervisor",  SCJ,        APPROVE,          REFUSED),
                row("admin",       SCJ,        READ,             ALLOWED),
                row("admin",       SCJ,        DECIDE,           REFUSED),
                row("admin",       SCJ,        APPROVE,          REFUSED),
                row("inspector1",  SCJ,        READ,             REFUSED),
                row("inspector1",  SCJ,        DECIDE,           REFUSED),
                row("enterprise1", SCJ,        READ,             REFUSED),
                row("enterprise1", SCJ,        OPEN_APPLICATION, REFUSED),
                row("enterprise1", SCJ,        DECIDE,           REFUSED),
                row("enterprise1", SCJ,        APPROVE,          REFUSED));
    }

    private static Arguments row(String who, Whose whose, Action action, boolean allowed) {
        return Arguments.of(who, whose, action, allowed);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MarketEntities entities;

    /** One application-mode policy with a submitted application per owner, made once for the whole matrix. */
    record Owned(long policyId, String title, long applicationId) {
    }

    private static final Map<Whose, Owned> OWNED = new EnumMap<>(Whose.class);
    private static String grantTag;

    @ParameterizedTest(name = "{0} · {2} · {1}''s policy → {3}")
    @MethodSource("matrix")
    @DisplayName("policy: who may read, decide, publish and approve whose policy")
    void rule(String who, Whose whose, Action action, boolean allowed) {
        WebUser user = WebUser.demo(port, who);
        Owned owned = owned(whose);
        switch (action) {
            case LIST -> {
                WebUser.Response list = user.get("/workbench/policies");
                if (allowed) {
                    assertThat(list.body()).contains(owned.title());
                } else if (list.status() == 200) {
                    assertThat(list.body()).doesNotContain(owned.title());
                } else {
                    Authorisation.assertRefused(list);
                }
            }
            case READ -> check(allowed, user.get("/workbench/policies/" + owned.policyId()), null);
            case OPEN_APPLICATION -> check(allowed, user.get("/workbench/policies/applications/" + owned.applicationId()), null);
            case DECIDE -> {
                String before = applicationState(owned);
                // an empty reason for a refusal: allowed users meet the use case's own rule, nothing is decided either way
                WebUser.Response r = user.postForm("/workbench/policies/applications/" + owned.applicationId() + "/decision",
                        Map.of("decision", "REJECT", "reason", ""));
                check(allowed, r, "不予通过须写明理由");
                assertThat(applicationState(owned)).isEqualTo(before);
            }
            case PUBLISH_VERSION -> {
                long versions = versions(owned.policyId());
                check(allowed, user.get("/workbench/policies/" + owned.policyId() + "/versions/new"), null);
                // a start date before version 1's: allowed users meet the use case's own rule, no version is added
                WebUser.Response r = user.postForm("/workbench/policies/" + owned.policyId() + "/versions",
                        Map.of("action", "publish", "validFrom", "2000-01-01", "g0.join", "all",
                                "g0.r0.attr", "kind", "g0.r0.op", "eq", "g0.r0.value", "ENTERPRISE"));
                check(allowed, r, "新版本的生效日期须晚于上一版本的生效日期");
                assertThat(versions(owned.policyId())).isEqualTo(versions);
            }
            case APPROVE -> {
                long policy = publishAutoGrant(whose);
                long batch = pendingBatch(policy);
                WebUser.Response r = user.postForm("/workbench/policies/" + policy + "/batches/" + batch + "/approval", Map.of());
                check(allowed, r, "已审批兑现");
                assertThat(batchStatus(batch)).isEqualTo(allowed ? "APPROVED" : "PENDING");
                // 003 §36: an approval pays nothing yet, it opens the objection period (DishonestyAndPayoutWindowTest pays after it)
                assertThat(payouts(policy)).isZero();
                assertThat(objectionPeriodOpened(batch)).isEqualTo(allowed);
            }
        }
    }

    @Test
    @DisplayName("a batch approved under another policy's id is not found there, and pays nothing under either policy")
    void batchUnderAnotherPolicyIsNotFound() {
        long rsjPolicy = publishAutoGrant(RSJ);
        long rsjBatch = pendingBatch(rsjPolicy);
        long scjPolicy = owned(SCJ).policyId();
        long scjPayouts = payouts(scjPolicy);
        WebUser.Response r = WebUser.demo(port, "scj.leader")
                .postForm("/workbench/policies/" + scjPolicy + "/batches/" + rsjBatch + "/approval", Map.of());
        Authorisation.assertNotFound(r);
        assertThat(batchStatus(rsjBatch)).isEqualTo("PENDING");
        assertThat(payouts(scjPolicy)).isEqualTo(scjPayouts);
        assertThat(payouts(rsjPolicy)).isZero();

        // the office, who may approve both, is refused the mix-up just the same
        Authorisation.assertNotFound(WebUser.demo(port, "office")
                .postForm("/workbench/policies/" + scjPolicy + "/batches/" + rsjBatch + "/approval", Map.of()));
        assertThat(batchStatus(rsjBatch)).isEqualTo("PENDING");
    }

    @Test
    @DisplayName("four-eyes: whoever published a later rule version of a policy may not approve its batch; another may")
    void versionAuthorMayNotApprove() {
        long policy = publishAutoGrant(SCJ);
        WebUser office = WebUser.demo(port, "office");
        WebUser.Response version = office.postForm("/workbench/policies/" + policy + "/versions",
                Map.of("action", "publish", "validFrom", java.time.LocalDate.now().plusDays(1).toString(), "g0.join", "all",
                        "g0.r0.attr", "tags", "g0.r0.op", "has", "g0.r0.value", grantTag));
        assertThat(version.body()).contains("已发布第 2 版规则");
        long batch = pendingBatch(policy);
        Authorisation.assertRefused(office.postForm("/workbench/policies/" + policy + "/batches/" + batch + "/approval", Map.of()));
        assertThat(batchStatus(batch)).isEqualTo("PENDING");
        assertThat(office.get("/workbench/policies/" + policy).body()).doesNotContain("approve-button");
        Authorisation.assertAllowed(WebUser.demo(port, "scj.leader")
                .postForm("/workbench/policies/" + policy + "/batches/" + batch + "/approval", Map.of()));
        assertThat(batchStatus(batch)).isEqualTo("APPROVED");
    }

    private static void check(boolean allowed, WebUser.Response r, String reachedUseCase) {
        if (allowed) {
            Authorisation.assertAllowed(r);
            if (reachedUseCase != null) {
                assertThat(r.body()).contains(reachedUseCase);
            }
        } else {
            Authorisation.assertRefused(r);
        }
    }

    // --- fixtures: objects owned by each department, made through the same pages officials use ---

    private static String publisher(Whose whose) {
        return switch (whose) {
            case SCJ, COUNTY_SCJ -> "scj.handler";
            case RSJ -> "rsj.handler";
            case OFFICE -> "office";
        };
    }

    private synchronized Owned owned(Whose whose) {
        return OWNED.computeIfAbsent(whose, w -> {
            MarketEntity e1 = PolicyFixtures.demoEnterprise(jdbc, entities, "enterprise1");
            String title = "授权矩阵申报 " + w + " " + UUID.randomUUID().toString().substring(0, 8);
            Map<String, String> form = PolicyFixtures.form(title, "APPLICATION",
                    "region", "eq", e1.region().code(), "kind", "eq", "ENTERPRISE");
            form.put("action", "publish");
            long id = PolicyFixtures.idFrom(WebUser.demo(port, publisher(w)).postForm("/workbench/policies", form).uri().toString());
            moveToCounty(w, id);
            WebUser.Response applied = WebUser.demo(port, "enterprise1")
                    .postMultipart("/enterprise/policies/" + id + "/applications", null, null, null, Map.of("statement", "矩阵"));
            assertThat(applied.body()).contains("审核中");
            long application = jdbc.sql("SELECT id FROM policy_application WHERE policy_id = :p").param("p", id)
                    .query(Long.class).single();
            return new Owned(id, title, application);
        });
    }

    /** A 免申即享 policy whose pending batch holds one entity registered for the matrix. */
    private long publishAutoGrant(Whose whose) {
        WebUser publisher = WebUser.demo(port, publisher(whose));
        Map<String, String> form = PolicyFixtures.form("授权矩阵免申 " + whose + " " + UUID.randomUUID().toString().substring(0, 8),
                "AUTO_GRANT", "tags", "has", tag(publisher));
        form.put("action", "publish");
        long id = PolicyFixtures.idFrom(publisher.postForm("/workbench/policies", form).uri().toString());
        moveToCounty(whose, id);
        return id;
    }

    private synchronized String tag(WebUser publisher) {
        if (grantTag == null) {
            String tag = "矩阵" + UUID.randomUUID().toString().substring(0, 8);
            String code = cn.yingshang.support.TestCodes.enterprise("650102");
            WebUser.Response r = WebUser.demo(port, "office").postJson("/api/v1/entities", """
                    {"creditCode":"%s","name":"乌鲁木齐授权矩阵%s有限公司","kind":"ENTERPRISE","ownership":"PRIVATE","region":"650102",
                     "industry":"I6513","established":"2019-03-01","registeredCapital":100,"headcount":25,"revenue":600,"assets":700,
                     "status":"ACTIVE","qualifications":[],"tags":["%s"]}""".formatted(code, code.substring(10), tag));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            Map<String, String> form = PolicyFixtures.form("预览", "AUTO_GRANT", "tags", "has", tag);
            await().atMost(Duration.ofSeconds(30)).until(() -> publisher.postForm("/workbench/policies", form).body()
                    .contains("匹配 1 户"));
            grantTag = tag;
        }
        return grantTag;
    }

    /** A policy of a county market-regulation department (天山区), below scj in the tree; published for it by scj. */
    private void moveToCounty(Whose whose, long policyId) {
        if (whose == COUNTY_SCJ) {
            jdbc.sql("""
                    UPDATE policy_policy SET department_id = (SELECT id FROM platform_department WHERE code = '650102-MARKET_REGULATION')
                    WHERE id = :p""").param("p", policyId).update();
        }
    }

    private long pendingBatch(long policyId) {
        return jdbc.sql("SELECT id FROM policy_grant_batch WHERE policy_id = :p AND status = 'PENDING'").param("p", policyId)
                .query(Long.class).single();
    }

    private String batchStatus(long batch) {
        return jdbc.sql("SELECT status FROM policy_grant_batch WHERE id = :b").param("b", batch).query(String.class).single();
    }

    private boolean objectionPeriodOpened(long batch) {
        return jdbc.sql("SELECT objection_until IS NOT NULL FROM policy_grant_batch WHERE id = :b").param("b", batch)
                .query(Boolean.class).single();
    }

    private long payouts(long policyId) {
        return jdbc.sql("SELECT count(*) FROM policy_payout WHERE policy_id = :p").param("p", policyId).query(Long.class).single();
    }

    private long versions(long policyId) {
        return jdbc.sql("SELECT count(*) FROM policy_rule_version WHERE policy_id = :p").param("p", policyId)
                .query(Long.class).single();
    }

    private String applicationState(Owned owned) {
        Map<String, Object> row = new LinkedHashMap<>(jdbc.sql("SELECT status, decided_by, reason FROM policy_application WHERE id = :a")
                .param("a", owned.applicationId()).query().singleRow());
        return row.toString();
    }
}
