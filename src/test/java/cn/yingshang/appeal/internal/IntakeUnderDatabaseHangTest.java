package cn.yingshang.appeal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 19: while the database does not answer, intake requests waited for ever with their appeals
 * in memory. Now each waits at most the intake wait timeout and gets 503 with Retry-After.
 */
@PlatformTest
class IntakeUnderDatabaseHangTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    static String appeal(String title) {
        return "{\"type\":\"CONSULTATION\",\"category\":\"OTHER\",\"title\":\"" + title
                + "\",\"content\":\"数据库无响应时的受理测试\",\"phone\":\"13800138000\"}";
    }

    @Test
    @DisplayName("a hung database gives intake 503 problem+json with Retry-After within the wait timeout; a queued appeal is not stored")
    void hungDatabaseGives503() throws Exception {
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        String inFlight = "挂起测试-" + System.nanoTime();
        String queued = inFlight + "-排队";
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            // the intake writer's INSERT waits on this lock as it would on a hung server
            blocker.createStatement().execute("LOCK TABLE appeal IN EXCLUSIVE MODE");
            long started = System.nanoTime();
            CompletableFuture<WebUser.Response> first = CompletableFuture.supplyAsync(() -> enterprise.postJson("/api/v1/appeals", appeal(inFlight)));
            Thread.sleep(1500); // the writer has taken the first into its batch and hangs on it
            CompletableFuture<WebUser.Response> second = CompletableFuture.supplyAsync(() -> enterprise.postJson("/api/v1/appeals", appeal(queued)));
            WebUser.Response a = first.get(30, TimeUnit.SECONDS);
            WebUser.Response b = second.get(30, TimeUnit.SECONDS);
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

            for (WebUser.Response r : new WebUser.Response[]{a, b}) {
                assertThat(r.status()).isEqualTo(503);
                assertThat(r.contentType()).contains("application/problem+json");
                assertThat(r.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive());
            }
            assertThat(a.body()).contains("可能已经保存");
            assertThat(b.body()).contains("尚未保存");
            assertThat(seconds).as("answered within the wait timeout, not held open").isLessThan(25);
            blocker.rollback();
        }
        Thread.sleep(1000);
        assertThat(jdbc.sql("SELECT count(*) FROM appeal WHERE title = :t").param("t", queued).query(Long.class).single())
                .as("an appeal taken off the queue is not stored").isZero();
    }
}
