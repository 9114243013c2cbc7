package cn.yingshang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class PublicLimitsHttpTest {

    @LocalServerPort
    int port;

    static String json(String text) {
        return "{\"text\":\"" + text + "\"}";
    }

    WebUser fresh() {
        return WebUser.behindProxy(port, WebUser.freshClientAddress());
    }

    @Test
    @DisplayName("a JSON body over 1 MB is refused 413 with a Chinese problem+json before it is parsed, declared or chunked")
    void jsonBodyCap() {
        String big = json("各".repeat(10) + "a".repeat(1_100_000));
        WebUser.Response declared = fresh().postJson("/api/v1/review/screenings", big);
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.contentType()).startsWith("application/problem+json");
        assertThat(declared.body()).contains("请求内容过大");

        WebUser.Response chunked = fresh().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/review/screenings"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                .header("Content-Type", "application/json").header("Accept", "application/json"));
        assertThat(chunked.status()).isEqualTo(413);
        assertThat(chunked.body()).contains("请求内容过大");

        WebUser.Response form = fresh().postFormWithoutCsrf("/public/review/screen", Map.of("text", "a".repeat(1_100_000)));
        assertThat(form.status()).isEqualTo(413);
    }

    @Test
    @DisplayName("the public screening API takes at most 100,000 characters a call")
    void screeningTextCap() {
        WebUser.Response tooLong = fresh().postJson("/api/v1/review/screenings", json("a".repeat(100_001)));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.body()).contains("每次不超过100000字");
        assertThat(fresh().postJson("/api/v1/review/screenings", json("投标人须在本市设立分公司。")).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("screening runs on a bounded pool: when it is full the caller gets 503 problem+json with Retry-After, not a held thread")
    void screeningPoolIsBounded() throws Exception {
        // the test configuration gives the pool one worker and no queue
        String text = json("投标人须在本市设立分公司，优先采购本地企业产品。".repeat(4_000));
        int callers = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<WebUser.Response>> answers = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            WebUser caller = fresh();
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return caller.postJson("/api/v1/review/screenings", text);
            }));
        }
        start.countDown();
        List<WebUser.Response> all = answers.stream().map(CompletableFuture::join).toList();
        List<WebUser.Response> busy = all.stream().filter(r -> r.status() == 503).toList();
        assertThat(all).allMatch(r -> r.status() == 200 || r.status() == 503);
        assertThat(all).anyMatch(r -> r.status() == 200);
        assertThat(busy).isNotEmpty();
        assertThat(busy.getFirst().contentType()).startsWith("application/problem+json");
        assertThat(busy.getFirst().body()).contains("审查服务正忙");
        assertThat(busy.getFirst().headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    @DisplayName("public forms are throttled per client in PostgreSQL: the 31st anonymous POST in 10 minutes is answered 429, other clients are not affected")
    void publicFormsAreThrottled() {
        WebUser flooder = fresh();
        flooder.refreshCsrf();
        for (int i = 0; i < 30; i++) {
            WebUser.Response r = flooder.postMultipart("/public/appeals", null, null, null, Map.of("type", "CONSULTATION"));
            assertThat(r.status()).as("attempt " + (i + 1)).isEqualTo(200);
        }
        WebUser.Response throttled = flooder.postMultipart("/public/appeals", null, null, null, Map.of("type", "CONSULTATION"));
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.body()).contains("提交过于频繁");
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();

        WebUser other = fresh();
        other.refreshCsrf();
        assertThat(other.postMultipart("/public/appeals", null, null, null, Map.of("type", "CONSULTATION")).status()).isEqualTo(200);

        WebUser api = fresh();
        for (int i = 0; i < 30; i++) {
            assertThat(api.postJson("/api/v1/review/screenings", json("本地企业优先。")).status()).isEqualTo(200);
        }
        WebUser.Response apiThrottled = api.postJson("/api/v1/review/screenings", json("本地企业优先。"));
        assertThat(apiThrottled.status()).isEqualTo(429);
        assertThat(apiThrottled.contentType()).startsWith("application/problem+json");
        assertThat(apiThrottled.body()).contains("提交过于频繁");
    }

    @Test
    @DisplayName("the public POST throttle counts only visitors who are not signed in")
    void signedInUsersAreNotThrottled() {
        WebUser office = WebUser.demo(port, "office");
        for (int i = 0; i < 32; i++) {
            assertThat(office.postForm("/public/review/screen", Map.of("text", "本地企业优先。")).status()).isEqualTo(200);
        }
    }
}
