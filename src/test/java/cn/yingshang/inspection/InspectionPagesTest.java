package cn.yingshang.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PlatformTest
class InspectionPagesTest {

    @LocalServerPort
    int port;
    private final Accounts accounts;
    private final Departments departments;
    private final JsonMapper json;

    @Autowired
    InspectionPagesTest(Accounts accounts, Departments departments, JsonMapper json) {
        this.accounts = accounts;
        this.departments = departments;
        this.json = json;
    }

    @Test
    @DisplayName("every inspection page takes its text from i18n/inspection.properties: no key is missing, no page fails")
    void pageTextFromTheBundle() {
        WebUser office = WebUser.demo(port, "office");
        InspectionFixtures fx = new InspectionFixtures(office, accounts, departments, json);
        Department ecology = fx.department("650200", DepartmentFunction.ECOLOGY_ENVIRONMENT);
        fx.inspector(ecology);
        fx.inspector(ecology);
        String entity = fx.entity("650203", "D45", "克拉玛依燃气页面测试公司");
        long plan = fx.plan("克拉玛依区燃气企业抽查（页面）", java.util.List.of(fx.item(ecology, "燃气企业检查（页面）", "650203", "D45", false, true)), 0);
        fx.commitAndDraw(plan);
        JsonNode drawn = fx.taskOf(plan, entity);
        long task = drawn.get("id").asLong();
        String code = drawn.get("code").asString();
        WebUser anyone = WebUser.anonymous(port);
        Map<WebUser, java.util.List<String>> pages = new java.util.LinkedHashMap<>();
        pages.put(office, java.util.List.of("/workbench/inspections/items", "/workbench/inspections/inspectors", "/workbench/inspections/plans",
                "/workbench/inspections/plans/" + plan, "/workbench/inspections/tasks/" + task, "/workbench/inspections/settings",
                "/cockpit/inspections"));
        pages.put(WebUser.demo(port, "inspector1"), java.util.List.of("/workbench/inspections/tasks",
                "/workbench/inspections/checkin?code=" + code));
        pages.put(WebUser.demo(port, "enterprise1"), java.util.List.of("/enterprise/inspections"));
        pages.put(anyone, java.util.List.of("/public/inspections", "/public/inspections/draws/" + plan,
                "/public/inspections/draws/" + plan + "/verify", "/public/inspections/assignment?certificateNo=X&taskCode=" + code));
        pages.forEach((user, paths) -> paths.forEach(path -> {
            WebUser.Response page = user.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).doesNotContain("??");
        }));
        assertThat(office.get("/workbench/inspections/plans/" + plan).body()).contains("种子承诺 SHA-256", "对象库哈希", "检查任务");
    }

    @Test
    @DisplayName("000 §56: the demo catalogue is published with its basis, and every inspection page renders for its users")
    void pagesRender() {
        WebUser office = WebUser.demo(port, "office");
        WebUser.Response items = office.get("/workbench/inspections/items");
        assertThat(items.status()).isEqualTo(200);
        assertThat(items.body()).contains("劳动合同签订和工资支付情况检查").contains("产品质量法");
        assertThat(office.get("/workbench/inspections/inspectors").body()).contains("65010020250001").contains("65010020250002");
        assertThat(office.get("/workbench/inspections/plans").body()).contains("综合查一次").contains("联合抽查");
        assertThat(office.get("/workbench/inspections/settings").body()).contains("免检窗口");
        assertThat(office.get("/cockpit/inspections").body()).contains("联合检查减少的入企次数").contains("按时公示率");
        assertThat(WebUser.demo(port, "inspector1").get("/workbench/inspections/tasks").status()).isEqualTo(200);
        assertThat(WebUser.demo(port, "enterprise1").get("/enterprise/inspections").body()).contains("报告未登记的入企检查");
        assertThat(WebUser.anonymous(port).get("/public/inspections/assignment?certificateNo=65010020250001&taskCode=JCNONE").body())
                .contains("未找到该检查任务编码");
    }

    @Test
    @DisplayName("settings are data with an admin page: an impossible window is refused next to its field")
    void settingsValidated() {
        WebUser office = WebUser.demo(port, "office");
        WebUser.Response refused = office.postForm("/workbench/inspections/settings", Map.of("ratioA", "5", "ratioB", "20",
                "ratioC", "60", "ratioD", "100", "exclusionDays", "-1", "publicationWorkingDays", "20"));
        assertThat(refused.body()).contains("免检窗口须在0到1095天之间");
        WebUser.Response ratio = office.postForm("/workbench/inspections/settings", Map.of("ratioA", "120", "ratioB", "20",
                "ratioC", "60", "ratioD", "100", "exclusionDays", "180", "publicationWorkingDays", "20"));
        assertThat(ratio.body()).contains("抽查比例须在0%到100%之间");
        assertThat(WebUser.demo(port, "scj.handler").get("/workbench/inspections/settings").status()).isEqualTo(403);
    }
}
