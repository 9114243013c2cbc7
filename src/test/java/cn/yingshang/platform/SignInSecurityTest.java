package cn.yingshang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Signing in as an assessor would try it (issue 13, "Login", "Accounts", "CSRF"): lockout and
 * backoff, the audit trail, sessions in PostgreSQL without credentials, cookie flags, second factor,
 * password policy and reset, HTTP Basic only on the API.
 */
@PlatformTest
class SignInSecurityTest {

    static final String GOOD = "Kashgar#2025-ok";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    String newHandler(String password) {
        String username = "t" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new Accounts.NewAccount(username, password, "测试经办人", Role.HANDLER,
                accounts.byUsername("scj.handler").orElseThrow().departmentId(), null, null));
        return username;
    }

    static String someClient() {
        return "203.0.113." + ThreadLocalRandom.current().nextInt(1, 250);
    }

    static WebUser.Response login(WebUser user, String username, String password) {
        user.refreshCsrf();
        return user.postForm("/login", Map.of("username", username, "password", password));
    }

    long audit(String username, String action) {
        return jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE target_id = :u AND action = :a")
                .param("u", username).param("a", action).query(Long.class).single();
    }

    @Test
    @DisplayName("30 wrong passwords in a row from one client lock the account and slow the client; after the lockout the right password works, and every attempt is in the audit log")
    void thirtyWrongPasswords() throws Exception {
        String username = newHandler(GOOD);
        String client = someClient();
        WebUser guesser = WebUser.behindProxy(port, client);
        for (int i = 0; i < 30; i++) {
            assertThat(login(guesser, username, "wrong-" + i).uri().toString()).contains("/login?error");
        }
        assertThat(jdbc.sql("SELECT locked_until IS NOT NULL FROM platform_account WHERE username = :u")
                .param("u", username).query(Boolean.class).single()).isTrue();
        // locked: even the right password from another client is refused for now
        assertThat(login(WebUser.behindProxy(port, someClient()), username, GOOD).uri().toString()).contains("error=wait");
        // the guessing client is slowed: refused without its password being looked at
        WebUser.Response slowed = login(guesser, username, GOOD);
        assertThat(slowed.uri().toString()).contains("error=wait");
        assertThat(slowed.body()).contains("尝试次数过多");
        assertThat(audit(username, "login.failure")).isGreaterThanOrEqualTo(5);
        assertThat(audit(username, "login.lockout")).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM platform_audit_log WHERE target_id = :u AND action = 'login.refused'
                        AND after ->> 'reason' = 'client-backoff' AND after ->> 'client' = :c""")
                .param("u", username).param("c", client).query(Long.class).single()).isGreaterThanOrEqualTo(5);

        Thread.sleep(4_500); // the test profile locks for 4 s and backs off at most 4 s
        WebUser.Response again = login(guesser, username, GOOD);
        assertThat(again.uri().toString()).doesNotContain("/login");
        assertThat(guesser.get("/workbench").status()).isEqualTo(200);
        assertThat(audit(username, "login.success")).isEqualTo(1);
    }

    @Test
    @DisplayName("the session lives in PostgreSQL (deleting its row signs the person out) with a 30-minute idle timeout, and holds no password hash")
    void sessionInDatabaseWithoutCredentials() {
        String username = newHandler(GOOD);
        WebUser user = WebUser.signedIn(port, username, GOOD);
        assertThat(user.get("/workbench").status()).isEqualTo(200);
        record Row(String id, int idle) {
        }
        List<Row> sessions = jdbc.sql("SELECT primary_id, max_inactive_interval FROM spring_session WHERE principal_name = :u")
                .param("u", username).query((rs, n) -> new Row(rs.getString(1), rs.getInt(2))).list();
        assertThat(sessions).hasSize(1);
        assertThat(sessions.getFirst().idle()).isEqualTo(30 * 60);

        String hash = jdbc.sql("SELECT password_hash FROM platform_account WHERE username = :u").param("u", username)
                .query(String.class).single();
        List<byte[]> attributes = jdbc.sql("SELECT attribute_bytes FROM spring_session_attributes WHERE session_primary_id = :id")
                .param("id", sessions.getFirst().id()).query(byte[].class).list();
        assertThat(attributes).isNotEmpty();
        String all = attributes.stream().map(b -> new String(b, StandardCharsets.ISO_8859_1)).reduce("", String::concat);
        assertThat(all).contains(username).doesNotContain(hash).doesNotContain("{bcrypt}").doesNotContain(GOOD);

        jdbc.sql("DELETE FROM spring_session WHERE principal_name = :u").param("u", username).update();
        assertThat(user.get("/workbench").uri().toString()).contains("/login");
    }

    @Test
    @DisplayName("disabling an account or changing its role ends its open sessions at once")
    void disabledOrRoleChangedSessionsEnd() {
        String disabled = newHandler(GOOD);
        WebUser one = WebUser.signedIn(port, disabled, GOOD);
        assertThat(one.get("/workbench").status()).isEqualTo(200);
        accounts.setEnabled(accounts.byUsername(disabled).orElseThrow().id(), false);
        assertThat(one.get("/workbench").uri().toString()).contains("/login");

        String promoted = newHandler(GOOD);
        WebUser two = WebUser.signedIn(port, promoted, GOOD);
        assertThat(two.get("/workbench").status()).isEqualTo(200);
        WebUser admin = WebUser.demo(port, "admin");
        admin.postForm("/workbench/accounts/" + accounts.byUsername(promoted).orElseThrow().id() + "/role", Map.of("role", "LEADER"));
        assertThat(accounts.byUsername(promoted).orElseThrow().role()).isEqualTo(Role.LEADER);
        assertThat(two.get("/workbench").uri().toString()).contains("/login");
        assertThat(audit(Long.toString(accounts.byUsername(promoted).orElseThrow().id()), "account.role")).isEqualTo(1);
    }

    static final Pattern SET_COOKIE = Pattern.compile("^(SESSION|XSRF-TOKEN)=");

    @Test
    @DisplayName("session and CSRF cookies are HttpOnly and SameSite=Lax, and Secure over https")
    void cookieFlags() throws Exception {
        // the connection must COME FROM the trusted proxy address; connecting TO 127.0.0.2 still comes from 127.0.0.1
        HttpClient raw = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .localAddress(java.net.InetAddress.getByName(WebUser.TRUSTED_PROXY)).build();
        HttpResponse<String> page = raw.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString());
        String csrfCookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                .findFirst().orElseThrow();
        assertThat(csrfCookie).contains("HttpOnly").contains("SameSite=Lax").contains("Secure");
        Matcher meta = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(meta.find()).isTrue();
        String form = "username=scj.handler&password=" + URLEncoder.encode("Demo@2025", StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(meta.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = raw.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("X-Forwarded-Proto", "https").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", csrfCookie.substring(0, csrfCookie.indexOf(';')))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String session = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .findFirst().orElseThrow();
        assertThat(session).contains("HttpOnly").contains("SameSite=Lax").contains("Secure");
    }

    @Test
    @DisplayName("anonymous pages create no server session: no SESSION cookie for /, /public pages or a public form")
    void anonymousPagesHaveNoSession() throws Exception {
        HttpClient raw = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : List.of("/", "/public", "/public/appeals/new", "/public/appeals/track", "/public/policies", "/public/credit", "/login", "/workbench")) {
            HttpResponse<String> r = raw.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.headers().allValues("Set-Cookie")).as(path)
                    .noneMatch(c -> c.startsWith("SESSION=") || c.startsWith("JSESSIONID="));
        }
        WebUser anyone = WebUser.anonymous(port);
        anyone.get("/public");
        anyone.get("/public/appeals/new");
        assertThat(anyone.cookie("SESSION")).isNull();
        assertThat(anyone.cookie("JSESSIONID")).isNull();
        assertThat(anyone.cookie("XSRF-TOKEN")).isNotNull();
    }

    @Test
    @DisplayName("HTTP Basic works on /api/** without a session, and is ignored on pages")
    void basicOnlyOnApi() throws Exception {
        HttpClient raw = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String basic = "Basic " + Base64.getEncoder().encodeToString("scj.handler:Demo@2025".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> api = raw.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/appeals/queue"))
                .header("Authorization", basic).header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));
        HttpResponse<String> page = raw.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/workbench"))
                .header("Authorization", basic).header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).contains("/login");
    }

    @Test
    @DisplayName("a request authenticated by its session cookie needs the CSRF token even when it carries an Authorization or X-Signature header")
    void csrfNotSkippedForHeaders() {
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        String title = "CSRF探测" + UUID.randomUUID();
        String body = """
                {"type":"HELP","category":"FINANCING","title":"%s","content":"请问小微企业贷款贴息如何申请？","phone":"13800001111"}""".formatted(title);
        for (String[] header : List.of(new String[]{"Authorization", "Bearer forged"}, new String[]{"X-Signature", "forged"})) {
            WebUser.Response r = enterprise.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/appeals"))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .header(header[0], header[1]));
            assertThat(r.status()).as(header[0]).isEqualTo(403);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM appeal WHERE title = :t").param("t", title).query(Long.class).single()).isZero();
        assertThat(enterprise.postJson("/api/v1/appeals", body).status()).isEqualTo(201);
    }

    @Test
    @DisplayName("password policy: at least 12 characters of 3 kinds, for new accounts and for changes; a change ends the old password")
    void passwordPolicyAndChange() {
        WebUser admin = WebUser.demo(port, "admin");
        String username = "p" + UUID.randomUUID().toString().substring(0, 8);
        WebUser.Response weak = admin.postForm("/workbench/accounts", Map.of("username", username, "password", "Short1!a",
                "displayName", "弱密码", "role", "SUPERVISOR", "departmentId", ""));
        assertThat(weak.body()).contains("密码至少12位");
        assertThat(admin.postForm("/workbench/accounts", Map.of("username", username, "password", "alllowercaseletters",
                "displayName", "弱密码", "role", "SUPERVISOR", "departmentId", "")).body()).contains("至少三类");
        assertThat(accounts.byUsername(username)).isEmpty();

        String handler = newHandler(GOOD);
        WebUser user = WebUser.signedIn(port, handler, GOOD);
        assertThat(user.postForm("/account/password", Map.of("current", "wrong", "password", "Another#2025x",
                "confirmation", "Another#2025x")).body()).contains("当前密码不正确");
        assertThat(user.postForm("/account/password", Map.of("current", GOOD, "password", "short",
                "confirmation", "short")).body()).contains("密码至少12位");
        WebUser.Response changed = user.postForm("/account/password", Map.of("current", GOOD, "password", "Another#2025x",
                "confirmation", "Another#2025x"));
        assertThat(changed.body()).contains("密码已修改");
        assertThat(login(WebUser.behindProxy(port, someClient()), handler, GOOD).uri().toString()).contains("error");
        assertThat(WebUser.signedIn(port, handler, "Another#2025x").get("/workbench").status()).isEqualTo(200);
        assertThat(audit(Long.toString(accounts.byUsername(handler).orElseThrow().id()), "account.password-change")).isEqualTo(1);
    }

    @Test
    @DisplayName("an administrator's reset ends the person's sessions and makes them choose a new password before anything else")
    void adminResetForcesChange() throws Exception {
        String handler = newHandler(GOOD);
        WebUser user = WebUser.signedIn(port, handler, GOOD);
        long id = accounts.byUsername(handler).orElseThrow().id();
        WebUser admin = WebUser.demo(port, "admin");
        assertThat(admin.postForm("/workbench/accounts/" + id + "/password-reset", Map.of("password", "weak")).body())
                .contains("密码至少12位");
        assertThat(admin.postForm("/workbench/accounts/" + id + "/password-reset", Map.of("password", "Temporary#2025")).body())
                .contains("已重置");
        assertThat(user.get("/workbench").uri().toString()).contains("/login");

        WebUser again = WebUser.anonymous(port);
        WebUser.Response signedIn = login(again, handler, "Temporary#2025");
        assertThat(signedIn.uri().getPath()).isEqualTo("/account/password");
        assertThat(again.get("/workbench").uri().getPath()).isEqualTo("/account/password");
        assertThat(again.getJson("/api/v1/appeals/queue").status()).isEqualTo(403);
        HttpResponse<String> basic = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/appeals/queue")).header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString((handler + ":Temporary#2025").getBytes(StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(basic.statusCode()).isEqualTo(403);
        again.refreshCsrf();
        WebUser.Response changed = again.postForm("/account/password", Map.of("current", "Temporary#2025",
                "password", "Chosen#Myself2025", "confirmation", "Chosen#Myself2025"));
        assertThat(changed.uri().getPath()).isEqualTo("/workbench");
        assertThat(again.get("/workbench").status()).isEqualTo(200);
    }

    static final Pattern SECRET = Pattern.compile("<code id=\"totp-secret\">([A-Z2-7]+)</code>");

    static String totp(String secret, long stepOffset) throws Exception {
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, System.currentTimeMillis() / 30_000 + stepOffset);
    }

    @Test
    @DisplayName("an account with an authenticator app must give its TOTP code after the password; a wrong or reused code is refused")
    void secondFactor() throws Exception {
        String handler = newHandler(GOOD);
        WebUser user = WebUser.signedIn(port, handler, GOOD);
        WebUser.Response enrol = user.get("/account/second-factor");
        assertThat(enrol.body()).contains("otpauth://totp/").contains("<svg");
        Matcher m = SECRET.matcher(enrol.body());
        assertThat(m.find()).isTrue();
        String secret = m.group(1);
        assertThat(user.postForm("/account/second-factor", Map.of("code", "000000")).body()).contains("动态验证码不正确");
        assertThat(user.postForm("/account/second-factor", Map.of("code", totp(secret, 0))).body()).contains("已绑定");

        WebUser next = WebUser.behindProxy(port, someClient());
        WebUser.Response afterPassword = login(next, handler, GOOD);
        assertThat(afterPassword.uri().getPath()).isEqualTo("/login/second-factor");
        assertThat(next.get("/workbench").uri().getPath()).isEqualTo("/login/second-factor");
        assertThat(next.getJson("/api/v1/appeals/queue").status()).isEqualTo(403);
        next.refreshCsrf();
        assertThat(next.postForm("/login/second-factor", Map.of("code", "123456")).body()).contains("动态验证码不正确");
        // the enrolment used this step's code: a sign-in needs a later one (the next step is within the drift allowed)
        assertThat(next.postForm("/login/second-factor", Map.of("code", totp(secret, 0))).body()).contains("动态验证码不正确");
        WebUser.Response in = next.postForm("/login/second-factor", Map.of("code", totp(secret, 1)));
        assertThat(in.uri().getPath()).isEqualTo("/workbench");
        assertThat(next.get("/workbench").status()).isEqualTo(200);
        assertThat(audit(handler, "login.second-factor.failure")).isGreaterThanOrEqualTo(2);
        assertThat(audit(handler, "login.second-factor")).isEqualTo(1);
    }

    @Test
    @DisplayName("a refused request of a signed-in person (403) is written to the audit log")
    void deniedRequestsAudited() {
        WebUser handler = WebUser.demo(port, "scj.handler");
        assertThat(handler.get("/workbench/accounts").status()).isEqualTo(403);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM platform_audit_log WHERE action = 'access.denied' AND actor = 'scj.handler'
                        AND after ->> 'path' = '/workbench/accounts'""").query(Long.class).single()).isGreaterThanOrEqualTo(1);
    }

    @Test
    @DisplayName("security headers: a CSP without unsafe-eval, Referrer-Policy and Permissions-Policy on pages and API")
    void securityHeaders() {
        for (String path : List.of("/", "/public", "/api/v1/reference/calendars/650100/2025")) {
            WebUser.Response r = WebUser.anonymous(port).get(path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(path).contains("script-src 'self'").doesNotContain("unsafe-eval").contains("object-src 'none'");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(r.headers().firstValue("Permissions-Policy").orElse("")).as(path).contains("camera=()");
        }
    }
}
