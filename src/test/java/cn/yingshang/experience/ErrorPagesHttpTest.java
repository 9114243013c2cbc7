package cn.yingshang.experience;

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
 * Every status a browser can meet answers a browser with a Chinese page that says what to do next,
 * and an API client with a Chinese problem+json, never Boot's English page or JSON.
 */
@PlatformTest
class ErrorPagesHttpTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @LocalServerPort
    int port;

    private WebUser.Response asBrowser(WebUser user, String method, String path) {
        return user.sendWithCsrf(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).header("Accept", BROWSER));
    }

    private WebUser.Response asApi(WebUser user, String method, String path) {
        return user.sendWithCsrf(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).header("Accept", "application/json"));
    }

    private static void chinesePage(WebUser.Response r, int status, String... says) {
        assertThat(r.status()).as(r.uri().toString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(r.body()).contains("<html lang=\"zh-CN\"").contains("class=\"next\"").contains(says)
                .doesNotContain("Whitelabel").doesNotContain("\"status\":").doesNotContainPattern("(?i)>\\s*(Error|Forbidden|Not Found|Bad Request)\\s*<");
    }

    private static void chineseProblem(WebUser.Response r, int status) {
        assertThat(r.status()).as(r.uri().toString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body()).containsPattern("\"detail\":\"[^\"]*\\p{IsHan}").doesNotContain("<html");
    }

    @Test
    @DisplayName("400: a malformed address or period is the Chinese 400 page for a browser and a Chinese problem for a client")
    void badRequest() {
        WebUser office = WebUser.demo(port, "office");
        chinesePage(asBrowser(office, "GET", "/cockpit/map?period=bad"), 400, "统计期应为", "请检查网址");
        chinesePage(asBrowser(WebUser.anonymous(port), "GET", "/public/inspections/draws/not-a-number"), 400, "请求有误");
        WebUser client = WebUser.behindProxy(port, WebUser.freshClientAddress());
        chineseProblem(client.postJson("/api/v1/review/screenings", "{not json"), 400);
    }

    @Test
    @DisplayName("403: a page the role may not open is the Chinese 403 page (also for htmx's boosted request), a problem for a client")
    void forbidden() {
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        chinesePage(asBrowser(enterprise, "GET", "/workbench/appeals"), 403, "无权访问", "联系本单位管理员");
        WebUser.Response boosted = enterprise.sendWithCsrf(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/workbench/appeals"))
                .GET().header("Accept", "*/*").header("HX-Request", "true").header("HX-Boosted", "true"));
        chinesePage(boosted, 403, "无权访问");
        chineseProblem(asApi(enterprise, "GET", "/workbench/appeals"), 403);
    }

    @Test
    @DisplayName("404: an unknown address is the Chinese 404 page, a problem for a client; a trailing slash reaches the page")
    void notFound() {
        WebUser anyone = WebUser.anonymous(port);
        chinesePage(asBrowser(anyone, "GET", "/public/no-such-page"), 404, "页面不存在", "检查网址");
        chineseProblem(asApi(anyone, "GET", "/api/v1/public/no-such-resource"), 404);
        WebUser.Response slash = asBrowser(anyone, "GET", "/public/catalogues/");
        assertThat(slash.status()).isEqualTo(200);
        assertThat(slash.uri().getPath()).isEqualTo("/public/catalogues");
    }

    @Test
    @DisplayName("405: posting to a reading address is the Chinese 405 page, a problem for a client")
    void methodNotAllowed() {
        WebUser anyone = WebUser.anonymous(port);
        anyone.refreshCsrf();
        chinesePage(asBrowser(anyone, "DELETE", "/public/catalogues"), 405, "不支持该操作方式");
        chineseProblem(asApi(anyone, "DELETE", "/public/catalogues"), 405);
    }

    @Test
    @DisplayName("413: an upload or form over the limit is the Chinese 413 page, a problem for a client")
    void tooLarge() {
        WebUser office = WebUser.demo(port, "office");
        WebUser.Response upload = office.postMultipart("/workbench/credit/import", "file", "records.csv", new byte[2_000_000], Map.of());
        chinesePage(upload, 413, "提交内容过大", "压缩或拆分");
        WebUser.Response form = office.sendWithCsrf(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/public/review/screen"))
                .POST(HttpRequest.BodyPublishers.ofString("text=" + "a".repeat(1_100_000)))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", BROWSER));
        chinesePage(form, 413, "提交内容过大");
        WebUser.Response api = office.sendWithCsrf(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/public/review/screen"))
                .POST(HttpRequest.BodyPublishers.ofString("text=" + "a".repeat(1_100_000)))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json"));
        chineseProblem(api, 413);
    }

    @Test
    @DisplayName("429: the 31st anonymous post in ten minutes is the Chinese 429 page for a browser, a problem for a client")
    void throttled() {
        WebUser flooder = WebUser.behindProxy(port, WebUser.freshClientAddress());
        flooder.refreshCsrf();
        WebUser.Response last = null;
        for (int i = 0; i < 31; i++) {
            last = flooder.postMultipart("/public/appeals", null, null, null, Map.of("type", "CONSULTATION"));
        }
        chinesePage(last, 429, "提交过于频繁", "12345");
        WebUser.Response api = flooder.sendWithCsrf(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/public/appeals"))
                .POST(HttpRequest.BodyPublishers.ofString("type=CONSULTATION"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json"));
        chineseProblem(api, 429);
    }

    @Test
    @DisplayName("500 and 503: a failure nobody caught is the Chinese 500 page, a problem for a client; the 503 page says to retry")
    void serverErrors() {
        WebUser anyone = WebUser.anonymous(port);
        // the error address without an error is Boot's "unknown failure": the same path a thrown exception takes
        chinesePage(asBrowser(anyone, "GET", "/error"), 500, "系统错误", "稍后刷新");
        chineseProblem(asApi(anyone, "GET", "/error"), 500);
    }
}
