package cn.yingshang.policy;

import cn.yingshang.shared.CreditCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yingshang.appeal.AppealIntake;
import cn.yingshang.credit.DishonestyMeasure;
import cn.yingshang.credit.DishonestyStatusChanged;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.TestCodes;
import cn.yingshang.support.WebUser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@PlatformTest
class PolicyDirectAccessTest {

    @LocalServerPort
    int port;
    final JdbcClient jdbc;
    final MarketEntities entities;
    final ApplicationEventPublisher events;
    final TransactionTemplate tx;
    final AppealIntake appealIntake;

    @Autowired
    PolicyDirectAccessTest(JdbcClient jdbc, MarketEntities entities, ApplicationEventPublisher events, TransactionTemplate tx,
                           AppealIntake appealIntake) {
        this.appealIntake = appealIntake;
        this.jdbc = jdbc;
        this.entities = entities;
        this.events = events;
        this.tx = tx;
    }

    private String registerEntity(WebUser office, String tag) {
        String code = TestCodes.enterprise("650102");
        WebUser.Response r = office.postJson("/api/v1/entities", """
                {"creditCode":"%s","name":"乌鲁木齐测试%s软件有限公司","kind":"ENTERPRISE","ownership":"PRIVATE","region":"650102",
                 "industry":"I6513","established":"2019-03-01","registeredCapital":100,"headcount":25,"revenue":600,"assets":700,
                 "status":"ACTIVE","qualifications":[],"tags":["%s"]}""".formatted(code, code.substring(10), tag));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return code;
    }

    private boolean matched(long policyId, String code) {
        return jdbc.sql("SELECT count(*) FROM policy_match WHERE policy_id = :p AND credit_code = :c")
                .param("p", policyId).param("c", code).query(Long.class).single() > 0;
    }

    private boolean inPendingBatch(long policyId, String code) {
        return jdbc.sql("""
                        SELECT count(*) FROM policy_grant_item i JOIN policy_grant_batch b ON b.id = i.batch_id
                        WHERE b.policy_id = :p AND b.status = 'PENDING' AND i.credit_code = :c""")
                .param("p", policyId).param("c", code).query(Long.class).single() > 0;
    }

