package cn.yingshang.cockpit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.support.Authorisation;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Object-level authorisation of the cockpit's department-owned work (issue 13): a rectification item
 * belongs to the department it was raised against, a task of the 53-measure ledger to its lead unit;
 * the department answers and reports, the office and supervisors follow them in the cockpit.
 * Both objects here belong to 乌鲁木齐市市场监管局.
 */
@PlatformTest
class CockpitAuthorisationMatrixTest {

    enum Action { READ_RECTIFICATION, RESPOND, COCKPIT_RECTIFICATION, READ_TASK, REPORT, COCKPIT_TASK }

    static final boolean ALLOWED = true;
    static final boolean REFUSED = false;

    static Stream<Arguments> matrix() {
        return Stream.of(
                // who            action                         expected
                row("scj.handler", Action.READ_RECTIFICATION,     ALLOWED),   // the department it concerns
                row("scj.handler", Action.RESPOND,                ALLOWED),
                row("scj.handler", Action.READ_TASK,              ALLOWED),   // the lead unit
                row("scj.handler", Action.REPORT,                 ALLOWED),
                row("scj.handler", Action.COCKPIT_RECTIFICATION,  REFUSED),   // the cockpit is the office's
                row("scj.handler", Action.COCKPIT_TASK,           REFUSED),
                row("scj.leader",  Action.READ_RECTIFICATION,     ALLOWED),
                row("scj.leader",  Action.REPORT,                 ALLOWED),
                row("rsj.handler", Action.READ_RECTIFICATION,     REFUSED),   // another department
                row("rsj.handler", Action.RESPOND,                REFUSED),
                row("rsj.handler", Action.READ_TASK,              REFUSED),
                row("rsj.handler", Action.REPORT,                 REFUSED),
                row("tax.handler", Action.RESPOND,                REFUSED),
                row("tax.handler", Action.REPORT,                 REFUSED),
                row("office",      Action.COCKPIT_RECTIFICATION,  ALLOWED),   // region-wide, in the cockpit
                row("office",      Action.COCKPIT_TASK,           ALLOWED),
                row("office",      Action.RESPOND,                REFUSED),   // the department answers, not the office
                row("supervisor",  Action.COCKPIT_RECTIFICATION,  ALLOWED),
                row("supervisor",  Action.COCKPIT_TASK,           ALLOWED),
                row("supervisor",  Action.RESPOND,                REFUSED),
                row("supervisor",  Action.REPORT,                 REFUSED),
                row("enterprise1", Action.READ_TASK,              REFUSED),
                row("enterprise1", Action.COCKPIT_TASK,           REFUSED),
                row("enterprise1", Action.RESPOND,                REFUSED));
    }

    private static Arguments row(String who, Action action, boolean allowed) {
        return Arguments.of(who, action, allowed);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Departments departments;

    private static Long rectification;
    private static Long task;

    @ParameterizedTest(name = "{0} · {1} → {2}")
    @MethodSource("matrix")
    @DisplayName("cockpit: who may read and answer whose rectification item and ledger task")
    void rule(String who, Action action, boolean allowed) {
        setUp();
        WebUser user = WebUser.demo(port, who);
        String before = state();
        WebUser.Response r = switch (action) {
            case READ_RECTIFICATION -> user.get("/workbench/rectifications/" + rectification);
            // a blank answer and a missing percentage: allowed users meet the use case's own rule, nothing is stored
            case RESPOND -> user.postForm("/workbench/rectifications/" + rectification + "/response", Map.of("response", ""));
            case COCKPIT_RECTIFICATION -> user.get("/cockpit/rectifications/" + rectification);
            case READ_TASK -> user.get("/workbench/tasks/" + task);
            case REPORT -> user.postForm("/workbench/tasks/" + task + "/progress", Map.of("percent", "", "note", "矩阵越权报送"));
            case COCKPIT_TASK -> user.get("/cockpit/tasks/" + task);
        };
        if (allowed) {
            Authorisation.assertAllowed(r);
        } else {
            Authorisation.assertRefused(r);
        }
        assertThat(state()).isEqualTo(before);
    }

    private String state() {
        return jdbc.sql("SELECT status || coalesce(response, '') FROM cockpit_rectification WHERE id = :id").param("id", rectification)
                .query(String.class).single() + " "
                + jdbc.sql("SELECT count(*) FROM cockpit_task_progress WHERE task_id = :id").param("id", task).query(Long.class).single();
    }

    private synchronized void setUp() {
        if (task != null) {
            return;
        }
        long market = departments.responsibleFor(RegionCode.of("650100"), DepartmentFunction.MARKET_REGULATION).orElseThrow().id().value();
        String subject = "授权矩阵窗口问题 " + UUID.randomUUID().toString().substring(0, 6);
        WebUser.Response filed = WebUser.demo(port, "supervisor").postForm("/cockpit/supervision/observations", Map.of("kind", "CONDUCT",
                "departmentId", String.valueOf(market), "subject", subject, "detail", "窗口人员要求企业重复提交已在系统中的材料"));
        assertThat(filed.body()).contains("已提交");
        rectification = jdbc.sql("""
                        SELECT r.id FROM cockpit_rectification r JOIN cockpit_observation o ON r.origin = 'OBSERVATION' AND r.origin_id = o.id
                        WHERE o.subject = :s""").param("s", subject).query(Long.class).single();
        long id = jdbc.sql("SELECT id FROM cockpit_task WHERE plan = '004' AND number = 41").query(Long.class).single();
        WebUser.demo(port, "office").postForm("/cockpit/tasks/" + id + "/assignment", Map.of("leadDepartmentId", String.valueOf(market),
                "responsibleUnits", "市市场监管局", "deadline", "2030-12-31"));
        task = id;
    }
}
