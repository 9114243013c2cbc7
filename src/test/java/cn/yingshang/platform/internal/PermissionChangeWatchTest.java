package cn.yingshang.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.Role;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class PermissionChangeWatchTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    PermissionChangeWatch watch;

    @Test
    @DisplayName("when a deployment changes a role's permission codes, the sessions of that role's accounts end at start-up; other roles stay signed in")
    void changedPermissionsEndSessions() {
        String username = "w" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new Accounts.NewAccount(username, "Kashgar#2025-ok", "观察员", Role.SUPERVISOR, null, null, null));
        WebUser supervisor = WebUser.signedIn(port, username, "Kashgar#2025-ok");
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        assertThat(supervisor.get("/cockpit").status()).isEqualTo(200);
        watch.run(null); // nothing changed: nobody is signed out
        assertThat(supervisor.get("/cockpit").uri().getPath()).isEqualTo("/cockpit");
        try {
            jdbc.sql("INSERT INTO platform_role_permission (role, permission) VALUES ('SUPERVISOR', 'test:watch')").update();
            watch.run(null);
            assertThat(supervisor.get("/cockpit").uri().getPath()).isEqualTo("/login");
            assertThat(enterprise.get("/enterprise").status()).isEqualTo(200);
        } finally {
            jdbc.sql("DELETE FROM platform_role_permission WHERE permission = 'test:watch'").update();
            watch.run(null);
        }
    }
}
