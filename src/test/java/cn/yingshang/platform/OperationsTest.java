package cn.yingshang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 19, operations: what a load balancer, a monitoring system and a log search need of each node. */
@PlatformTest
class OperationsTest {

    @LocalServerPort
    int port;
    final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    final org.springframework.context.ApplicationContext context;

    @org.springframework.beans.factory.annotation.Autowired
    OperationsTest(org.springframework.jdbc.core.simple.JdbcClient jdbc, org.springframework.context.ApplicationContext context) {
        this.jdbc = jdbc;
        this.context = context;
    }

    HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
    }

    @Test
    @DisplayName("liveness and readiness answer anyone with a status and no internals; readiness covers database, event backlog and intake queue")
    void healthProbes() {
        WebUser anyone = WebUser.anonymous(port);
        WebUser.Response live = anyone.send(get("/actuator/health/liveness"));
        WebUser.Response ready = anyone.send(get("/actuator/health/readiness"));
        assertThat(live.status()).isEqualTo(200);
        assertThat(live.body()).contains("\"UP\"");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("\"UP\"").doesNotContain("jdbc").doesNotContain("capacity");
        WebUser.Response details = WebUser.demo(port, "admin").send(get("/actuator/health/readiness"));
        assertThat(details.status()).isEqualTo(200);
    }

    @Test
    @DisplayName("a node refusing traffic (starting, draining) answers readiness 503, so the load balancer skips it")
    void refusingTrafficIsNotReady() {
        WebUser anyone = WebUser.anonymous(port);
        try {
            org.springframework.boot.availability.AvailabilityChangeEvent.publish(context,
                    org.springframework.boot.availability.ReadinessState.REFUSING_TRAFFIC);
            assertThat(anyone.send(get("/actuator/health/readiness")).status()).isEqualTo(503);
            assertThat(anyone.send(get("/actuator/health/liveness")).status()).isEqualTo(200);
        } finally {
            org.springframework.boot.availability.AvailabilityChangeEvent.publish(context,
                    org.springframework.boot.availability.ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(anyone.send(get("/actuator/health/readiness")).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("Prometheus metrics (requests, intake queue, event backlog, scheduled jobs) for monitoring hosts and administrators only")
    void metricsAreProtected() {
        // a request completed before the scrape: run alone, the scrape itself would be the first one and
        // http_server_requests is only recorded once a request has finished
        assertThat(WebUser.anonymous(port).send(get("/public")).status()).isEqualTo(200);
        WebUser.Response local = WebUser.anonymous(port).send(get("/actuator/prometheus"));
        assertThat(local.status()).isEqualTo(200);
        assertThat(local.body()).contains("http_server_requests_seconds_count", "yingshang_intake_queue_depth",
                "yingshang_events_incomplete", "hikaricp_connections_active");
        // through the trusted proxy from an outside address (only yingshang.web.trusted-proxies may forward)
        WebUser.Response outside = WebUser.behindProxy(port, "203.0.113.9").send(get("/actuator/prometheus"));
        assertThat(outside.status()).isIn(401, 403);
        assertThat(outside.body()).doesNotContain("http_server_requests");
        // signed in from outside; X-Forwarded-For counts only from the trusted proxy, so go through it
        WebUser.Response admin = outsideDemo("admin", "203.0.113.10").send(get("/actuator/prometheus"));
        assertThat(admin.status()).isEqualTo(200);
        WebUser.Response enterprise = outsideDemo("enterprise1", "203.0.113.11").send(get("/actuator/prometheus"));
        assertThat(enterprise.status()).isEqualTo(403);
    }

    private WebUser outsideDemo(String username, String address) {
        WebUser user = WebUser.behindProxy(port, address);
        user.refreshCsrf();
        user.postForm("/login", java.util.Map.of("username", username, "password", "Demo@2025"));
        user.refreshCsrf();
        return user;
    }

    @Test
    @DisplayName("every pooled connection has a statement timeout and an idle-in-transaction timeout")
    void connectionTimeouts() {
        assertThat(jdbc.sql("SHOW statement_timeout").query(String.class).single()).isEqualTo("1min");
        assertThat(jdbc.sql("SHOW idle_in_transaction_session_timeout").query(String.class).single()).isEqualTo("2min");
    }

    @Test
    @DisplayName("every response carries a request id: the caller's when plausible, a new one otherwise (never an injected one)")
    void requestIds() {
        WebUser anyone = WebUser.anonymous(port);
        assertThat(anyone.send(get("/").header("X-Request-Id", "lb-1234-abcd")).headers().firstValue("X-Request-Id"))
                .hasValue("lb-1234-abcd");
        assertThat(anyone.send(get("/")).headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).hasSize(36));
        assertThat(anyone.send(get("/").header("X-Request-Id", "evil\tforged log line")).headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).doesNotContain("evil"));
    }
}
