package cn.yingshang.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yingshang.credit.CreditRecordKind;
import cn.yingshang.credit.CreditRecords;
import cn.yingshang.credit.NewCreditRecord;
import cn.yingshang.credit.Severity;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.TestCodes;
import cn.yingshang.support.WebUser;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 21 items 2 and 4: dishonesty measures the platform applies itself, and payouts after the objection period. */
@PlatformTest
class DishonestyAndPayoutWindowTest {

    @LocalServerPort
    int port;
    final JdbcClient jdbc;
    final Applications applications;
    final DuePayouts duePayouts;
    final CreditRecords credit;

    @Autowired
    DishonestyAndPayoutWindowTest(JdbcClient jdbc, Applications applications, DuePayouts duePayouts, CreditRecords credit) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.duePayouts = duePayouts;
        this.credit = credit;
    }

    String registerEntity(WebUser office, String tag) {
        String code = TestCodes.enterprise("650102");
        WebUser.Response r = office.postJson("/api/v1/entities", """
                {"creditCode":"%s","name":"乌鲁木齐测试%s商贸有限公司","kind":"ENTERPRISE","ownership":"PRIVATE","region":"650102",
                 "industry":"I6513","established":"2019-03-01","registeredCapital":100,"headcount":25,"revenue":600,"assets":700,
                 "status":"ACTIVE","qualifications":[],"tags":["%s"]}""".formatted(code, code.substring(10), tag));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return code;
    }

    long publish(WebUser office, String title, String mode, String tag) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", title);
        f.put("issuingDepartment", "乌鲁木齐市人力资源和社会保障局");
        f.put("documentNumber", "乌人社测〔2026〕9号");
        f.put("legalBasis", "003 §36 惠企政策直达快享");
        f.put("regionScope", "650100");
        f.put("benefitType", "SUBSIDY");
        f.put("mode", mode);
        f.put("amountKind", "FIXED");
        f.put("amountFixed", "5");
        f.put("validFrom", "2020-01-01");
        f.put("decisionDays", "10");
        f.put("g0.join", "all");
        f.put("g0.r0.attr", "tags");
        f.put("g0.r0.op", "has");
        f.put("g0.r0.value", tag);
        f.put("action", "publish");
        String location = office.postForm("/workbench/policies", f).uri().toString();
        Matcher m = Pattern.compile("/workbench/policies/(\\d+)").matcher(location);
        assertThat(m.find()).as(location).isTrue();
        return Long.parseLong(m.group(1));
    }

    long payouts(long policy, String code) {
        return jdbc.sql("SELECT count(*) FROM policy_payout WHERE policy_id = :p AND credit_code = :c AND reversed_on IS NULL")
                .param("p", policy).param("c", code).query(Long.class).single();
    }

    @Test
    @DisplayName("003 §37: a listed entity (subsidy misuse) cannot get the same kind of subsidy by applying, even when the rule never mentions dishonesty")
    void listedEntityIsRefusedASubsidyByApplication() {
        WebUser office = WebUser.demo(port, "office");
        String tag = "失信" + UUID.randomUUID().toString().substring(0, 8);
        String code = registerEntity(office, tag);
        long policy = publish(office, "测试即申即享稳岗补贴 " + tag, "INSTANT_ON_APPLY", tag);
        credit.record(new NewCreditRecord(code, CreditRecordKind.SUBSIDY_MISUSE, "650100-HUMAN_RESOURCES", "S-" + UUID.randomUUID(),
                "乌人社处〔2026〕7号", LocalDate.now().minusDays(1), Severity.ORDINARY, "享受用工补贴但未形成稳定用工"));
        assertThatThrownBy(() -> applications.apply(policy, code, "测试企业", "", List.of()))
                .isInstanceOf(DomainViolation.class).hasMessageContaining("003 §37");
        assertThat(payouts(policy, code)).isZero();
    }

    @Test
    @DisplayName("003 §36: an auto-grant payout is paid only after the 5-working-day objection period; an upheld objection withholds or reverses it with a record")
    void paidAfterTheObjectionPeriod() {
        WebUser office = WebUser.demo(port, "office");
        String tag = "公示期" + UUID.randomUUID().toString().substring(0, 8);
        String first = registerEntity(office, tag);
        String second = registerEntity(office, tag);
        // four-eyes: whoever published the rule may not approve its batch, so 人社局 publishes and the office approves
        long policy = publish(WebUser.demo(port, "rsj.handler"), "测试免申即享 " + tag, "AUTO_GRANT", tag);
        long batch = jdbc.sql("SELECT id FROM policy_grant_batch WHERE policy_id = :p").param("p", policy).query(Long.class).single();
        assertThat(office.postForm("/workbench/policies/" + policy + "/batches/" + batch + "/approval", Map.of()).body())
                .contains("已审批兑现");
        LocalDate until = jdbc.sql("SELECT objection_until FROM policy_grant_batch WHERE id = :b").param("b", batch)
                .query(LocalDate.class).single();
        assertThat(payouts(policy, first) + payouts(policy, second)).as("nothing is paid on approval day").isZero();

        // an objection names the first entity; the officer upholds it after hearing the appeal
        WebUser anyone = WebUser.anonymous(port);
        anyone.get("/public/policies/payouts/" + batch);
        anyone.refreshCsrf();
        anyone.postForm("/public/policies/payouts/" + batch + "/objections",
                Map.of("name", "李四", "phone", "13900000000", "subjectCode", first, "reason", "该企业已停止经营，不应享受 " + tag));
        long objection = jdbc.sql("SELECT id FROM policy_objection WHERE batch_id = :b").param("b", batch).query(Long.class).single();
        office.postForm("/workbench/policies/" + policy + "/objections/" + objection + "/decision",
                Map.of("upheld", "true", "reason", "经核实该企业已停止经营"));

        assertThat(duePayouts.payAsOf(until)).as("the period's last day").isZero();
        duePayouts.payAsOf(until.plusDays(1));
        assertThat(payouts(policy, second)).isEqualTo(1);
        assertThat(payouts(policy, first)).isZero();
        assertThat(jdbc.sql("SELECT withheld_reason FROM policy_grant_item WHERE batch_id = :b AND credit_code = :c")
                .param("b", batch).param("c", first).query(String.class).single()).contains("异议成立").contains("经核实该企业已停止经营");

        // an objection upheld after payment reverses the payout, with the reason kept
        anyone.postForm("/public/policies/payouts/" + batch + "/objections",
                Map.of("name", "李四", "phone", "13900000000", "subjectCode", second, "reason", "该企业虚报用工人数 " + tag));
        long later = jdbc.sql("SELECT max(id) FROM policy_objection WHERE batch_id = :b").param("b", batch).query(Long.class).single();
        office.postForm("/workbench/policies/" + policy + "/objections/" + later + "/decision",
                Map.of("upheld", "true", "reason", "核实虚报用工人数"));
        assertThat(payouts(policy, second)).isZero();
        assertThat(jdbc.sql("SELECT reversal_reason FROM policy_payout WHERE policy_id = :p AND credit_code = :c")
                .param("p", policy).param("c", second).query(String.class).single()).contains("核实虚报用工人数");
        assertThat(office.get("/workbench/policies/" + policy).body()).contains("核实虚报用工人数");
    }
}
