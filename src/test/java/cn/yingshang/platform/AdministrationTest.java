package cn.yingshang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class AdministrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Test
    @DisplayName("an administrator creates an account that can sign in with a hashed password, and disables it")
    void administratorCreatesAndDisablesAccount() {
        String username = "t" + UUID.randomUUID().toString().substring(0, 8);
        WebUser admin = WebUser.demo(port, "admin");
        var created = admin.postForm("/workbench/accounts", Map.of("username", username, "password", "Secret@12345",
                "displayName", "测试经办人", "role", "HANDLER", "departmentId",
                Long.toString(accounts.byUsername("scj.handler").orElseThrow().departmentId().value())));
        assertThat(created.body()).contains("已创建账号 " + username);
        String hash = jdbc.sql("SELECT password_hash FROM platform_account WHERE username = :u").param("u", username)
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("Secret@12345");
        assertThat(WebUser.signedIn(port, username, "Secret@12345").get("/workbench").status()).isEqualTo(200);

        long id = accounts.byUsername(username).orElseThrow().id();
        admin.postForm("/workbench/accounts/" + id + "/enabled", Map.of("enabled", "false"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WebUser.signedIn(port, username, "Secret@12345"))
                .hasMessageContaining("login failed");
    }

    @Test
    @DisplayName("a department account without a department is refused with the reason next to the field")
    void departmentAccountNeedsDepartment() {
        WebUser admin = WebUser.demo(port, "admin");
        var page = admin.postForm("/workbench/accounts", Map.of("username", "nodept" + System.nanoTime() % 100000,
                "password", "Secret@12345", "displayName", "无部门", "role", "HANDLER", "departmentId", ""));
        assertThat(page.body()).contains("部门人员须选择所在部门");
    }

    @Test
    @DisplayName("only administrators manage accounts; the office reads the audit log")
    void roleChecks() {
        assertThat(WebUser.demo(port, "office").get("/workbench/accounts").status()).isEqualTo(403);
        assertThat(WebUser.demo(port, "office").get("/workbench/audit").status()).isEqualTo(200);
        assertThat(WebUser.demo(port, "scj.handler").get("/workbench/audit").status()).isEqualTo(403);
        assertThat(WebUser.demo(port, "enterprise1").get("/workbench/departments").status()).isEqualTo(403);
    }
}
