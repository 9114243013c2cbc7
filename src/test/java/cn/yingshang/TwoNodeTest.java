package cn.yingshang;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.WebUser;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 19, "Done when": two platform instances on one PostgreSQL, requests alternating between them.
 * Node A and node B are two application contexts in this JVM on their own ports, against the test
 * database; every scheduled job is set to fire every four seconds on both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodeTest {

    static final String EVERY_FOUR_SECONDS = "*/4 * * * * *";
    static final List<String> CRON_JOBS = List.of("credit-daily", "arrears-watch", "policy-daily-rematch", "cockpit-indicators");
    /** How long a change on one node may take to be in force on the other: the cache poll (500 ms here, 1 s by default) plus a request. */
    static final Duration CACHE_BOUND = Duration.ofMillis(2000);

    ConfigurableApplicationContext a;
    ConfigurableApplicationContext b;
    int portA;
    int portB;
    JdbcClient jdbc;
    Instant started;

    ConfigurableApplicationContext node(String name) {
        // command-line arguments: they outrank application.properties (builder defaults would not)
        return new SpringApplicationBuilder(YingshangApplication.class).run(Map.ofEntries(
                Map.entry("server.port", "0"),
                Map.entry("spring.jmx.enabled", "false"),
                Map.entry("yingshang.node.name", name),
                Map.entry("yingshang.cache.poll-ms", "500"),
                Map.entry("yingshang.jobs.lock-at-least", "PT3S"),
                Map.entry("yingshang.jobs.credit-daily.cron", EVERY_FOUR_SECONDS),
                Map.entry("yingshang.jobs.arrears-watch.cron", EVERY_FOUR_SECONDS),
                Map.entry("yingshang.jobs.policy-rematch.cron", EVERY_FOUR_SECONDS),
                Map.entry("yingshang.jobs.cockpit-indicators.cron", EVERY_FOUR_SECONDS),
                Map.entry("yingshang.appeal.deadline-watch-ms", "4000"),
                Map.entry("yingshang.appeal.deadline-watch-initial-ms", "1000"),
                Map.entry("yingshang.events.resubmit-every", "PT4S")).entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @BeforeAll
    void startTwoNodes() {
        a = node("A");
        b = node("B");
        portA = port(a);
        portB = port(b);
        // counted from here: start-up catch-up runs (credit-daily on each start) are not periodic runs
        started = Instant.now();
        jdbc = a.getBean(JdbcClient.class);
    }

    @AfterAll
    void stopThem() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    static long within(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long start = System.nanoTime();
        org.awaitility.Awaitility.await("within " + limit).atMost(limit).pollInterval(Duration.ofMillis(50))
                .until(condition::getAsBoolean);
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    @DisplayName("a holiday added on node A changes node B's legal deadline within the stated bound (2 s)")
    void holidayOnAReachesB() throws InterruptedException {
        WebUser admin = WebUser.demo(portA, "admin");
        WebUser anyone = WebUser.anonymous(portB);
        String query = "/api/v1/reference/deadlines?start=2031-03-03&days=5&region=650000";
        assertThat(anyone.getJson(query).body()).contains("\"deadline\":\"2031-03-10\"");
        try {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("region", "650000");
            form.put("first", "2031-03-05");
            form.put("offDay", "true");
            form.put("name", "两节点测试假日");
            assertThat(admin.postForm("/workbench/calendar", form).status()).isEqualTo(200);
            long millis = within(CACHE_BOUND, () -> anyone.getJson(query).body().contains("\"deadline\":\"2031-03-11\""));
            System.out.println("two-node: holiday on A in force on B after " + millis + " ms");
        } finally {
            admin.postForm("/workbench/calendar/remove", Map.of("region", "650000", "day", "2031-03-05"));
        }
        within(CACHE_BOUND, () -> anyone.getJson(query).body().contains("\"deadline\":\"2031-03-10\""));
    }

    @Test
    @DisplayName("each scheduled job runs once per period across both nodes")
    void jobsRunOncePerPeriod() throws InterruptedException {
        Thread.sleep(14_000);
        for (String job : CRON_JOBS) {
            List<Instant> runs = jdbc.sql("""
                            SELECT started_at FROM platform_job_run WHERE job = :j AND node IN ('A', 'B') AND started_at >= :since
                            ORDER BY started_at""")
                    .param("j", job).param("since", java.sql.Timestamp.from(started)).query(java.sql.Timestamp.class).list()
                    .stream().map(java.sql.Timestamp::toInstant).toList();
            long ticks = runs.stream().map(t -> t.getEpochSecond() / 4).distinct().count();
            assertThat(runs).as(job + " ran").hasSizeGreaterThanOrEqualTo(2);
            assertThat(ticks).as(job + ": one run per four-second period, not one per node").isEqualTo(runs.size());
        }
        // the fixed-delay jobs have no common tick: no two runs closer than the lock's minimum hold
        for (String job : List.of("appeal-deadline-watch", "event-resubmission")) {
            List<Instant> runs = jdbc.sql("SELECT started_at FROM platform_job_run WHERE job = :j AND node IN ('A', 'B') "
                            + "AND started_at >= :since ORDER BY started_at")
                    .param("j", job).param("since", java.sql.Timestamp.from(started)).query(java.sql.Timestamp.class).list()
                    .stream().map(java.sql.Timestamp::toInstant).toList();
            assertThat(runs).as(job + " ran").hasSizeGreaterThanOrEqualTo(2);
            for (int i = 1; i < runs.size(); i++) {
                assertThat(Duration.between(runs.get(i - 1), runs.get(i))).as(job + " gap").isGreaterThanOrEqualTo(Duration.ofMillis(2900));
            }
        }
    }

    @Test
    @DisplayName("an entity changed on node A: node B's policy engine answers from the new facts, and the policy it matches on A is seen on B")
    void policyMatchOnAIsSeenOnB() throws Exception {
        WebUser enterprise = WebUser.demo(portA, "enterprise1");
        String code = jdbc.sql("SELECT credit_code FROM platform_account WHERE username = 'enterprise1'").query(String.class).single();
        Map<String, Object> before = jdbc.sql("SELECT headcount, revenue, assets FROM registry_market_entity WHERE credit_code = :c")
                .param("c", code).query().singleRow();
        long policy = jdbc.sql("SELECT id FROM policy_policy WHERE title = '乌鲁木齐市失业保险稳岗返还'").query(Long.class).single();
        Object matchingB = b.getBean(Class.forName("cn.yingshang.policy.internal.PolicyMatching"));
        Method amountFacts = matchingB.getClass().getDeclaredMethod("amountFacts", String.class);
        amountFacts.setAccessible(true);
        amountFacts.invoke(matchingB, code); // B's engine is loaded with the old facts
        BooleanSupplier matched = () -> jdbc.sql("SELECT count(*) FROM policy_match WHERE policy_id = :p AND credit_code = :c")
                .param("p", policy).param("c", code).query(Long.class).single() > 0;
        try {
            // fewer than 3 employees: no longer qualifies for 稳岗返还 (headcount ≥ 3)
            assertThat(enterprise.patchJson("/api/v1/entities/" + code + "/figures",
                    "{\"headcount\":1,\"revenue\":777,\"assets\":" + before.get("assets") + "}").status()).isEqualTo(200);
            within(Duration.ofSeconds(20), () -> !matched.getAsBoolean());
            within(CACHE_BOUND, () -> revenueOn(amountFacts, matchingB, code) == 777.0);
            // employees again: A's listener matches it, B shows it
            assertThat(enterprise.patchJson("/api/v1/entities/" + code + "/figures",
                    "{\"headcount\":" + before.get("headcount") + ",\"revenue\":" + before.get("revenue") + ",\"assets\":"
                            + before.get("assets") + "}").status()).isEqualTo(200);
            within(Duration.ofSeconds(20), matched);
            // signed in on B itself: sessions shared across nodes come with sec-login (see loginOnAWorksOnB)
            assertThat(WebUser.demo(portB, "enterprise1").get("/enterprise/policies").body()).contains("乌鲁木齐市失业保险稳岗返还");
        } finally {
            jdbc.sql("UPDATE registry_market_entity SET headcount = :h, revenue = :r, assets = :a WHERE credit_code = :c")
                    .param("h", before.get("headcount")).param("r", before.get("revenue")).param("a", before.get("assets"))
                    .param("c", code).update();
        }
    }

    private static double revenueOn(Method amountFacts, Object matching, String code) {
        try {
            Object beneficiary = amountFacts.invoke(matching, code);
            Method revenue = beneficiary.getClass().getDeclaredMethod("revenue");
            revenue.setAccessible(true);
            Object value = revenue.invoke(beneficiary);
            return value == null ? Double.NaN : ((Number) value).doubleValue();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("a login on node A works on node B")
    void loginOnAWorksOnB() {
        WebUser onA = WebUser.demo(portA, "office");
        WebUser.Response onB = onA.atPort(portB).get("/portal");
        assertThat(onB.uri().getPath()).isNotEqualTo("/login");
        assertThat(onB.status()).isEqualTo(200);
    }

    @Test
    @DisplayName("the public lookup limit holds across both nodes")
    void lookupLimitAcrossNodes() {
        // one visitor behind the trusted proxy, alternating nodes; the per-client limit is 20 per 10 minutes
        WebUser onA = WebUser.behindProxy(portA, WebUser.freshClientAddress());
        onA.refreshCsrf();
        WebUser onB = onA.atPort(portB);
        int answered = 0;
        int refused = 0;
        for (int i = 0; i < 30; i++) {
            String code = "YS" + String.format("%012d", java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
            WebUser.Response r = (i % 2 == 0 ? onA : onB).postForm("/public/appeals/track",
                    Map.of("code", code, "accessCode", "ABCD-2345"));
            if (r.status() == 429) {
                refused++;
            } else if (r.status() == 200) {
                answered++;
            }
        }
        assertThat(answered).as("lookups answered across A and B: one limit of 20, not 20 on each").isEqualTo(20);
        assertThat(refused).isEqualTo(10);
    }
}