    @Test
    @DisplayName("003 §36/§37: 免申即享 — preview, publish, beneficiaries computed; a dishonest entity with EXCLUDED_FROM_AUTO_GRANT leaves the batch and reappears after repair")
    void autoGrantAndDishonesty() {
        WebUser office = WebUser.demo(port, "office");
        String tag = "测试" + UUID.randomUUID().toString().substring(0, 8);
        String code = registerEntity(office, tag);
        Map<String, String> form = PolicyFixtures.form("测试免申即享 " + tag, "AUTO_GRANT",
                "tags", "has", tag, "headcount", "gte", "10");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                office.postForm("/workbench/policies", form).body()).contains("预览：按此规则当前匹配 1 户经营主体"));

        form.put("action", "publish");
        WebUser.Response published = office.postForm("/workbench/policies", form);
        assertThat(published.status()).isEqualTo(200);
        long id = PolicyFixtures.idFrom(published.uri().toString());
        assertThat(matched(id, code)).isTrue();
        assertThat(inPendingBatch(id, code)).isTrue();

        WebUser.Response why = office.postJson("/api/v1/policies/" + id + "/evaluations",
                "{\"creditCode\":\"" + code + "\",\"asOf\":\"" + LocalDate.now() + "\"}");
        assertThat(why.body()).contains("\"eligible\":true").contains("\"actual\":25");

        tx.executeWithoutResult(s -> events.publishEvent(new DishonestyStatusChanged(CreditCode.of(code), true,
                Set.of(DishonestyMeasure.EXCLUDED_FROM_AUTO_GRANT), LocalDate.now())));
        await().atMost(Duration.ofSeconds(20)).until(() -> !matched(id, code) && !inPendingBatch(id, code));

        tx.executeWithoutResult(s -> events.publishEvent(new DishonestyStatusChanged(CreditCode.of(code), false, Set.of(), LocalDate.now())));
        await().atMost(Duration.ofSeconds(20)).until(() -> matched(id, code) && inPendingBatch(id, code));

        // the registry changes: the entity drops below the threshold, only this rule's attributes are re-evaluated
        WebUser.Response figures = office.getJson("/api/v1/entities/" + code);
        assertThat(figures.status()).isEqualTo(200);
        office.putJson("/api/v1/entities/" + code, figures.body().replaceFirst("^\\{\"entity\":", "")
                .replaceFirst(",\"abnormalPeriods\".*$", "").replace("\"headcount\":25", "\"headcount\":5"));
        await().atMost(Duration.ofSeconds(20)).until(() -> !matched(id, code));

        long batch = jdbc.sql("SELECT id FROM policy_grant_batch WHERE policy_id = :p").param("p", id).query(Long.class).list().size();
        assertThat(batch).isZero();
    }

    @Test
    @DisplayName("003 §38: an application is pre-filled from the registry, asks only for what the platform cannot obtain, and is decided within the working-day limit")
    void applicationFlow() {
        WebUser office = WebUser.demo(port, "office");
        MarketEntity e1 = PolicyFixtures.demoEnterprise(jdbc, entities, "enterprise1");
        String title = "测试申报 " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> form = PolicyFixtures.form(title, "APPLICATION",
                "region", "eq", e1.region().code(), "industry", "eq", e1.industry().code());
        form.put("materials", "贷款合同及付息凭证");
        form.put("action", "publish");
        long id = PolicyFixtures.idFrom(office.postForm("/workbench/policies", form).uri().toString());

        WebUser enterprise = WebUser.demo(port, "enterprise1");
        String page = enterprise.get("/enterprise/policies/" + id).body();
        assertThat(page).contains(e1.industry().name()).contains("上传：贷款合同及付息凭证");

        WebUser.Response missing = enterprise.postMultipart("/enterprise/policies/" + id + "/applications", null, null, null,
                Map.of("statement", "无"));
        assertThat(missing.body()).contains("请上传：贷款合同及付息凭证");

        // materials are checked by content: an executable renamed .pdf is refused
        WebUser.Response renamed = enterprise.postMultipart("/enterprise/policies/" + id + "/applications", "material0",
                "contract.pdf", new byte[] {0x4D, 0x5A, (byte) 0x90, 0x00, 0x03}, Map.of("statement", "2026年贷款"));
        assertThat(renamed.body()).contains("内容与其类型不符");
        assertThat(jdbc.sql("SELECT count(*) FROM policy_application WHERE policy_id = :p").param("p", id).query(Long.class).single())
                .isZero();

        WebUser.Response applied = enterprise.postMultipart("/enterprise/policies/" + id + "/applications", "material0",
                "contract.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8), Map.of("statement", "2026年贷款"));
        assertThat(applied.body()).contains("审核中");
        var row = jdbc.sql("SELECT id, due_on, prefilled::text AS pre FROM policy_application WHERE policy_id = :p")
                .param("p", id).query().singleRow();
        assertThat(row.get("pre").toString()).contains(e1.creditCode().value().substring(2, 8));
        assertThat(((java.sql.Date) row.get("due_on")).toLocalDate()).isAfter(LocalDate.now().plusDays(9));

        long appId = ((Number) row.get("id")).longValue();
        WebUser.Response noReason = office.postForm("/workbench/policies/applications/" + appId + "/decision",
                Map.of("decision", "REJECT", "reason", ""));
        assertThat(noReason.body()).contains("不予通过须写明理由");
        office.postForm("/workbench/policies/applications/" + appId + "/decision", Map.of("decision", "REJECT", "reason", "贷款合同不在政策期内"));
        assertThat(enterprise.get("/enterprise/policies").body()).contains("未通过").contains("贷款合同不在政策期内");
    }

    @Test
    @DisplayName("即申即享: an eligible entity is granted at once when it applies")
    void instantOnApply() {
        WebUser office = WebUser.demo(port, "office");
        MarketEntity e1 = PolicyFixtures.demoEnterprise(jdbc, entities, "enterprise1");
        Map<String, String> form = PolicyFixtures.form("测试即申即享 " + UUID.randomUUID().toString().substring(0, 8),
                "INSTANT_ON_APPLY", "region", "eq", e1.region().code(), "kind", "eq", "ENTERPRISE");
        form.put("action", "publish");
        long id = PolicyFixtures.idFrom(office.postForm("/workbench/policies", form).uri().toString());
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        WebUser.Response r = enterprise.postMultipart("/enterprise/policies/" + id + "/applications", null, null, null, Map.of());
        assertThat(r.body()).contains("即申即享：已核验通过并兑现 5 万元");
        assertThat(jdbc.sql("SELECT count(*) FROM policy_payout WHERE policy_id = :p AND credit_code = :c")
                .param("p", id).param("c", e1.creditCode().value()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("003 §11: the officer's form refuses a condition on ownership")
    void formRefusesOwnership() {
        WebUser office = WebUser.demo(port, "office");
        WebUser.Response r = office.postForm("/workbench/policies",
                PolicyFixtures.form("所有制测试", "AUTO_GRANT", "ownership", "eq", "PRIVATE"));
        assertThat(r.body()).contains("不得以所有制作为享受政策的条件");
    }

    @Test
    @DisplayName("003 §36/§37: the payout list is public with an objection period; an objection becomes an appeal whose number and progress the officer and the objector see")
    void objectionBecomesAppeal() {
        WebUser office = WebUser.demo(port, "office");
        String tag = "公示" + UUID.randomUUID().toString().substring(0, 8);
        String code = registerEntity(office, tag);
        Map<String, String> form = PolicyFixtures.form("测试公示 " + tag, "AUTO_GRANT", "tags", "has", tag);
        // four-eyes: the handler who publishes the rule does not approve the batch it draws up; the leader does
        WebUser handler = WebUser.demo(port, "scj.handler");
        await().atMost(Duration.ofSeconds(20)).until(() -> handler.postForm("/workbench/policies", form).body().contains("匹配 1 户"));
        form.put("action", "publish");
        long id = PolicyFixtures.idFrom(handler.postForm("/workbench/policies", form).uri().toString());
        long batch = jdbc.sql("SELECT id FROM policy_grant_batch WHERE policy_id = :p").param("p", id).query(Long.class).single();
        assertThat(WebUser.demo(port, "scj.leader").postForm("/workbench/policies/" + id + "/batches/" + batch + "/approval",
                Map.of()).body()).contains("已审批兑现");

        WebUser anyone = WebUser.anonymous(port);
        assertThat(anyone.get("/public/policies").body()).contains("测试公示 " + tag);
        WebUser.Response list = anyone.get("/public/policies/payouts/" + batch);
        assertThat(list.body()).contains(code).containsPattern(">\\s*5\\s*<").contains("提出异议");
        anyone.refreshCsrf();
        String reason = "该企业实际已停产，不应享受 " + tag;

        // an invalid phone: a Chinese message on the form, and neither an appeal nor an objection is kept
        WebUser.Response bad = anyone.postForm("/public/policies/payouts/" + batch + "/objections",
                Map.of("name", "张三", "phone", "abc", "subjectCode", code, "reason", reason));
        assertThat(bad.body()).contains("请填写有效的联系电话").contains(reason);
        assertThat(count("SELECT count(*) FROM appeal WHERE content LIKE :r", reason)).isZero();
        assertThat(count("SELECT count(*) FROM policy_objection WHERE reason = :r", reason)).isZero();
        WebUser.Response badSubject = anyone.postForm("/public/policies/payouts/" + batch + "/objections",
                Map.of("name", "张三", "phone", "13800000000", "subjectCode", "91650102XXXXXXXXX1", "reason", reason));
        assertThat(badSubject.body()).contains("涉及主体的统一社会信用代码无效");
        assertThat(count("SELECT count(*) FROM appeal WHERE content LIKE :r", reason)).isZero();

        WebUser.Response raised = anyone.postForm("/public/policies/payouts/" + batch + "/objections",
                Map.of("name", "张三", "phone", "13800000000", "subjectCode", code, "reason", reason));
        assertThat(raised.uri().getPath()).startsWith("/public/policies/objections/");
        Map<String, Object> appeal = jdbc.sql("SELECT * FROM appeal WHERE content LIKE :r").param("r", "%" + reason + "%").query().singleRow();
        assertThat(appeal.get("channel")).isEqualTo("POLICY_OBJECTION");
        assertThat(appeal.get("category")).isEqualTo("OTHER");
        assertThat((String) appeal.get("content")).contains(code).contains("/public/policies/payouts/" + batch);
        String tracking = (String) appeal.get("tracking_number");
        AppealIntake.Progress progress = appealIntake.progress(tracking).orElseThrow();
        // the objector follows the appeal by its public code and the access code shown once, not by the internal number
        assertThat(raised.body()).contains(progress.publicCode()).contains(progress.statusLabel()).contains(reason).contains("测试公示 " + tag)
                .containsPattern("访问码[0-9A-Z]{4}-[0-9A-Z]{4}")
                .doesNotContain(tracking).doesNotContain("13800000000").doesNotContain("张三");
        assertThat(jdbc.sql("SELECT contact FROM policy_objection WHERE appeal_tracking_number = :t").param("t", tracking)
                .query(String.class).optional()).as("the objector's contact stays with the appeal, encrypted").isEmpty();

        // the officer sees the objection with the appeal's number, progress and a link to it
        String detail = office.get("/workbench/policies/" + id).body();
        assertThat(detail).contains(reason).contains(tracking).contains(progress.statusLabel())
                .contains("/workbench/appeals/" + progress.id());

        // progress follows the appeal: once it moves on, both pages show the new status
        jdbc.sql("UPDATE appeal SET status = 'CLOSED' WHERE tracking_number = :t").param("t", tracking).update();
        String closed = appealIntake.progress(tracking).orElseThrow().statusLabel();
        assertThat(closed).isNotEqualTo(progress.statusLabel());
        assertThat(anyone.get(raised.uri().getPath()).body()).contains(closed);
        assertThat(office.get("/workbench/policies/" + id).body()).contains(closed);
        // 003 §36: paid only once the objection period has ended (DishonestyAndPayoutWindowTest)
        assertThat(jdbc.sql("SELECT count(*) FROM policy_payout WHERE policy_id = :p").param("p", id).query(Long.class).single())
                .isZero();
    }

    private long count(String sql, String reason) {
        return jdbc.sql(sql).param("r", sql.contains("LIKE") ? "%" + reason + "%" : reason).query(Long.class).single();
    }
}
