package cn.yingshang.inspection;

import static cn.yingshang.inspection.InspectionAuthorisationMatrixTest.Action.DRAW;
import static cn.yingshang.inspection.InspectionAuthorisationMatrixTest.Action.PUBLISH_ITEM;
import static cn.yingshang.inspection.InspectionAuthorisationMatrixTest.Action.READ_PLAN;
import static cn.yingshang.inspection.InspectionAuthorisationMatrixTest.Action.READ_TASK;
import static cn.yingshang.inspection.InspectionAuthorisationMatrixTest.Action.RECORD;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Role;
import cn.yingshang.support.Authorisation;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Object-level authorisation of inspections (issue 13): an item belongs to its department, a plan to
 * its lead department, a task to its plan and the inspectors assigned to it. Everything here is an
 * object of 吐鲁番市生态环境局; the other department is 吐鲁番市应急管理局.
 */
@PlatformTest
class InspectionAuthorisationMatrixTest {

    enum Action { READ_PLAN, READ_TASK, PUBLISH_ITEM, DRAW, RECORD }

    static final boolean ALLOWED = true;
    static final boolean REFUSED = false;

    static Stream<Arguments> matrix() {
        return Stream.of(
                // who                    action         expected
                row("ecology.handler",    READ_PLAN,     ALLOWED),
                row("ecology.handler",    READ_TASK,     ALLOWED),
                row("ecology.handler",    PUBLISH_ITEM,  ALLOWED),
                row("ecology.handler",    DRAW,          ALLOWED),
                row("ecology.handler",    RECORD,        ALLOWED),   // staff of an assigned inspector's department
                row("ecology.inspector",  READ_PLAN,     ALLOWED),
                row("ecology.inspector",  READ_TASK,     ALLOWED),
                row("ecology.inspector",  RECORD,        ALLOWED),   // assigned to the task
                row("ecology.inspector",  PUBLISH_ITEM,  REFUSED),
                row("ecology.inspector",  DRAW,          REFUSED),
                row("emergency.handler",  READ_PLAN,     REFUSED),   // another department
                row("emergency.handler",  READ_TASK,     REFUSED),
                row("emergency.handler",  PUBLISH_ITEM,  REFUSED),
                row("emergency.handler",  DRAW,          REFUSED),
                row("emergency.handler",  RECORD,        REFUSED),
                row("emergency.inspector", READ_TASK,    REFUSED),
                row("emergency.inspector", RECORD,       REFUSED),
                row("office",             READ_PLAN,     ALLOWED),   // region-wide
                row("office",             READ_TASK,     ALLOWED),
                row("office",             PUBLISH_ITEM,  ALLOWED),
                row("office",             DRAW,          ALLOWED),
                row("office",             RECORD,        REFUSED),   // results come from those who inspected
                row("supervisor",         READ_PLAN,     ALLOWED),
                row("supervisor",         READ_TASK,     ALLOWED),
                row("supervisor",         PUBLISH_ITEM,  REFUSED),
                row("supervisor",         DRAW,          REFUSED),
                row("supervisor",         RECORD,        REFUSED),
                row("enterprise1",        READ_PLAN,     REFUSED),
                row("enterprise1",        READ_TASK,     REFUSED),
                row("enterprise1",        RECORD,        REFUSED));
    }

    private static Arguments row(String who, Action action, boolean allowed) {
        return Arguments.of(who, action, allowed);
    }

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Departments departments;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;

    private static final Map<String, String> USERS = new HashMap<>();
    private static Department ecology;
    private static long plan;
    private static long task;

