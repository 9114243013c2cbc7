package cn.yingshang.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.Authorisation;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Object-level authorisation of market entities (issue 13; the rule lives in {@code EntityAccess}):
 * staff with registry:read read every entity, the office and administrators amend them; an enterprise
 * reads and supplies figures for its own entity only. ENTERPRISE1 is enterprise1's own entity.
 */
@PlatformTest
class RegistryAuthorisationMatrixTest {

    enum Whose { ENTERPRISE1, ENTERPRISE2 }

    enum Action { READ_API, READ_PAGE, EDIT_FORM, SUPPLY_FIGURES }

    static final boolean ALLOWED = true;
    static final boolean REFUSED = false;

    static Stream<Arguments> matrix() {
        return Stream.of(
                // who            whose entity        action                 expected
                row("enterprise1", Whose.ENTERPRISE1, Action.READ_API,       ALLOWED),   // its own
                row("enterprise1", Whose.ENTERPRISE1, Action.SUPPLY_FIGURES, ALLOWED),
                row("enterprise1", Whose.ENTERPRISE1, Action.READ_PAGE,      REFUSED),   // not the workbench
                row("enterprise1", Whose.ENTERPRISE2, Action.READ_API,       REFUSED),   // another enterprise
                row("enterprise1", Whose.ENTERPRISE2, Action.SUPPLY_FIGURES, REFUSED),
                row("enterprise2", Whose.ENTERPRISE1, Action.READ_API,       REFUSED),
                row("enterprise2", Whose.ENTERPRISE1, Action.SUPPLY_FIGURES, REFUSED),
                row("scj.handler", Whose.ENTERPRISE1, Action.READ_API,       ALLOWED),   // staff read the registry
                row("scj.handler", Whose.ENTERPRISE1, Action.READ_PAGE,      ALLOWED),
                row("scj.handler", Whose.ENTERPRISE1, Action.EDIT_FORM,      REFUSED),   // only the registry's keepers amend
                row("scj.handler", Whose.ENTERPRISE1, Action.SUPPLY_FIGURES, REFUSED),
                row("rsj.handler", Whose.ENTERPRISE2, Action.READ_API,       ALLOWED),
                row("inspector1",  Whose.ENTERPRISE1, Action.READ_API,       ALLOWED),
                row("supervisor",  Whose.ENTERPRISE1, Action.READ_PAGE,      ALLOWED),
                row("supervisor",  Whose.ENTERPRISE1, Action.EDIT_FORM,      REFUSED),
                row("supervisor",  Whose.ENTERPRISE1, Action.SUPPLY_FIGURES, REFUSED),
                row("office",      Whose.ENTERPRISE1, Action.READ_PAGE,      ALLOWED),
                row("office",      Whose.ENTERPRISE1, Action.EDIT_FORM,      ALLOWED),
                row("office",      Whose.ENTERPRISE1, Action.SUPPLY_FIGURES, ALLOWED),
                row("admin",       Whose.ENTERPRISE2, Action.EDIT_FORM,      ALLOWED));
    }

    private static Arguments row(String who, Whose whose, Action action, boolean allowed) {
        return Arguments.of(who, whose, action, allowed);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0} · {2} · {1}''s entity → {3}")
    @MethodSource("matrix")
    @DisplayName("registry: who may read and amend whose market entity")
    void rule(String who, Whose whose, Action action, boolean allowed) {
        String code = jdbc.sql("SELECT credit_code FROM platform_account WHERE username = :u")
                .param("u", whose.name().toLowerCase()).query(String.class).single();
        WebUser user = WebUser.demo(port, who);
        Map<String, Object> before = figures(code);
        WebUser.Response r = switch (action) {
            case READ_API -> user.getJson("/api/v1/entities/" + code);
            case READ_PAGE -> user.get("/workbench/entities/" + code);
            case EDIT_FORM -> user.get("/workbench/entities/" + code + "/edit");
            // the figures it already has: an allowed caller changes nothing either
            case SUPPLY_FIGURES -> user.patchJson("/api/v1/entities/" + code + "/figures", "{\"headcount\":%s,\"revenue\":%s,\"assets\":%s}"
                    .formatted(before.get("headcount"), before.get("revenue"), before.get("assets")));
        };
        if (allowed) {
            Authorisation.assertAllowed(r);
            assertThat(r.body()).contains(code);
        } else {
            Authorisation.assertRefused(r);
        }
        assertThat(figures(code)).isEqualTo(before);
    }

    private Map<String, Object> figures(String code) {
        return jdbc.sql("SELECT headcount, revenue, assets, name FROM registry_market_entity WHERE credit_code = :c").param("c", code)
                .query().singleRow();
    }
}
