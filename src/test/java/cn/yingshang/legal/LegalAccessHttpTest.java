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

@PlatformTest
class LegalAccessHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    long fileCase(WebUser enterprise) {
        long court = jdbc.sql("SELECT id FROM platform_department WHERE code = '650100-COURT'").query(Long.class).single();
        WebUser.Response r = enterprise.postForm("/enterprise/legal", Map.of("courtId", String.valueOf(court), "caseType", "ARREARS",
                "procedure", "SIMPLE", "opponent", "某事业单位", "claim", "请求支付货款", "amount", "50000",
                "arrearsReference", "QK-1", "materials", "起诉状\n营业执照"));
        return idFrom(r);
    }

    /** The client follows the redirect to the new object's page. */
    static long idFrom(WebUser.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        String path = r.uri().getPath();
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    @Test
    @DisplayName("002 #12: the court names every missing material once; a later request for something not in that notice is refused")
    void oneTimeNotice() {
        long id = fileCase(WebUser.demo(port, "enterprise1"));
        WebUser clerk = WebUser.demo(port, "court.clerk");
        assertThat(clerk.postForm("/workbench/legal/cases/" + id + "/supplement", Map.of("materials", "欠款确认书")).status()).isEqualTo(200);
        assertThat(status(id)).isEqualTo("SUPPLEMENT_REQUESTED");
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        assertThat(enterprise.postForm("/enterprise/legal/" + id + "/supply", Map.of("note", "已补")).status()).isEqualTo(200);
        assertThat(status(id)).isEqualTo("FILED");

        WebUser.Response again = clerk.postForm("/workbench/legal/cases/" + id + "/supplement", Map.of("materials", "欠款确认书\n对账单"));
        assertThat(again.body()).contains("对账单 不在");
        assertThat(status(id)).isEqualTo("FILED");

        // the same material again (supplied wrongly) may be asked for
        assertThat(clerk.postForm("/workbench/legal/cases/" + id + "/supplement", Map.of("materials", "欠款确认书")).status()).isEqualTo(200);
        assertThat(status(id)).isEqualTo("SUPPLEMENT_REQUESTED");
    }

    @Test
    @DisplayName("Object access: another enterprise, a non-legal department and another court cannot read or act on a filed case")
    void filedCaseAccess() {
        long id = fileCase(WebUser.demo(port, "enterprise1"));
        assertThat(WebUser.demo(port, "enterprise2").get("/enterprise/legal/" + id).status()).isEqualTo(404);
        assertThat(WebUser.demo(port, "scj.handler").get("/workbench/legal/cases/" + id).status()).isEqualTo(403);
        assertThat(WebUser.demo(port, "procurator").get("/workbench/legal/cases/" + id).status()).isEqualTo(403);
        assertThat(WebUser.demo(port, "procurator").postForm("/workbench/legal/cases/" + id + "/accept", Map.of()).status()).isEqualTo(403);
        assertThat(status(id)).isEqualTo("FILED");
        assertThat(WebUser.demo(port, "court.clerk").get("/workbench/legal/cases/" + id).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("002 #28: a court cannot read a procuratorate's stalled-case entry it is not party to; the parties and the office can")
    void stalledCaseParties() {
        WebUser procurator = WebUser.demo(port, "procurator");
        String creditCode = jdbc.sql("SELECT credit_code FROM platform_account WHERE username = 'enterprise1'").query(String.class).single();
        WebUser.Response r = procurator.postForm("/workbench/legal/stalled", Map.of("caseNumber", "乌检刑立〔2023〕7号",
                "creditCode", creditCode, "offence", "涉嫌虚开增值税专用发票", "registeredOn", "2023-05-10"));
        long id = idFrom(r);

        assertThat(WebUser.demo(port, "court.clerk").get("/workbench/legal/stalled/" + id).status()).isIn(403, 404);
        assertThat(WebUser.demo(port, "court.clerk").get("/workbench/legal/stalled").status()).isEqualTo(403);
        assertThat(WebUser.demo(port, "police.officer").get("/workbench/legal/stalled").body()).doesNotContain("乌检刑立〔2023〕7号");
        assertThat(WebUser.demo(port, "police.officer").get("/workbench/legal/stalled/" + id).status()).isEqualTo(404);
        assertThat(procurator.get("/workbench/legal/stalled/" + id).status()).isEqualTo(200);
        assertThat(procurator.get("/workbench/legal/stalled").body()).contains("乌检刑立〔2023〕7号");

        WebUser office = WebUser.demo(port, "office");
        assertThat(office.get("/cockpit/legal").status()).isEqualTo(200);
        assertThat(office.get("/cockpit/legal").body()).contains("网上立案按期审核").contains("无关财产按期解除");
        assertThat(WebUser.demo(port, "supervisor").get("/cockpit/legal").status()).isEqualTo(200);
        assertThat(WebUser.demo(port, "court.clerk").get("/cockpit/legal").status()).isEqualTo(403);
        assertThat(WebUser.demo(port, "enterprise1").get("/cockpit/legal").status()).isEqualTo(403);
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM legal_court_case WHERE id = :id").param("id", id).query(String.class).single();
    }
}