    @ParameterizedTest(name = "{0} · {1} → {2}")
    @MethodSource("matrix")
    @DisplayName("inspection: who may read, publish, draw and record whose items, plans and tasks")
    void rule(String who, Action action, boolean allowed) {
        setUp();
        WebUser user = WebUser.demo(port, USERS.getOrDefault(who, who));
        String before = state();
        switch (action) {
            case READ_PLAN -> check(allowed, user.get("/workbench/inspections/plans/" + plan));
            case READ_TASK -> check(allowed, user.getJson("/api/v1/inspections/tasks/" + task));
            case PUBLISH_ITEM -> {
                long item = fixtures().item(ecology, "矩阵事项" + ThreadLocalRandom.current().nextInt(100_000), "650402", "D44", false, false);
                check(allowed, user.postJson("/api/v1/inspections/items/" + item + "/publish", "{}"));
                assertThat(jdbc.sql("SELECT published_on IS NOT NULL FROM inspection_item WHERE id = ?").param(item)
                        .query(Boolean.class).single()).isEqualTo(allowed);
            }
            case DRAW -> {
                // the plan is drawn already: an allowed caller meets the use case's own refusal, nothing changes;
                // drawing a drawn plan is a conflict (409) since issue 19, like a lost race between two draws
                WebUser.Response r = user.postJson("/api/v1/inspections/plans/" + plan + "/draw", "{}");
                if (allowed) {
                    assertThat(r.status()).as(r.body()).isEqualTo(409);
                    assertThat(r.body()).contains("该计划已抽取");
                } else {
                    Authorisation.assertRefused(r);
                }
            }
            case RECORD -> {
                // nobody has checked in: an allowed caller meets "未扫码入企登记" (422), nothing is recorded
                WebUser.Response r = user.postJson("/api/v1/inspections/tasks/" + task + "/results", "{\"entries\":[]}");
                if (allowed) {
                    assertThat(r.status()).as(r.body()).isEqualTo(422);
                    assertThat(r.body()).contains("未扫码入企登记");
                } else {
                    Authorisation.assertRefused(r);
                }
            }
        }
        assertThat(state()).isEqualTo(before);
    }

    private static void check(boolean allowed, WebUser.Response r) {
        if (allowed) {
            Authorisation.assertAllowed(r);
        } else {
            Authorisation.assertRefused(r);
        }
    }

    private InspectionFixtures fixtures() {
        return new InspectionFixtures(WebUser.demo(port, "office"), accounts, departments, json);
    }

    /** The plan, its draw and results: what a refused (or stopped) action must leave as it was. */
    private String state() {
        return jdbc.sql("SELECT count(*) FROM inspection_task WHERE plan_id = ?").param(plan).query(Long.class).single() + " "
                + jdbc.sql("SELECT visit_started_at IS NULL AND published_on IS NULL FROM inspection_task WHERE id = ?")
                .param(task).query(Boolean.class).single();
    }

    private synchronized void setUp() {
        if (ecology != null) {
            return;
        }
        InspectionFixtures fx = fixtures();
        Department eco = fx.department("650400", DepartmentFunction.ECOLOGY_ENVIRONMENT);
        Department emergency = fx.department("650400", DepartmentFunction.EMERGENCY_MANAGEMENT);
        String first = fx.inspector(eco);
        String second = fx.inspector(eco);
        USERS.put("emergency.inspector", fx.inspector(emergency));
        USERS.put("ecology.handler", account(Role.HANDLER, eco));
        USERS.put("emergency.handler", account(Role.HANDLER, emergency));
        String entity = fx.entity("650402", "D44", "高昌区授权矩阵热力公司");
        long item = fx.item(eco, "热力企业排污检查（授权矩阵）", "650402", "D44", false, true);
        long planId = fx.plan("吐鲁番授权矩阵抽查" + ThreadLocalRandom.current().nextInt(100_000), List.of(item), 0);
        fx.commitAndDraw(planId);
        JsonNode drawn = fx.taskOf(planId, entity);
        assertThat(drawn).as("the only entity in scope is drawn at ratio 100%").isNotNull();
        long assigned = drawn.get("inspectors").get(0).get("accountId").asLong();
        USERS.put("ecology.inspector", accounts.byUsername(first).orElseThrow().id() == assigned ? first : second);
        plan = planId;
        task = drawn.get("id").asLong();
        ecology = eco;
    }

    private String account(Role role, Department department) {
        String username = "authz" + Long.toString(System.nanoTime(), 36) + ThreadLocalRandom.current().nextInt(1000);
        accounts.createDemoAccount(new Accounts.NewAccount(username, "Demo@2025", "授权矩阵" + role.label(), role, department.id(), null, null));
        return username;
    }
}
