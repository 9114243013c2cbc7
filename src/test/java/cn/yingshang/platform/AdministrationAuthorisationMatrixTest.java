package cn.yingshang.platform;

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
 * Authorisation of platform and reference administration (issue 13): accounts belong to the
 * administrator alone; the audit log is read by the administrator and the office; the working-day
 * calendar is kept by the administrator and the office. None of these is a department's object.
 */
@PlatformTest
class AdministrationAuthorisationMatrixTest {

    enum Action { ACCOUNTS, ENABLE_ACCOUNT, AUDIT_LOG, CALENDAR, DEPARTMENTS }

    static final boolean ALLOWED = true;
    static final boolean REFUSED = false;

    static Stream<Arguments> matrix() {
        return Stream.of(
                // who            action                 expected
                row("admin",       Action.ACCOUNTS,       ALLOWED),
                row("admin",       Action.ENABLE_ACCOUNT, ALLOWED),
                row("admin",       Action.AUDIT_LOG,      ALLOWED),
                row("admin",       Action.CALENDAR,       ALLOWED),
                row("office",      Action.ACCOUNTS,       REFUSED),   // accounts are the administrator's alone
                row("office",      Action.ENABLE_ACCOUNT, REFUSED),
                row("office",      Action.AUDIT_LOG,      ALLOWED),
                row("office",      Action.CALENDAR,       ALLOWED),
                row("scj.leader",  Action.ACCOUNTS,       REFUSED),
                row("scj.leader",  Action.ENABLE_ACCOUNT, REFUSED),
                row("scj.leader",  Action.AUDIT_LOG,      REFUSED),
                row("scj.leader",  Action.CALENDAR,       REFUSED),
                row("scj.handler", Action.ENABLE_ACCOUNT, REFUSED),
                row("scj.handler", Action.AUDIT_LOG,      REFUSED),
                row("supervisor",  Action.AUDIT_LOG,      REFUSED),
                row("supervisor",  Action.ENABLE_ACCOUNT, REFUSED),
                row("enterprise1", Action.ACCOUNTS,       REFUSED),
                row("enterprise1", Action.ENABLE_ACCOUNT, REFUSED),
                row("enterprise1", Action.CALENDAR,       REFUSED),
                row("enterprise1", Action.DEPARTMENTS,    REFUSED));
    }

    private static Arguments row(String who, Action action, boolean allowed) {
        return Arguments.of(who, action, allowed);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;

    @ParameterizedTest(name = "{0} · {1} → {2}")
    @MethodSource("matrix")
    @DisplayName("administration: who may manage accounts, read the audit log and keep the calendar")
    void rule(String who, Action action, boolean allowed) {
        long target = accounts.byUsername("enterprise2").orElseThrow().id();
        WebUser user = WebUser.demo(port, who);
        WebUser.Response r = switch (action) {
            case ACCOUNTS -> user.get("/workbench/accounts");
            // enabling an enabled account: an allowed administrator changes nothing
            case ENABLE_ACCOUNT -> user.postForm("/workbench/accounts/" + target + "/enabled", Map.of("enabled", "true"));
            case AUDIT_LOG -> user.get("/workbench/audit");
            case CALENDAR -> user.get("/workbench/calendar");
            case DEPARTMENTS -> user.get("/workbench/departments");
        };
        if (allowed) {
            Authorisation.assertAllowed(r);
        } else {
            Authorisation.assertRefused(r);
        }
        assertThat(accounts.byUsername("enterprise2").orElseThrow().enabled()).isTrue();
    }
}
