package cn.yingshang.support;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an authorisation matrix checks on each answer: an allowed action reaches the business
 * (200 after the redirect, or the use case's own validation message), a refused one is a 403 with
 * the Chinese error page in the browser or problem+json on the API.
 */
public final class Authorisation {

    private Authorisation() {
    }

    public static void assertRefused(WebUser.Response r) {
        assertThat(r.status()).as("refused: " + r.uri()).isEqualTo(403);
        if (r.contentType().contains("json")) {
            assertThat(r.contentType()).as("refused: " + r.uri() + " " + abbreviated(r.body())).contains("application/problem+json");
            assertThat(r.body()).contains("\"status\":403");
        } else {
            assertThat(r.body()).contains("无权访问");
        }
    }

    public static void assertAllowed(WebUser.Response r) {
        assertThat(r.status()).as("allowed: " + r.uri() + " " + abbreviated(r.body())).isBetween(200, 299);
        assertThat(r.body()).doesNotContain("您的账号没有访问该页面或数据的权限");
    }

    public static void assertNotFound(WebUser.Response r) {
        assertThat(r.status()).as("not found: " + r.uri()).isEqualTo(404);
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) : body;
    }
}
