package cn.yingshang.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Accounts;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class EnterpriseIsolationTest {

    @LocalServerPort
    int port;

    private final Accounts accounts;

    String own;
    String other;

    @Autowired
    EnterpriseIsolationTest(Accounts accounts) {
        this.accounts = accounts;
    }

    @BeforeEach
    void codes() {
        own = accounts.byUsername("enterprise1").orElseThrow().creditCode();
        other = accounts.byUsername("enterprise2").orElseThrow().creditCode();
    }

    @Test
    @DisplayName("an enterprise user reads its own entity through page and API")
    void readsOwnEntity() {
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        assertThat(enterprise.getJson("/api/v1/entities/" + own).status()).isEqualTo(200);
        assertThat(enterprise.get("/enterprise/entity").body()).contains(own);
    }

    @Test
    @DisplayName("an enterprise user cannot read another entity through any page or API")
    void cannotReadAnotherEntity() {
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        assertThat(enterprise.getJson("/api/v1/entities/" + other).status()).isEqualTo(403);
        assertThat(enterprise.get("/workbench/entities/" + other).status()).isEqualTo(403);
        assertThat(enterprise.get("/workbench/entities?q=" + other).status()).isEqualTo(403);
        assertThat(enterprise.getJson("/api/v1/entities?q=" + other).status()).isEqualTo(403);
        assertThat(enterprise.getJson("/api/v1/entities/dormant-candidates").status()).isEqualTo(403);
        assertThat(enterprise.get("/workbench/entities/" + other + "/edit").status()).isEqualTo(403);
    }

    @Test
    @DisplayName("an enterprise user cannot change another entity, and can supply its own figures")
    void cannotChangeAnotherEntity() {
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        assertThat(enterprise.patchJson("/api/v1/entities/" + other + "/figures", "{\"headcount\":1}").status()).isEqualTo(403);
        assertThat(enterprise.putJson("/api/v1/entities/" + other, "{\"name\":\"篡改\"}").status()).isEqualTo(403);
        assertThat(enterprise.postForm("/workbench/entities/" + other, Map.of("name", "篡改")).status()).isEqualTo(403);
        assertThat(enterprise.postForm("/workbench/entities/" + other + "/dormant-review", Map.of("decision", "REVOKE")).status())
                .isEqualTo(403);

        var ownChange = enterprise.patchJson("/api/v1/entities/" + own + "/figures",
                "{\"headcount\":42,\"revenue\":800,\"assets\":600}");
        assertThat(ownChange.status()).isEqualTo(200);
        assertThat(ownChange.body()).contains("\"headcount\":42");
    }

    @Test
    @DisplayName("a form post without the CSRF token is refused")
    void csrfProtected() {
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        assertThat(enterprise.postFormWithoutCsrf("/enterprise/entity/figures", Map.of("headcount", "1")).status())
                .isEqualTo(403);
    }

    @Test
    @DisplayName("the public needs no account for the public pages, and is asked to sign in elsewhere")
    void anonymousAccess() {
        WebUser anyone = WebUser.anonymous(port);
        assertThat(anyone.get("/").status()).isEqualTo(200);
        assertThat(anyone.get("/public").status()).isEqualTo(200);
        assertThat(anyone.get("/workbench/entities").uri().getPath()).isEqualTo("/login");
        assertThat(anyone.getJson("/api/v1/entities/" + own).status()).isEqualTo(401);
    }
}
