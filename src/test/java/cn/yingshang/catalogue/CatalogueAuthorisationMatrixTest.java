package cn.yingshang.catalogue;

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
 * Authorisation of the catalogues (issue 13). A catalogue is one region-wide list, not a department's
 * object: everyone reads the published versions (public), holders of catalogue:manage (the office,
 * administrators and department leaders) publish a new version, which is numbered and audited.
 */
@PlatformTest
class CatalogueAuthorisationMatrixTest {

    enum Action { READ_PUBLIC, MANAGE_PAGE, PUBLISH_VERSION }

    static final boolean ALLOWED = true;
    static final boolean REFUSED = false;

    static Stream<Arguments> matrix() {
        return Stream.of(
                // who            action                  expected
                row("anonymous",   Action.READ_PUBLIC,     ALLOWED),   // public lists
                row("enterprise1", Action.READ_PUBLIC,     ALLOWED),
                row("enterprise1", Action.MANAGE_PAGE,     REFUSED),
                row("enterprise1", Action.PUBLISH_VERSION, REFUSED),
                row("scj.handler", Action.MANAGE_PAGE,     REFUSED),   // handlers do not publish lists
                row("scj.handler", Action.PUBLISH_VERSION, REFUSED),
                row("supervisor",  Action.PUBLISH_VERSION, REFUSED),
                row("inspector1",  Action.PUBLISH_VERSION, REFUSED),
                row("scj.leader",  Action.MANAGE_PAGE,     ALLOWED),
                row("scj.leader",  Action.PUBLISH_VERSION, ALLOWED),
                row("office",      Action.MANAGE_PAGE,     ALLOWED),
                row("office",      Action.PUBLISH_VERSION, ALLOWED),
                row("admin",       Action.PUBLISH_VERSION, ALLOWED));
    }

    private static Arguments row(String who, Action action, boolean allowed) {
        return Arguments.of(who, action, allowed);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0} · {1} → {2}")
    @MethodSource("matrix")
    @DisplayName("catalogue: who may read and publish the region's lists")
    void rule(String who, Action action, boolean allowed) {
        WebUser user = "anonymous".equals(who) ? WebUser.anonymous(port) : WebUser.demo(port, who);
        long versions = versions();
        WebUser.Response r = switch (action) {
            case READ_PUBLIC -> user.get("/public/catalogues/fees");
            case MANAGE_PAGE -> user.get("/workbench/catalogues");
            // a text file instead of a spreadsheet: an allowed publisher meets the use case's own refusal, no version is added
            case PUBLISH_VERSION -> user.postMultipart("/workbench/catalogues/fees/versions", "file", "list.txt",
                    "not a spreadsheet".getBytes(), Map.of("note", "矩阵"));
        };
        if (allowed) {
            Authorisation.assertAllowed(r);
            if (action == Action.PUBLISH_VERSION) {
                assertThat(r.body()).contains("导入失败");
            }
        } else {
            Authorisation.assertRefused(r);
        }
        assertThat(versions()).isEqualTo(versions);
    }

    private long versions() {
        return jdbc.sql("SELECT count(*) FROM catalogue_version").query(Long.class).single();
    }
}
