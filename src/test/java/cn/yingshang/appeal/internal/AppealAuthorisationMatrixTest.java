package cn.yingshang.appeal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Accounts;
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
 * Object-level authorisation of appeals (issue 13; the rule lives in {@code AppealAccess.canView}
 * and {@code actorsOf}): the office sees every appeal, the requester their own, a department the
 * appeals it leads or assists on. The appeal here is enterprise1's, dispatched to 乌鲁木齐市市场监管局.
 */
@PlatformTest
class AppealAuthorisationMatrixTest {

    enum Action { READ_WORKBENCH, READ_ENTERPRISE, READ_API, RECORD_STEP }

    static final boolean ALLOWED = true;
    static final boolean REFUSED = false;

    static Stream<Arguments> matrix() {
        return Stream.of(
                // who            action                expected
                row("scj.handler", Action.READ_WORKBENCH,  ALLOWED),   // the lead department
                row("scj.handler", Action.READ_API,        ALLOWED),
                row("scj.handler", Action.RECORD_STEP,     ALLOWED),
                row("scj.leader",  Action.READ_WORKBENCH,  ALLOWED),
                row("scj.leader",  Action.RECORD_STEP,     ALLOWED),
                row("rsj.handler", Action.READ_WORKBENCH,  REFUSED),   // another department
                row("rsj.handler", Action.READ_API,        REFUSED),
                row("rsj.handler", Action.RECORD_STEP,     REFUSED),
                row("tax.handler", Action.READ_WORKBENCH,  REFUSED),
                row("tax.handler", Action.RECORD_STEP,     REFUSED),
                row("inspector1",  Action.READ_WORKBENCH,  REFUSED),   // same department, but not an appeal handler
                row("inspector1",  Action.READ_API,        REFUSED),
                row("office",      Action.READ_WORKBENCH,  ALLOWED),   // region-wide
                row("office",      Action.READ_API,        ALLOWED),
                row("admin",       Action.READ_WORKBENCH,  ALLOWED),
                row("supervisor",  Action.READ_WORKBENCH,  REFUSED),   // figures only, never a case
                row("supervisor",  Action.READ_API,        REFUSED),
                row("enterprise1", Action.READ_ENTERPRISE, ALLOWED),   // the requester
                row("enterprise1", Action.READ_API,        ALLOWED),
                row("enterprise1", Action.READ_WORKBENCH,  REFUSED),
                row("enterprise2", Action.READ_ENTERPRISE, REFUSED),   // another enterprise
                row("enterprise2", Action.READ_API,        REFUSED));
    }

    private static Arguments row(String who, Action action, boolean allowed) {
        return Arguments.of(who, action, allowed);
    }

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    private static Long appeal;
    private static String title;

    @ParameterizedTest(name = "{0} · {1} → {2}")
    @MethodSource("matrix")
    @DisplayName("appeal: who may read and act on whose appeal")
    void rule(String who, Action action, boolean allowed) {
        long id = appeal();
        WebUser user = WebUser.demo(port, who);
        String before = state(id);
        WebUser.Response r = switch (action) {
            case READ_WORKBENCH -> user.get("/workbench/appeals/" + id);
            case READ_ENTERPRISE -> user.get("/enterprise/appeals/" + id);
            case READ_API -> user.getJson("/api/v1/appeals/" + id);
            // a blank note: allowed users meet the use case's own rule ("请填写办理情况"), nothing is recorded
            case RECORD_STEP -> user.postForm("/workbench/appeals/" + id + "/act", Map.of("action", "RECORD_STEP", "note", ""));
        };
        if (allowed) {
            Authorisation.assertAllowed(r);
            assertThat(r.body()).contains(title);
            if (action == Action.RECORD_STEP) {
                assertThat(r.body()).contains("请填写办理情况");
            }
        } else {
            Authorisation.assertRefused(r);
            assertThat(r.body()).doesNotContain(title);
        }
        assertThat(state(id)).isEqualTo(before);
    }

    private String state(long id) {
        return jdbc.sql("SELECT status FROM appeal WHERE id = :id").param("id", id).query(String.class).single() + " "
                + jdbc.sql("SELECT count(*) FROM appeal_event WHERE appeal_id = :id").param("id", id).query(Long.class).single();
    }

    private synchronized long appeal() {
        if (appeal == null) {
            title = "授权矩阵诉求" + UUID.randomUUID().toString().substring(0, 6);
            WebUser.Response created = WebUser.demo(port, "enterprise1").postJson("/api/v1/appeals", """
                    {"type":"HELP","category":"FINANCING","title":"%s","content":"请问小微企业贷款贴息如何申请？","phone":"13800001111"}"""
                    .formatted(title));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            long id = Long.parseLong(created.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
            long scj = accounts.byUsername("scj.handler").orElseThrow().departmentId().value();
            assertThat(WebUser.demo(port, "office").postForm("/workbench/appeals/" + id + "/act",
                    Map.of("action", "DISPATCH", "leadDepartment", String.valueOf(scj))).body()).contains("已派单");
            appeal = id;
        }
        return appeal;
    }
}
