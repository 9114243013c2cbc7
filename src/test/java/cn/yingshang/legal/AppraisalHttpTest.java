package cn.yingshang.legal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Appraisal online (002 #14): applied for in the case, commissioned and issued by the court, checked by anyone by code. */
@PlatformTest
class AppraisalHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    long fileCase() {
        long court = jdbc.sql("SELECT id FROM platform_department WHERE code = '650100-COURT'").query(Long.class).single();
        return LegalAccessHttpTest.idFrom(WebUser.demo(port, "enterprise1").postForm("/enterprise/legal", Map.of("courtId",
                String.valueOf(court), "caseType", "CONTRACT", "procedure", "SIMPLE", "opponent", "某事业单位", "claim", "请求支付工程款",
                "amount", "1286400", "materials", "起诉状\n营业执照")));
    }

    long acceptedCase() {
        long id = fileCase();
        assertThat(WebUser.demo(port, "court.clerk").postForm("/workbench/legal/cases/" + id + "/accept", Map.of()).status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT status FROM legal_court_case WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("ACCEPTED");
        return id;
    }

    Map<String, Object> appraisal(long caseId) {
        return jdbc.sql("SELECT id, code, status FROM legal_appraisal WHERE court_case_id = :c").param("c", caseId).query().singleRow();
    }

    @Test
    @DisplayName("002 #14: the party applies, the court commissions and issues, and the code's public check shows progress, then a genuine report")
    void applyCommissionIssueAndCheck() {
        long caseId = acceptedCase();
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        enterprise.postForm("/enterprise/legal/" + caseId + "/appraisals", Map.of("subject", "工程造价鉴定", "reason", "双方对结算价款有争议"));
        Map<String, Object> a = appraisal(caseId);
        String code = (String) a.get("code");
        assertThat(code).matches("JD\\d{4}-[0-9A-Z]{12}");
        assertThat(enterprise.get("/enterprise/legal/" + caseId).body()).contains(code, "<svg");
        // applying again for the same subject adds nothing
        assertThat(enterprise.postForm("/enterprise/legal/" + caseId + "/appraisals", Map.of("subject", "工程造价鉴定", "reason", "再次")).body())
                .contains("本案已申请过该鉴定事项");

        WebUser anyone = WebUser.anonymous(port);
        assertThat(anyone.get("/public/appraisals?code=" + code).body()).contains("鉴定尚在进行中").doesNotContain("某事业单位");

        WebUser clerk = WebUser.demo(port, "court.clerk");
        long id = ((Number) a.get("id")).longValue();
        clerk.postForm("/workbench/legal/cases/" + caseId + "/appraisals/" + id + "/commission", Map.of("institution", "新疆某司法鉴定中心",
                "institutionLicence", "650112001", "materials", "施工合同\n结算书"));
        clerk.postForm("/workbench/legal/cases/" + caseId + "/appraisals/" + id + "/issue", Map.of("reportNumber", "新某鉴〔2026〕造字第18号",
                "conclusion", "工程造价为人民币1,286,400元"));
        assertThat(appraisal(caseId).get("status")).isEqualTo("ISSUED");

        String page = anyone.get("/public/appraisals?code=" + code.toLowerCase()).body();
        assertThat(page).contains("真实有效", "新某鉴〔2026〕造字第18号", "新疆某司法鉴定中心").doesNotContain("1,286,400");
        assertThat(anyone.getJson("/api/v1/public/appraisals/" + code).body()).contains("\"genuine\":true", "\"status\":\"ISSUED\"");
        assertThat(anyone.getJson("/api/v1/public/appraisals/JD2026-0000000000ZZ").body()).contains("\"genuine\":false");
        assertThat(anyone.get("/public/appraisals?code=JD2026-0000000000ZZ").body()).contains("未查到该编码");
    }

    @Test
    @DisplayName("002 #14: only the party applies, only its court commissions, and only once the case is accepted")
    void onlyThePartiesAct() {
        long filed = fileCase();
        assertThat(WebUser.demo(port, "enterprise1").postForm("/enterprise/legal/" + filed + "/appraisals",
                Map.of("subject", "笔迹鉴定", "reason", "签名真伪")).body()).contains("案件立案受理后才能申请鉴定");

        long caseId = acceptedCase();
        assertThat(WebUser.demo(port, "enterprise2").postForm("/enterprise/legal/" + caseId + "/appraisals",
                Map.of("subject", "笔迹鉴定", "reason", "冒名")).status()).isEqualTo(404);
        WebUser.demo(port, "enterprise1").postForm("/enterprise/legal/" + caseId + "/appraisals", Map.of("subject", "笔迹鉴定", "reason", "签名真伪"));
        long id = ((Number) appraisal(caseId).get("id")).longValue();
        assertThat(WebUser.demo(port, "procurator").postForm("/workbench/legal/cases/" + caseId + "/appraisals/" + id + "/commission",
                Map.of("institution", "某机构", "institutionLicence", "1", "materials", "材料")).status()).isIn(403, 404);
        assertThat(appraisal(caseId).get("status")).isEqualTo("REQUESTED");
    }
}
