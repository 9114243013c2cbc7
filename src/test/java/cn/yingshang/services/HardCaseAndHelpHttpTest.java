package cn.yingshang.services;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.appeal.AppealIntake;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PlatformTest
class HardCaseAndHelpHttpTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    AppealIntake intake;

    long registrationGuide() {
        JsonNode items = JSON.readTree(WebUser.anonymous(port).getJson("/api/v1/public/service-items?q="
                + URLEncoder.encode("SVC-SC-003", StandardCharsets.UTF_8)).body());
        return items.get(0).get("id").asLong();
    }

    long applyForRegistration(WebUser enterprise) {
        WebUser.Response r = enterprise.postJson("/api/v1/service-cases",
                "{\"guideId\":" + registrationGuide() + ",\"requestKey\":\"" + UUID.randomUUID() + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).get("id").asLong();
    }

    @Test
    @DisplayName("000 §20: a case that cannot be done is raised at the 办不成事 window and becomes an appeal with the case attached; its tracking code shows on the case, once per case")
    void hardCaseBecomesAppealWithCaseAttached() {
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        long caseId = applyForRegistration(enterprise);

        WebUser.Response raised = enterprise.postJson("/api/v1/service-cases/" + caseId + "/hard-case",
                "{\"problem\":\"住所证明被三次退回，窗口说法不一\",\"contactName\":\"张明\",\"contactPhone\":\"13800138000\"}");
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        JsonNode receipt = JSON.readTree(raised.body());
        String tracking = receipt.get("trackingNumber").asText();
        assertThat(receipt.get("publicCode").asText()).isNotBlank();
        assertThat(receipt.get("accessCode").asText()).isNotBlank();

        AppealIntake.Progress progress = intake.progress(tracking).orElseThrow();
        JsonNode appeal = JSON.readTree(WebUser.demo(port, "office").getJson("/api/v1/appeals/" + progress.id()).body());
        assertThat(appeal.get("category").asText()).isEqualTo("GOV_SERVICES");
        assertThat(appeal.get("title").asText()).isEqualTo("办不成事：企业设立登记");
        assertThat(appeal.get("content").asText()).contains("住所证明被三次退回").contains("编号 " + caseId)
                .contains("SVC-SC-003").contains("乌鲁木齐市市场监督管理局").contains("/workbench/services/hard-cases/" + caseId);
        assertThat(appeal.get("timeline").toString()).contains("办不成事窗口");

        // The case shows the appeal's code to its applicant, not to another enterprise.
        JsonNode shown = JSON.readTree(enterprise.getJson("/api/v1/service-cases/" + caseId + "/hard-case").body());
        assertThat(shown.get("trackingNumber").asText()).isEqualTo(tracking);
        assertThat(shown.get("publicCode").asText()).isEqualTo(receipt.get("publicCode").asText());
        assertThat(WebUser.demo(port, "enterprise2").getJson("/api/v1/service-cases/" + caseId + "/hard-case").status()).isEqualTo(404);
        assertThat(WebUser.demo(port, "enterprise2").postJson("/api/v1/service-cases/" + caseId + "/hard-case",
                "{\"problem\":\"冒充\",\"contactName\":\"李四\",\"contactPhone\":\"13800138001\"}").status()).isEqualTo(404);

        // Raised again: the same appeal, no second one.
        JsonNode again = JSON.readTree(enterprise.postJson("/api/v1/service-cases/" + caseId + "/hard-case",
                "{\"problem\":\"再次反映\",\"contactName\":\"张明\",\"contactPhone\":\"13800138000\"}").body());
        assertThat(again.get("trackingNumber").asText()).isEqualTo(tracking);

        // The attached case opens for the office from the appeal's link; not for an unrelated department.
        assertThat(WebUser.demo(port, "office").get("/workbench/services/hard-cases/" + caseId).body())
                .contains("住所证明被三次退回").contains("企业设立登记");
        assertThat(WebUser.demo(port, "rsj.handler").get("/workbench/services/hard-cases/" + caseId).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("000 §20: a help request is assigned a helper by the department, noted and resolved; only the enterprise and that department see it")
    void helpRequestTrackedToTheEnd() {
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        long caseId = applyForRegistration(enterprise);
        WebUser.Response asked = enterprise.postJson("/api/v1/service-help-requests", "{\"guideId\":" + registrationGuide()
                + ",\"caseId\":" + caseId + ",\"description\":\"章程怎么写\",\"contactName\":\"张明\",\"contactPhone\":\"13800138000\",\"requestKey\":\""
                + UUID.randomUUID() + "\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        long id = JSON.readTree(asked.body()).get("id").asLong();
        assertThat(JSON.readTree(asked.body()).get("status").asText()).isEqualTo("REQUESTED");

        assertThat(WebUser.demo(port, "enterprise2").getJson("/api/v1/service-help-requests/" + id).status()).isEqualTo(404);
        assertThat(WebUser.demo(port, "rsj.handler").getJson("/api/v1/service-help-requests/" + id).status()).isEqualTo(404);
        assertThat(WebUser.demo(port, "rsj.handler").postJson("/api/v1/service-help-requests/" + id + "/assignment",
                "{\"helper\":\"某人\"}").status()).isEqualTo(404);
        assertThat(WebUser.demo(port, "enterprise2").get("/enterprise/services/help/" + id).status()).isEqualTo(404);

        WebUser handler = WebUser.demo(port, "scj.handler");
        // Resolving before a helper is assigned is refused by the status guard.
        assertThat(handler.postJson("/api/v1/service-help-requests/" + id + "/resolution", "{\"note\":\"办完\"}").status()).isEqualTo(422);
        assertThat(handler.postJson("/api/v1/service-help-requests/" + id + "/assignment", "{\"helper\":\"帮办员李娜\"}").status()).isEqualTo(200);
        assertThat(handler.postJson("/api/v1/service-help-requests/" + id + "/assignment", "{\"helper\":\"另一人\"}").status()).isEqualTo(422);
        assertThat(handler.postJson("/api/v1/service-help-requests/" + id + "/notes", "{\"note\":\"已电话指导章程填写\"}").status()).isEqualTo(200);
        WebUser.Response resolved = handler.postJson("/api/v1/service-help-requests/" + id + "/resolution", "{\"note\":\"已协助提交\"}");
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);

        JsonNode seen = JSON.readTree(enterprise.getJson("/api/v1/service-help-requests/" + id).body());
        assertThat(seen.get("status").asText()).isEqualTo("RESOLVED");
        assertThat(seen.get("helper").asText()).isEqualTo("帮办员李娜");
        assertThat(seen.get("notes").toString()).contains("指派帮办人员：帮办员李娜").contains("已电话指导章程填写").contains("已协助提交");
        assertThat(enterprise.get("/enterprise/services/help").body()).contains("已办结");
        assertThat(handler.get("/workbench/services/help/" + id).body()).contains("已协助提交");
        assertThat(handler.get("/workbench/services/help").body()).contains("企业设立登记");
        // The enterprise raises the helped case at the 办不成事 window from the request's page; its code shows there.
        WebUser.Response raised = enterprise.postForm("/enterprise/services/help/" + id + "/hard-case", java.util.Map.of("problem", "仍无法办理"));
        assertThat(raised.status()).as(raised.body()).isEqualTo(200);
        assertThat(raised.body()).contains("已转办不成事窗口").contains("查询码");
        assertThat(enterprise.get("/enterprise/services/help/" + id).body()).contains("hard-case").doesNotContain("raise-hard-case");
    }
}
