package cn.yingshang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.Authorisation;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 17: account administration as API operations — account:manage only (the office and an
 * enterprise are refused), the page's rules as problem+json in Chinese — and the audit log with a cursor.
 */
@PlatformTest
class AccountActionsApiTest {

    @LocalServerPort
    int port;

    @Test
    @DisplayName("create, disable, change role and reset by API as admin; refused to the office and an enterprise; bad input is problem+json")
    void accountsByApi() {
        String username = "api" + UUID.randomUUID().toString().substring(0, 8);
        String body = """
                {"username":"%s","password":"Zx9!kLm2#pQr7","displayName":"接口账号","role":"OFFICE"}""".formatted(username);
        Authorisation.assertRefused(WebUser.demo(port, "office").postJson("/api/v1/accounts", body));
        Authorisation.assertRefused(WebUser.demo(port, "enterprise1").getJson("/api/v1/accounts"));

        WebUser admin = WebUser.demo(port, "admin");
        var noDepartment = admin.postJson("/api/v1/accounts", body.replace("\"OFFICE\"", "\"HANDLER\""));
        assertThat(noDepartment.status()).as(noDepartment.body()).isEqualTo(422);
        assertThat(noDepartment.contentType()).contains("application/problem+json");
        assertThat(noDepartment.body()).containsPattern("[\\u4e00-\\u9fa5]");

        var created = admin.postJson("/api/v1/accounts", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"username\":\"" + username + "\"").contains("\"enabled\":true");
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
        assertThat(id.find()).isTrue();
        String path = "/api/v1/accounts/" + id.group(1);

        Authorisation.assertRefused(WebUser.demo(port, "office").putJson(path + "/enabled", "{\"enabled\":false}"));
        var disabled = admin.putJson(path + "/enabled", "{\"enabled\":false}");
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        assertThat(disabled.body()).contains("\"enabled\":false");
        var role = admin.putJson(path + "/role", "{\"role\":\"SUPERVISOR\"}");
        assertThat(role.status()).as(role.body()).isEqualTo(200);
        assertThat(role.body()).contains("\"role\":\"SUPERVISOR\"");
        var weak = admin.postJson(path + "/password-reset", "{\"password\":\"123\"}");
        assertThat(weak.status()).as(weak.body()).isEqualTo(422);
        assertThat(weak.contentType()).contains("application/problem+json");
        assertThat(admin.postJson(path + "/password-reset", "{\"password\":\"Qw3$rtYu8*iOp\"}").status()).isEqualTo(200);

        var list = admin.getJson("/api/v1/accounts?limit=1");
        assertThat(list.body()).contains("\"next\":\"");
        assertThat(admin.getJson("/api/v1/departments").body()).contains("\"code\":");
        var audit = admin.getJson("/api/v1/audit-log?actor=admin&limit=5");
        assertThat(audit.status()).as(audit.body()).isEqualTo(200);
        assertThat(audit.body()).contains("\"items\":[{");
        Authorisation.assertRefused(WebUser.demo(port, "enterprise1").getJson("/api/v1/audit-log"));
    }
}
