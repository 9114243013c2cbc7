package cn.yingshang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * How a refused page request (403) is answered: a browser, which asks for HTML, gets the Chinese
 * 403 page; any other client (a script posting a form without an Accept header, {@code *}{@code /*},
 * JSON) gets RFC 9457 problem+json with a Chinese detail, never Boot's English error JSON.
 */
@PlatformTest
class RefusalAnswersTest {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @LocalServerPort
    int port;

    @Test
    @DisplayName("a browser refused a page or a form gets the Chinese 403 page")
    void browserGetsThePage() {
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        assertPage(enterprise.send(get("/cockpit/tasks", BROWSER_ACCEPT)));
        assertPage(enterprise.sendWithCsrf(post("/cockpit/tasks/1/assignment", BROWSER_ACCEPT)));
    }

    @Test
    @DisplayName("a client not asking for HTML refused a page or a form gets problem+json in Chinese")
    void otherClientsGetAProblem() {
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        assertProblem(enterprise.postForm("/cockpit/tasks/1/assignment", Map.of("leadDepartmentId", "1")));  // no Accept
        assertProblem(enterprise.send(get("/cockpit/tasks", "*/*")));
        assertProblem(enterprise.send(get("/cockpit/tasks", "application/json")));
        assertProblem(enterprise.getJson("/api/v1/appeals/queue"));
    }

    private HttpRequest.Builder get(String path, String accept) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().header("Accept", accept);
    }

    private HttpRequest.Builder post(String path, String accept) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString("leadDepartmentId=1"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", accept);
    }

    private static void assertPage(WebUser.Response r) {
        assertThat(r.status()).as(r.uri().toString()).isEqualTo(403);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(r.body()).contains("无权访问").contains("您的账号没有访问该页面或数据的权限");
    }

    private static void assertProblem(WebUser.Response r) {
        assertThat(r.status()).as(r.uri().toString()).isEqualTo(403);
        assertThat(r.contentType()).as(r.body()).startsWith("application/problem+json");
        assertThat(r.body()).contains("\"status\":403").contains("无权访问").doesNotContain("timestamp");
    }
}
