package cn.yingshang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.ApiCaller;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 17: service accounts reach the services operations (scopes given by the services module as
 * rules by path, {@link ApiScopeRules}) and the new operations of this branch (by {@link ApiScope}),
 * each only with the scope granted; account management is never for a machine.
 */
@PlatformTest
class ServiceScopesApiTest {

    private static final Pattern CLIENT_ID = Pattern.compile("data-client-id>([^<]+)<");
    private static final Pattern SECRET = Pattern.compile("data-secret>([^<]+)<");

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;

    private ApiCaller create(WebUser admin, String name, List<String> scopes) {
        long department = accounts.byUsername("scj.handler").orElseThrow().departmentId().value();
        String body = "name=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&role=HANDLER&departmentId=" + department
                + scopes.stream().map(s -> "&scopes=" + URLEncoder.encode(s, StandardCharsets.UTF_8)).collect(Collectors.joining());
        WebUser.Response page = admin.sendWithCsrf(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/workbench/service-accounts"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html"));
        assertThat(page.status()).isEqualTo(200);
        Matcher id = CLIENT_ID.matcher(page.body());
        Matcher secret = SECRET.matcher(page.body());
        assertThat(id.find() && secret.find()).as(page.body()).isTrue();
        return ApiCaller.basic(port, id.group(1), secret.group(1));
    }

    @Test
    @DisplayName("services and review operations answer a service account with their scope; without it, or for account management, 403")
    void scopes() {
        WebUser admin = WebUser.demo(port, "admin");
        String scopesPage = admin.get("/workbench/service-accounts").body();
        assertThat(scopesPage).contains("services:handle").contains("services:read").contains("policy:publish")
                .contains("review:decide").contains("calendar:manage");

        ApiCaller reader = create(admin, "市场监管政务服务系统（只读）", List.of("services:read", "review:read"));
        assertThat(reader.get("/api/v1/services/settings/post-check-share").status()).isEqualTo(200);
        assertThat(reader.get("/api/v1/reviews").status()).isEqualTo(200);
        // operations added to services after the scope rules were written need rules of their own
        assertThat(reader.get("/api/v1/service-cases/queue").status()).isEqualTo(200);
        WebUser.Response apply = reader.post("/api/v1/service-cases", "{}");
        assertThat(apply.status()).isEqualTo(403);
        assertThat(apply.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(reader.get("/api/v1/accounts").status()).isEqualTo(403);

        ApiCaller appealsOnly = create(admin, "市场监管诉求系统", List.of("appeal:read"));
        assertThat(appealsOnly.get("/api/v1/services/settings/post-check-share").status()).isEqualTo(403);
        assertThat(appealsOnly.get("/api/v1/reviews").status()).isEqualTo(403);
    }
}
