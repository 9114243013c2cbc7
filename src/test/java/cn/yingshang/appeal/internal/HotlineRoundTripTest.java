package cn.yingshang.appeal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Accounts;
import cn.yingshang.support.HotlineReceiverEnvironment;
import cn.yingshang.support.HotlineSignature;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The test plays the 12345 hotline system: it sends tickets in and receives the platform's callbacks on 127.0.0.1. */
@PlatformTest
class HotlineRoundTripTest {

    @LocalServerPort
    int port;

    final int receiverPort;
    final Accounts accounts;
    final JdbcClient jdbc;
    final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    HotlineRoundTripTest(@Value("${" + HotlineReceiverEnvironment.PORT_PROPERTY + "}") int receiverPort, Accounts accounts, JdbcClient jdbc) {
        this.receiverPort = receiverPort;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** One callback as the hotline received it, and what the hotline answered. */
    record Received(String eventIdHeader, String timestamp, String nonce, String signature, String body, JsonNode json, int answered) {
        String event() {
            return json.get("event").asString();
        }

        String eventId() {
            return json.get("eventId").asString();
        }
    }

    /** The hotline system's callback endpoint: records calls for one ticket, answering 500 while {@code failing} says so. */
    final class Hotline implements AutoCloseable {
        final String ticket;
        final List<Received> received = new CopyOnWriteArrayList<>();
        final HttpServer server;
        Predicate<Integer> failing;

        Hotline(String ticket, Predicate<Integer> failing) throws Exception {
            this.ticket = ticket;
            this.failing = failing;
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), receiverPort), 0);
            server.createContext(HotlineReceiverEnvironment.CALLBACK_PATH, exchange -> {
                byte[] bytes = exchange.getRequestBody().readAllBytes();
                String body = new String(bytes, StandardCharsets.UTF_8);
                JsonNode n = json.readTree(body);
                int status = 200;
                if (ticket.equals(n.get("ticketId").asString())) {
                    status = failing.test(received.size()) ? 500 : 200;
                    var h = exchange.getRequestHeaders();
                    received.add(new Received(h.getFirst("X-Event-Id"), h.getFirst("X-Timestamp"), h.getFirst("X-Nonce"),
                            h.getFirst("X-Signature"), body, n, status));
                }
                byte[] answer = (status == 200 ? "{\"ok\":true}" : "{\"error\":\"busy\"}").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
        }

        /** The events the hotline accepted (2xx), first delivery of each event id only: what an idempotent receiver keeps. */
        List<String> acceptedEvents() {
            List<String> seen = new ArrayList<>();
            List<String> events = new ArrayList<>();
            for (Received r : received) {
                if (r.answered() == 200 && !seen.contains(r.eventId())) {
                    seen.add(r.eventId());
                    events.add(r.event());
                }
            }
            return events;
        }

        void awaitAccepted(List<String> expected) throws InterruptedException {
            org.awaitility.Awaitility.await("the hotline accepted every event").atMost(Duration.ofSeconds(40))
                    .until(() -> acceptedEvents().size() >= expected.size());
            assertThat(acceptedEvents()).containsExactlyElementsOf(expected);
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    HttpResponse<String> signedPost(String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        return HttpClient.newHttpClient().send(HotlineSignature.signed(request, HotlineSignature.DEMO_SECRET, body).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    long postTicket(String ticket) throws Exception {
        HttpResponse<String> created = signedPost("/api/v1/public/appeals/hotline", """
                {"ticketId":"%s","type":"COMPLAINT","category":"GOV_SERVICES","title":"不动产登记窗口推诿","content":"办理不动产登记时窗口让我跑了三次。","name":"钱七","phone":"13700003333","region":"650104"}"""
                .formatted(ticket));
        assertThat(created.statusCode()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asLong();
    }

    long departmentOf(String username) {
        return accounts.byUsername(username).orElseThrow().departmentId().value();
    }

    @Test
    @DisplayName("12345 round trip: a hotline ticket's acceptance, dispatch, reply and rating request reach the hotline signed and in order, a failed delivery is retried with the same event id, and the hotline's return visit closes the appeal in its timeline")
    void roundTrip() throws Exception {
        String ticket = "12345-RT-" + UUID.randomUUID();
        try (Hotline hotline = new Hotline(ticket, callsSoFar -> callsSoFar == 0)) {
            long id = postTicket(ticket);
            WebUser office = WebUser.demo(port, "office");
            assertThat(office.postForm("/workbench/appeals/" + id + "/act", Map.of("action", "ACCEPT")).status()).isEqualTo(200);
            assertThat(office.postForm("/workbench/appeals/" + id + "/act", Map.of("action", "DISPATCH",
                    "leadDepartment", String.valueOf(departmentOf("scj.handler")))).body()).contains("已派单");
            WebUser handler = WebUser.demo(port, "scj.handler");
            String reply = "已约谈窗口负责人并一次办结，答复编号" + UUID.randomUUID().toString().substring(0, 6);
            assertThat(handler.postForm("/workbench/appeals/" + id + "/act", Map.of("action", "REPLY", "reply", reply)).status())
                    .isEqualTo(200);

            hotline.awaitAccepted(List.of("ACCEPTED", "DISPATCHED", "REPLIED", "RATING_REQUESTED"));
            List<Received> calls = hotline.received;
            // the first delivery failed (500) and was retried: same event, same event id, a fresh signature
            assertThat(calls.get(0).answered()).isEqualTo(500);
            assertThat(calls.get(1).answered()).isEqualTo(200);
            assertThat(calls.get(0).event()).isEqualTo("ACCEPTED");
            assertThat(calls.get(1).eventId()).isEqualTo(calls.get(0).eventId());
            assertThat(calls.get(1).nonce()).isNotEqualTo(calls.get(0).nonce());
            // nothing of the ticket overtook the failed callback: the calls are the four events in order
            assertThat(calls.stream().map(Received::event).toList())
                    .containsExactly("ACCEPTED", "ACCEPTED", "DISPATCHED", "REPLIED", "RATING_REQUESTED");
            for (Received r : calls) {
                assertThat(r.signature()).isEqualTo(HotlineSignature.sign(HotlineReceiverEnvironment.CALLBACK_SECRET,
                        r.timestamp(), r.nonce(), r.body()));
                assertThat(r.eventIdHeader()).isEqualTo(r.eventId());
                assertThat(Math.abs(Long.parseLong(r.timestamp()) - Instant.now().getEpochSecond())).isLessThan(120);
            }
            assertThat(calls.stream().map(Received::eventId).distinct().count()).isEqualTo(4);
            assertThat(calls.get(2).json().get("department").asString()).isNotBlank();
            assertThat(calls.get(3).json().get("reply").asString()).contains(reply);
            assertThat(jdbc.sql("SELECT attempts FROM appeal_hotline_callback WHERE appeal_id = :a AND kind = 'ACCEPTED'")
                    .param("a", id).query(Integer.class).single()).isEqualTo(2);

            // the hotline's own return visit: counts as the rating, lands in the timeline, and is told back as CLOSED
            String visit = "V-" + UUID.randomUUID();
            String visitBody = """
                    {"visitId":"%s","ticketId":"%s","resolved":true,"satisfied":false,"text":"来电人表示问题已解决但等待时间过长"}"""
                    .formatted(visit, ticket);
            HttpResponse<String> visited = signedPost("/api/v1/public/appeals/hotline/return-visits", visitBody);
            assertThat(visited.statusCode()).isEqualTo(200);
            assertThat(visited.body()).contains("\"status\":\"CLOSED\"", "\"duplicate\":false");
            HttpResponse<String> again = signedPost("/api/v1/public/appeals/hotline/return-visits", visitBody);
            assertThat(again.body()).contains("\"duplicate\":true");
            assertThat(jdbc.sql("SELECT resolution || '/' || satisfaction FROM appeal WHERE id = :id").param("id", id)
                    .query(String.class).single()).isEqualTo("RESOLVED/NOT_SATISFIED");
            String page = office.get("/workbench/appeals/" + id).body();
            assertThat(page).contains("12345热线回访", "来电人表示问题已解决但等待时间过长", "已办结");
            assertThat(jdbc.sql("SELECT count(*) FROM appeal_event WHERE appeal_id = :a AND action = 'RETURN_VISIT'")
                    .param("a", id).query(Long.class).single()).isEqualTo(1);
            hotline.awaitAccepted(List.of("ACCEPTED", "DISPATCHED", "REPLIED", "RATING_REQUESTED", "CLOSED"));
            assertThat(hotline.received.getLast().json().get("satisfaction").asString()).isEqualTo("NOT_SATISFIED");
        }
    }

    @Test
    @DisplayName("12345 return visit: an unsigned or wrongly signed post is refused and changes nothing")
    void returnVisitMustBeSigned() throws Exception {
        String body = """
                {"visitId":"V-%s","ticketId":"no-such","resolved":true,"satisfied":true}""".formatted(UUID.randomUUID());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/public/appeals/hotline/return-visits"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> forged = HttpClient.newHttpClient().send(HotlineSignature.signed(request, "wrong-secret", body).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.body()).contains("签名无效");
        assertThat(signedPost("/api/v1/public/appeals/hotline/return-visits", body).statusCode()).isEqualTo(404);
        HttpResponse<String> incomplete = signedPost("/api/v1/public/appeals/hotline/return-visits",
                "{\"visitId\":\"V-" + UUID.randomUUID() + "\",\"ticketId\":\"no-such\",\"satisfied\":true}");
        assertThat(incomplete.statusCode()).isEqualTo(422);
        assertThat(incomplete.body()).contains("请说明是否解决");
    }

    @Test
    @DisplayName("12345 operator page: a callback that keeps failing is shown as failed with its last error, holds back the ticket's later callbacks, and 立即重试 delivers it; only the office and administrators see the page")
    void operatorPageRetriesFailedCallback() throws Exception {
        String ticket = "12345-OP-" + UUID.randomUUID();
        AtomicBoolean down = new AtomicBoolean(true);
        try (Hotline hotline = new Hotline(ticket, callsSoFar -> down.get())) {
            long id = postTicket(ticket);
            WebUser office = WebUser.demo(port, "office");
            office.postForm("/workbench/appeals/" + id + "/act", Map.of("action", "DISPATCH",
                    "leadDepartment", String.valueOf(departmentOf("scj.handler"))));
            long accepted = jdbc.sql("SELECT id FROM appeal_hotline_callback WHERE appeal_id = :a AND kind = 'ACCEPTED'")
                    .param("a", id).query(Long.class).single();
            org.awaitility.Awaitility.await("the acceptance callback FAILED").atMost(Duration.ofSeconds(30))
                    .until(() -> "FAILED".equals(jdbc.sql("SELECT status FROM appeal_hotline_callback WHERE id = :id")
                    .param("id", accepted).query(String.class).single()));
            String page = office.get("/workbench/hotline-callbacks").body();
            assertThat(page).contains("12345回告发送情况", ticket, "发送失败", "HTTP 500", "立即重试", "callback-" + accepted);
            // the dispatch callback waits behind the failed acceptance
            assertThat(hotline.received).allMatch(r -> r.event().equals("ACCEPTED")).hasSize(3);

            assertThat(WebUser.demo(port, "scj.handler").get("/workbench/hotline-callbacks").status()).isEqualTo(403);
            assertThat(WebUser.demo(port, "enterprise1").get("/workbench/hotline-callbacks").status()).isEqualTo(403);
            assertThat(WebUser.demo(port, "scj.handler").postForm("/workbench/hotline-callbacks/" + accepted + "/retry", Map.of())
                    .status()).isEqualTo(403);
            assertThat(WebUser.demo(port, "admin").get("/workbench/hotline-callbacks").status()).isEqualTo(200);

            down.set(false);
            assertThat(office.postForm("/workbench/hotline-callbacks/" + accepted + "/retry", Map.of()).body()).contains("已安排立即重试");
            hotline.awaitAccepted(List.of("ACCEPTED", "DISPATCHED"));
            assertThat(office.get("/workbench/hotline-callbacks").body()).doesNotContain("callback-" + accepted);
        }
    }
}
