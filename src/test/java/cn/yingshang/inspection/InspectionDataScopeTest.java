package cn.yingshang.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Role;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DisplayName;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Department data scope over real HTTP: plans and tasks of other departments, and other enterprises' visits, stay out of sight. */
@PlatformTest
class InspectionDataScopeTest {

    @LocalServerPort
    int port;
    private final Accounts accounts;
    private final Departments departments;
    private final JsonMapper json;
    private final JdbcClient jdbc;

    @Autowired
    InspectionDataScopeTest(Accounts accounts, Departments departments, JsonMapper json, JdbcClient jdbc) {
        this.accounts = accounts;
        this.departments = departments;
        this.json = json;
        this.jdbc = jdbc;
    }

    private WebUser account(Role role, Department department, String creditCode) {
        String username = "scope" + Long.toString(System.nanoTime(), 36) + ThreadLocalRandom.current().nextInt(1000);
        accounts.createDemoAccount(new Accounts.NewAccount(username, "Demo@2025", "范围测试" + role.name(), role,
                department == null ? null : department.id(), creditCode, null));
        return WebUser.signedIn(port, username, "Demo@2025");
    }

    @Test
    @DisplayName("a department's handler or inspector sees only the plans and tasks its department takes part in; an enterprise only its own visits")
    void departmentsAndEnterprisesSeeOnlyTheirOwn() {
        WebUser office = WebUser.demo(port, "office");
        InspectionFixtures fx = new InspectionFixtures(office, accounts, departments, json);
        Department ecology = fx.department("650200", DepartmentFunction.ECOLOGY_ENVIRONMENT);
        Department emergency = fx.department("650200", DepartmentFunction.EMERGENCY_MANAGEMENT);
        String assigned = fx.inspector(ecology);
        fx.inspector(ecology);
        String entity = fx.entity("650204", "D44", "白碱滩热力范围测试公司");
        String neighbour = fx.entity("650204", "D44", "白碱滩供热范围测试公司");
        long item = fx.item(ecology, "热力企业排污检查（范围测试）", "650204", "D44", false, true);
        String title = "白碱滩区热力企业抽查" + ThreadLocalRandom.current().nextInt(100_000);
        long plan = fx.plan(title, List.of(item), 0);
        fx.commitAndDraw(plan);
        JsonNode task = fx.taskOf(plan, entity);
        long taskId = task.get("id").asLong();
        String taskPath = "/api/v1/inspections/tasks/" + taskId;
        String planTasksPath = "/api/v1/inspections/plans/" + plan + "/tasks";

        WebUser ownHandler = account(Role.HANDLER, ecology, null);
        assertThat(ownHandler.getJson(planTasksPath).status()).isEqualTo(200);
        assertThat(ownHandler.getJson(taskPath).status()).isEqualTo(200);
        assertThat(ownHandler.get("/workbench/inspections/plans").body()).contains(title);
        assertThat(ownHandler.get("/workbench/inspections/plans/" + plan).status()).isEqualTo(200);
        assertThat(ownHandler.get("/workbench/inspections/tasks/" + taskId).status()).isEqualTo(200);

        WebUser otherHandler = account(Role.HANDLER, emergency, null);
        assertThat(otherHandler.getJson(planTasksPath).status()).isEqualTo(403);
        assertThat(otherHandler.getJson(taskPath).status()).isEqualTo(403);
        WebUser.Response otherPlans = otherHandler.get("/workbench/inspections/plans");
        assertThat(otherPlans.status()).isEqualTo(200);
        assertThat(otherPlans.body()).doesNotContain(title);
        assertThat(otherHandler.get("/workbench/inspections/plans/" + plan).status()).isEqualTo(403);
        assertThat(otherHandler.get("/workbench/inspections/tasks/" + taskId).status()).isEqualTo(403);

        WebUser otherInspector = account(Role.INSPECTOR, emergency, null);
        assertThat(otherInspector.getJson(taskPath).status()).isEqualTo(403);
        assertThat(otherInspector.getJson(planTasksPath).status()).isEqualTo(403);
        WebUser assignedInspector = WebUser.demo(port, usernameOf(task.get("inspectors").get(0).get("accountId").asLong()));
        assertThat(assignedInspector.getJson(taskPath).status()).isEqualTo(200);
        assertThat(WebUser.demo(port, "supervisor").getJson(planTasksPath).status()).isEqualTo(200);

        // The entity's own account sees its visit and may confirm it; the neighbour's account sees neither and cannot confirm it.
        WebUser owner = account(Role.ENTERPRISE, null, entity);
        WebUser other = account(Role.ENTERPRISE, null, neighbour);
        assertThat(owner.get("/enterprise/inspections").body()).contains(task.get("code").asString());
        assertThat(other.get("/enterprise/inspections").body()).doesNotContain(task.get("code").asString());
        assertThat(other.getJson(taskPath).status()).isEqualTo(403);
        fx.parse(assignedInspector.postJson("/api/v1/inspections/checkins",
                "{\"code\":\"" + task.get("code").asString() + "\",\"action\":\"start\"}"));
        WebUser.Response refused = other.postForm("/enterprise/inspections/" + taskId + "/confirm", Map.of("note", "不是本企业"));
        assertThat(refused.body()).contains("只能确认本企业的检查");
        assertThat(jdbc.sql("SELECT confirmed_at IS NULL FROM inspection_task WHERE id = ?").param(taskId).query(Boolean.class).single())
                .isTrue();

        // the same by API: the neighbour is refused, the owner confirms once and sees its own tasks only
        String confirmPath = "/api/v1/inspections/tasks/" + taskId + "/confirmation";
        assertThat(other.postJson(confirmPath, "{\"note\":\"不是本企业\"}").status()).isEqualTo(422);
        assertThat(other.getJson("/api/v1/inspections/own-tasks").body()).doesNotContain(task.get("code").asString());
        assertThat(owner.getJson("/api/v1/inspections/own-tasks").body()).contains(task.get("code").asString());
        long came = task.get("inspectors").get(0).get("accountId").asLong();
        WebUser.Response confirmed = owner.postJson(confirmPath, "{\"presentInspectorIds\":[" + came + "],\"note\":\"检查人员到场\"}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.body()).contains("\"confirmedBy\"");
        assertThat(owner.postJson(confirmPath, "{\"note\":\"再次确认\"}").status()).isEqualTo(409);
        assertThat(ownHandler.postJson(confirmPath, "{}").status()).isEqualTo(403);
    }

    private String usernameOf(long accountId) {
        return jdbc.sql("SELECT username FROM inspection_inspector WHERE account_id = ?").param(accountId).query(String.class).single();
    }
}
