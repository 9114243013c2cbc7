package cn.yingshang.arrears;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Departments;
import cn.yingshang.support.Authorisation;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Object-level authorisation of the arrears ledger (issue 13; the rule lives in {@code ClaimPages.visible}
 * and {@code ArrearsLedger.requireVerifier}): a claim is read by the payee enterprise, the payer's
 * supervising department (and the registering one), the office and supervisors; only the supervising
 * department or the office confirms it (国令802号 Art. 16). The claim here is enterprise1's against a
 * public institution supervised by 乌鲁木齐市市场监管局.
 */
@PlatformTest
class ArrearsAuthorisationMatrixTest {

    enum Action { READ_WORKBENCH, READ_ENTERPRISE, READ_API, CONFIRM }

    static final boolean ALLOWED = true;
    static final boolean REFUSED = false;

    static Stream<Arguments> matrix() {
        return Stream.of(
                // who            action                expected
                row("scj.handler", Action.READ_WORKBENCH,  ALLOWED),   // the payer's supervising department
                row("scj.handler", Action.READ_API,        ALLOWED),
                row("scj.handler", Action.CONFIRM,         ALLOWED),
                row("scj.leader",  Action.READ_WORKBENCH,  ALLOWED),
                row("scj.leader",  Action.CONFIRM,         ALLOWED),
                row("rsj.handler", Action.READ_WORKBENCH,  REFUSED),   // another department
                row("rsj.handler", Action.READ_API,        REFUSED),
                row("rsj.handler", Action.CONFIRM,         REFUSED),
                row("tax.handler", Action.READ_WORKBENCH,  REFUSED),
                row("tax.handler", Action.CONFIRM,         REFUSED),
                row("office",      Action.READ_WORKBENCH,  ALLOWED),   // region-wide
                row("office",      Action.CONFIRM,         ALLOWED),
                row("supervisor",  Action.READ_WORKBENCH,  ALLOWED),   // oversight reads, never acts
                row("supervisor",  Action.CONFIRM,         REFUSED),
                row("inspector1",  Action.READ_WORKBENCH,  REFUSED),
                row("enterprise1", Action.READ_ENTERPRISE, ALLOWED),   // the payee
                row("enterprise1", Action.READ_API,        ALLOWED),
                row("enterprise1", Action.CONFIRM,         REFUSED),
                row("enterprise2", Action.READ_ENTERPRISE, REFUSED),   // another enterprise
                row("enterprise2", Action.READ_API,        REFUSED));
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
    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    private static Long payer;

    @ParameterizedTest(name = "{0} · {1} → {2}")
    @MethodSource("matrix")
    @DisplayName("arrears: who may read and confirm whose claim")
    void rule(String who, Action action, boolean allowed) {
        long claim = newClaim();
        ArrearsFixtures fx = new ArrearsFixtures(port, jdbc, departments);
        WebUser user = WebUser.demo(port, who);
        String before = fx.status(claim);
        WebUser.Response r = switch (action) {
            case READ_WORKBENCH -> user.get("/workbench/arrears/" + claim);
            case READ_ENTERPRISE -> user.get("/enterprise/arrears/" + claim);
            case READ_API -> user.getJson("/api/v1/arrears/claims/" + claim);
            case CONFIRM -> user.postJson("/api/v1/arrears/claims/" + claim + "/confirmation", "{}");
        };
        if (allowed) {
            Authorisation.assertAllowed(r);
            assertThat(fx.status(claim)).isEqualTo(action == Action.CONFIRM ? "CONFIRMED" : before);
        } else {
            Authorisation.assertRefused(r);
            assertThat(fx.status(claim)).isEqualTo(before);
        }
    }

    /** A fresh claim of enterprise1 for each row, so an allowed confirmation never meets a confirmed claim. */
    private long newClaim() {
        synchronized (ArrearsAuthorisationMatrixTest.class) {
            if (payer == null) {
                ArrearsFixtures fx = new ArrearsFixtures(port, jdbc, departments);
                payer = fx.payerId(fx.newPublicInstitution(WebUser.demo(port, "office")));
            }
        }
        WebUser.Response r = WebUser.demo(port, "enterprise1").postJson("/api/v1/arrears/claims",
                ArrearsFixtures.claimJson(null, payer, "120000", "0", LocalDate.now().minusDays(10).toString()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return json.readTree(r.body()).get("id").asLong();
    }
}
