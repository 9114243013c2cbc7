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

/** Enterprise compliance reform (002 #27), played through the pages by the procuratorate, the enterprise and the competent department. */
@PlatformTest
class ComplianceReformHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    String creditCode(String username) {
        return jdbc.sql("SELECT credit_code FROM platform_account WHERE username = :u").param("u", username).query(String.class).single();
    }

    long enter(WebUser procurator, String caseNumber, String enterprise) {
        WebUser.Response r = procurator.postForm("/workbench/legal/compliance", Map.of("caseNumber", caseNumber,
                "creditCode", creditCode(enterprise), "offence", "涉嫌虚开增值税专用发票", "mode", "MONITORING",
                "monitor", "乌鲁木齐市第三方监督评估机制管理委员会", "rectifyBy", TODAY.plusDays(90).toString()));
        return LegalAccessHttpTest.idFrom(r);
    }

    String status(long id) {
        return jdbc.sql("SELECT status FROM legal_compliance_case WHERE id = :id").param("id", id).query(String.class).single();
    }

    long step(long id, String title) {
        return jdbc.sql("SELECT id FROM legal_compliance_step WHERE compliance_case_id = :c AND title = :t")
                .param("c", id).param("t", title).query(Long.class).single();
    }

    @Test
    @DisplayName("002 #27: commitment, rectification steps, assessment, no prosecution, and the opinion answered by the competent department")
    void wholeReform() {
        WebUser procurator = WebUser.demo(port, "procurator");
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        long id = enter(procurator, "乌检刑诉〔2026〕" + UUID.randomUUID().toString().substring(0, 6) + "号", "enterprise1");
        assertThat(status(id)).isEqualTo("AWAITING_COMMITMENT");
        procurator.postForm("/workbench/legal/compliance/" + id + "/steps", Map.of("title", "建立发票管理制度", "dueOn", TODAY.plusDays(30).toString()));
        procurator.postForm("/workbench/legal/compliance/" + id + "/steps", Map.of("title", "财务人员合规培训", "dueOn", TODAY.plusDays(60).toString()));
        // a step due after the compliance period is refused
        assertThat(procurator.postForm("/workbench/legal/compliance/" + id + "/steps",
                Map.of("title", "超期事项", "dueOn", TODAY.plusDays(120).toString())).body()).contains("完成期限须在今天至合规考察期限");

        assertThat(enterprise.get("/enterprise/legal").body()).contains("待企业承诺");
        enterprise.postForm("/enterprise/legal/compliance/" + id + "/commit", Map.of("commitment", "建立发票管理制度，更换财务负责人，按期报告整改情况。"));
        assertThat(status(id)).isEqualTo("RECTIFYING");
        // the commitment cannot be signed twice
        assertThat(enterprise.postForm("/enterprise/legal/compliance/" + id + "/commit", Map.of("commitment", "再次承诺")).body())
                .doesNotContain("再次承诺");

        // passing the rectification needs every step reported
        assertThat(procurator.postForm("/workbench/legal/compliance/" + id + "/assess", Map.of("passed", "true", "assessmentNote", "合格")).body())
                .contains("还有整改事项未报告完成");
        assertThat(status(id)).isEqualTo("RECTIFYING");

        enterprise.postForm("/enterprise/legal/compliance/" + id + "/steps/" + step(id, "建立发票管理制度") + "/report", Map.of("report", "制度已印发"));
        enterprise.postForm("/enterprise/legal/compliance/" + id + "/steps/" + step(id, "财务人员合规培训") + "/report", Map.of("report", "已培训12人"));
        procurator.postForm("/workbench/legal/compliance/" + id + "/assess", Map.of("passed", "true", "assessmentNote", "第三方组织评估合格"));
        assertThat(status(id)).isEqualTo("ASSESSED");

        // a passed rectification is not prosecuted
        assertThat(procurator.postForm("/workbench/legal/compliance/" + id + "/close", Map.of("outcome", "PROSECUTED")).body())
                .contains("处理结果与评估结论不符");
        procurator.postForm("/workbench/legal/compliance/" + id + "/close", Map.of("outcome", "NO_PROSECUTION"));
        assertThat(status(id)).isEqualTo("CLOSED");

        long market = jdbc.sql("SELECT department_id FROM platform_account WHERE username = 'scj.handler'").query(Long.class).single();
        procurator.postForm("/workbench/legal/compliance/" + id + "/opinion", Map.of("departmentId", String.valueOf(market),
                "opinion", "建议依法给予行政处罚并督促完善发票管理。"));
        WebUser handler = WebUser.demo(port, "scj.handler");
        assertThat(handler.get("/workbench/legal/compliance-opinions").body()).contains("/workbench/legal/compliance-opinions/" + id);
        assertThat(handler.get("/workbench/legal/compliance-opinions/" + id).body()).contains("制度已印发", "建议依法给予行政处罚");
        handler.postForm("/workbench/legal/compliance-opinions/" + id + "/respond", Map.of("response", "已立案并作出警告处罚。"));
        assertThat(jdbc.sql("SELECT response FROM legal_compliance_case WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("已立案并作出警告处罚。");
        assertThat(enterprise.get("/enterprise/legal/compliance/" + id).body()).contains("不起诉", "已立案并作出警告处罚。");
        assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE target_type LIKE 'legal_compliance%' AND target_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isGreaterThanOrEqualTo(5);
    }

    @Test
    @DisplayName("002 #27: another enterprise, a court, a department the opinion did not go to, and a foreign procuratorate cannot read or act")
    void onlyThePartiesRead() {
        WebUser procurator = WebUser.demo(port, "procurator");
        long id = enter(procurator, "乌检刑诉〔2026〕" + UUID.randomUUID().toString().substring(0, 6) + "号", "enterprise1");
        assertThat(WebUser.demo(port, "enterprise2").get("/enterprise/legal/compliance/" + id).status()).isEqualTo(404);
        assertThat(WebUser.demo(port, "enterprise2").postForm("/enterprise/legal/compliance/" + id + "/commit",
                Map.of("commitment", "冒名承诺")).status()).isIn(403, 404);
        assertThat(WebUser.demo(port, "court.clerk").get("/workbench/legal/compliance/" + id).status()).isIn(403, 404);
        assertThat(WebUser.demo(port, "police.officer").postForm("/workbench/legal/compliance/" + id + "/close",
                Map.of("outcome", "NO_ARREST")).status()).isIn(403, 404);
        assertThat(WebUser.demo(port, "scj.handler").get("/workbench/legal/compliance-opinions/" + id).status()).isEqualTo(404);
        assertThat(status(id)).isEqualTo("AWAITING_COMMITMENT");
        assertThat(WebUser.demo(port, "enterprise1").get("/enterprise/legal/compliance/" + id).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("Bad input: third-party monitoring without a monitor and a repeated case number are refused with Chinese messages, nothing stored twice")
    void badInput() {
        WebUser procurator = WebUser.demo(port, "procurator");
        String caseNumber = "乌检刑诉〔2026〕" + UUID.randomUUID().toString().substring(0, 6) + "号";
        WebUser.Response noMonitor = procurator.postForm("/workbench/legal/compliance", Map.of("caseNumber", caseNumber,
                "creditCode", creditCode("enterprise1"), "offence", "涉嫌串通投标", "mode", "BOTH", "monitor", "",
                "rectifyBy", TODAY.plusDays(60).toString()));
        assertThat(noMonitor.body()).contains("第三方监管须写明第三方监督评估组织");
        enter(procurator, caseNumber, "enterprise1");
        WebUser.Response again = procurator.postForm("/workbench/legal/compliance", Map.of("caseNumber", caseNumber,
                "creditCode", creditCode("enterprise1"), "offence", "涉嫌串通投标", "mode", "RECOMMENDATION",
                "rectifyBy", TODAY.plusDays(60).toString()));
        assertThat(again.body()).contains("本院已登记该案号的合规案件");
        assertThat(jdbc.sql("SELECT count(*) FROM legal_compliance_case WHERE case_number = :n").param("n", caseNumber)
                .query(Long.class).single()).isEqualTo(1);
    }
}
