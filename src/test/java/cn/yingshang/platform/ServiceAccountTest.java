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
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Machine clients: the administrator creates a service account on the page and sees its secret once;
 * the account calls the API with it, only within its scopes and its department's appeals; a rotated-
 * out secret stops working; a revoked account stops working; every change and every call is audited.
 */
@PlatformTest
class ServiceAccountTest {

    private static final Pattern CLIENT_ID = Pattern.compile("data-client-id>([^<]+)<");
    private static final Pattern SECRET = Pattern.compile("data-secret>([^<]+)<");

    @LocalServerPort
    int port;

    final Accounts accounts;
    final JdbcClient jdbc;
    final JsonMapper json;

    @Autowired
    ServiceAccountTest(Accounts accounts, JdbcClient jdbc, JsonMapper json) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.json = json;
    }

    record Issued(String clientId, String secret) {
    }

    long departmentOf(String username) {
        return accounts.byUsername(username).orElseThrow().departmentId().value();
    }

    static Issued issued(WebUser.Response page) {
        Matcher id = CLIENT_ID.matcher(page.body());
        Matcher secret = SECRET.matcher(page.body());
        assertThat(id.find()).as("client id shown once").isTrue();
        assertThat(secret.find()).as("secret shown once").isTrue();
        return new Issued(id.group(1), secret.group(1));
    }

    Issued create(WebUser admin, String name, String role, long department, List<String> scopes) {
        String body = "name=" + enc(name) + "&role=" + role + "&departmentId=" + department
                + scopes.stream().map(s -> "&scopes=" + enc(s)).collect(Collectors.joining());
        WebUser.Response page = admin.sendWithCsrf(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/workbench/service-accounts"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html"));
        assertThat(page.status()).isEqualTo(200);
        return issued(page);
    }

    long serviceAccountId(String clientId) {
        return jdbc.sql("SELECT id FROM platform_service_account WHERE client_id = :c").param("c", clientId).query(Long.class).single();
    }

    long appealDispatchedTo(String handler) {
        ApiCaller enterprise = ApiCaller.demo(port, "enterprise1");
        WebUser.Response created = enterprise.post("/api/v1/appeals", """
                {"type":"HELP","category":"FINANCING","title":"服务账号测试%s","content":"请问贴息如何申请？","phone":"13800001111"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8)));
        long id = json.readTree(created.body()).path("id").asLong();
        WebUser.Response dispatched = ApiCaller.demo(port, "office").post("/api/v1/appeals/" + id + "/dispatch",
                "{\"leadDepartment\":" + departmentOf(handler) + "}");
        assertThat(dispatched.status()).as(dispatched.body()).isEqualTo(200);
        return id;
    }

    @Test
    @DisplayName("a department's business system reads and replies to its own department's appeals, and nothing else")
    void scopedToItsScopesAndDepartment() {
        WebUser admin = WebUser.demo(port, "admin");
        Issued readOnly = create(admin, "市场监管业务系统（只读）", "HANDLER", departmentOf("scj.handler"), List.of("appeal:read"));
        Issued replying = create(admin, "市场监管业务系统", "HANDLER", departmentOf("scj.handler"), List.of("appeal:read", "appeal:reply"));
        long own = appealDispatchedTo("scj.handler");
        long other = appealDispatchedTo("tax.handler");

        ApiCaller reader = ApiCaller.basic(port, readOnly.clientId(), readOnly.secret());
        assertThat(reader.get("/api/v1/appeals/" + own).status()).isEqualTo(200);
        WebUser.Response outOfScope = reader.post("/api/v1/appeals/" + own + "/reply", "{\"reply\":\"只读账号不能答复\"}");
        assertThat(outOfScope.status()).isEqualTo(403);
        assertThat(outOfScope.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json.readTree(outOfScope.body()).path("detail").asString()).contains("无权");
        // the market-entity list needs the registry:read scope: a handler may read it, this system was not granted it
        assertThat(ApiCaller.demo(port, "scj.handler").get("/api/v1/entities").status()).isEqualTo(200);
        assertThat(reader.get("/api/v1/entities").status()).isEqualTo(403);

        ApiCaller system = ApiCaller.basic(port, replying.clientId(), replying.secret());
        WebUser.Response otherDepartment = system.get("/api/v1/appeals/" + other);
        assertThat(otherDepartment.status()).isEqualTo(403);
        assertThat(system.post("/api/v1/appeals/" + other + "/reply", "{\"reply\":\"不是本部门\"}").status()).isEqualTo(403);
        WebUser.Response replied = system.post("/api/v1/appeals/" + own + "/reply", "{\"reply\":\"业务系统已办结并答复。\"}");
        assertThat(replied.status()).as(replied.body()).isEqualTo(200);
        assertThat(json.readTree(replied.body()).path("status").asString()).isEqualTo("REPLIED");
        // and the service account is no way onto the pages
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WebUser.signedIn(port, replying.clientId(), replying.secret()))
                .hasMessageContaining("login failed");

        assertThat(audited("service-account.create", readOnly.clientId())).isEqualTo(1);
        assertThat(audited("service-account.call", replying.clientId())).isGreaterThanOrEqualTo(3);
        assertThat(audited("service-account.refused", readOnly.clientId())).isGreaterThanOrEqualTo(2);
    }

    @Test
    @DisplayName("rotation keeps the old secret valid for the grace period only; retiring it or revoking the account stops it")
    void rotationAndRevocation() {
        WebUser admin = WebUser.demo(port, "admin");
        Issued first = create(admin, "12345热线系统", "OFFICE", departmentOf("office"), List.of("appeal:read"));
        long id = serviceAccountId(first.clientId());
        assertThat(ApiCaller.basic(port, first.clientId(), first.secret()).get("/api/v1/appeals/queue").status()).isEqualTo(200);

        Issued second = issued(admin.postForm("/workbench/service-accounts/" + id + "/rotation", java.util.Map.of("graceHours", "24")));
        assertThat(second.clientId()).isEqualTo(first.clientId());
        assertThat(second.secret()).isNotEqualTo(first.secret());
        assertThat(ApiCaller.basic(port, first.clientId(), first.secret()).get("/api/v1/appeals/queue").status()).isEqualTo(200);
        assertThat(ApiCaller.basic(port, second.clientId(), second.secret()).get("/api/v1/appeals/queue").status()).isEqualTo(200);

        admin.postForm("/workbench/service-accounts/" + id + "/previous-secret-retirement", java.util.Map.of());
        WebUser.Response rotatedOut = ApiCaller.basic(port, first.clientId(), first.secret()).get("/api/v1/appeals/queue");
        assertThat(rotatedOut.status()).isEqualTo(401);
        assertThat(ApiCaller.basic(port, second.clientId(), second.secret()).get("/api/v1/appeals/queue").status()).isEqualTo(200);

        Issued third = issued(admin.postForm("/workbench/service-accounts/" + id + "/rotation", java.util.Map.of("graceHours", "0")));
        assertThat(ApiCaller.basic(port, second.clientId(), second.secret()).get("/api/v1/appeals/queue").status()).isEqualTo(401);
        assertThat(ApiCaller.basic(port, third.clientId(), third.secret()).get("/api/v1/appeals/queue").status()).isEqualTo(200);

        // hashed at rest: the secret itself is stored nowhere
        assertThat(jdbc.sql("SELECT count(*) FROM platform_service_secret WHERE secret_hash = :s").param("s", third.secret())
                .query(Long.class).single()).isZero();

        admin.postForm("/workbench/service-accounts/" + id + "/revocation", java.util.Map.of());
        assertThat(ApiCaller.basic(port, third.clientId(), third.secret()).get("/api/v1/appeals/queue").status()).isEqualTo(401);
        assertThat(audited("service-account.rotate", first.clientId())).isEqualTo(2);
        assertThat(audited("service-account.revoke", first.clientId())).isEqualTo(1);
    }

    @Test
    @DisplayName("only the administrator manages service accounts")
    void onlyTheAdministrator() {
        assertThat(WebUser.demo(port, "office").get("/workbench/service-accounts").status()).isEqualTo(403);
        WebUser.Response page = WebUser.demo(port, "admin").get("/workbench/service-accounts");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("服务账号", "appeal:reply");
    }

    long audited(String action, String clientId) {
        return jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE action = :a AND target_id = :c")
                .param("a", action).param("c", clientId).query(Long.class).single();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
