package cn.yingshang.appeal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Accounts;
import cn.yingshang.support.HotlineSignature;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.TestCodes;
import cn.yingshang.support.WebUser;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class AppealHttpTest {

    @LocalServerPort
    int port;

    final Accounts accounts;
    final JdbcClient jdbc;

    @Autowired
    AppealHttpTest(Accounts accounts, JdbcClient jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    long departmentOf(String username) {
        return accounts.byUsername(username).orElseThrow().departmentId().value();
    }

    static long idFrom(WebUser.Response r) {
        String path = r.uri().getPath();
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    static String phone() {
        return "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    @Test
    @DisplayName("000 §58, 001 §26: a department handler sees a reporter's name, phone and credit code nowhere — page, API, queue, export, timeline, notifications — while the office sees them and each view is audited")
    void reporterIdentityHiddenFromDepartment() throws Exception {
        String name = "举报人" + UUID.randomUUID().toString().substring(0, 6);
        String phone = phone();
        String code = TestCodes.enterprise("650102");
        WebUser office = WebUser.demo(port, "office");
        WebUser.Response created = office.postMultipart("/workbench/appeals", null, null, null, Map.of(
                "channel", "PHONE", "type", "REPORT", "category", "MARKET_ACCESS", "title", "举报无照经营" + name.substring(3),
                "content", "某商户长期无照经营并虚假宣传，请核查。", "name", name, "phone", phone, "creditCode", code, "region", "650102"));
        assertThat(created.status()).isEqualTo(200);
        long id = idFrom(created);
        WebUser.Response dispatched = office.postForm("/workbench/appeals/" + id + "/act", Map.of(
                "action", "DISPATCH", "leadDepartment", String.valueOf(departmentOf("scj.handler"))));
        assertThat(dispatched.body()).contains("已派单");
        assertThat(office.get("/workbench/appeals/" + id).body()).contains(name, phone, code);
        String tracking = jdbc.sql("SELECT tracking_number FROM appeal WHERE id = :id").param("id", id).query(String.class).single();
        assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE action = 'appeal.identity.view' AND target_id = :t")
                .param("t", tracking).query(Long.class).single()).isPositive();
        // stored encrypted: the plain phone is nowhere in the row
        assertThat(jdbc.sql("SELECT count(*) FROM appeal WHERE id = :id AND position(convert_to(:p, 'UTF8') IN requester_phone_enc) > 0")
                .param("id", id).param("p", phone).query(Long.class).single()).isZero();

        WebUser handler = WebUser.demo(port, "scj.handler");
        handler.postForm("/workbench/appeals/" + id + "/act", Map.of("action", "RECORD_STEP", "note", "已安排执法人员核查"));
        String page = handler.get("/workbench/appeals/" + id).body();
        assertThat(page).contains("举报无照经营", phone.substring(0, 3) + "****").doesNotContain(name, phone, code);
        assertThat(page).contains("已安排执法人员核查");
        WebUser.Response api = handler.getJson("/api/v1/appeals/" + id);
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body()).contains("\"masked\":true").doesNotContain(name, phone, code);
        assertThat(handler.getJson("/api/v1/appeals/queue").body()).doesNotContain(name, phone, code);
        assertThat(handler.get("/workbench/appeals").body()).doesNotContain(name, phone, code);
        assertThat(handler.get("/notifications").body()).doesNotContain(name, phone, code);
        StringBuilder sheet = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(handler.getBytes("/workbench/appeals/export")))) {
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    sheet.append(cell.toString()).append('|');
                }
            }
        }
        assertThat(sheet.toString()).contains(tracking).doesNotContain(name, phone, code);
    }

    @Test
    @DisplayName("an enterprise cannot open another enterprise's appeal, by page or API")
    void enterpriseIsolation() {
        WebUser one = WebUser.demo(port, "enterprise1");
        WebUser.Response created = one.postJson("/api/v1/appeals", """
                {"type":"HELP","category":"FINANCING","title":"申请贷款贴息咨询","content":"请问小微企业贷款贴息如何申请？","phone":"13800001111"}""");
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().replaceAll(".*\"id\":(\\d+).*", "$1");
        assertThat(one.getJson("/api/v1/appeals/" + id).status()).isEqualTo(200);
        assertThat(one.get("/enterprise/appeals/" + id).status()).isEqualTo(200);
        WebUser two = WebUser.demo(port, "enterprise2");
        assertThat(two.getJson("/api/v1/appeals/" + id).status()).isEqualTo(403);
        assertThat(two.get("/enterprise/appeals/" + id).status()).isEqualTo(403);
        assertThat(two.get("/enterprise/appeals").body()).doesNotContain("申请贷款贴息咨询");
    }

    long countTitled(String title) {
        return jdbc.sql("SELECT count(*) FROM appeal WHERE title = :t").param("t", title).query(Long.class).single();
    }

    @Test
    @DisplayName("a malformed or oversized public submission gets a clear Chinese error and nothing is stored")
    void malformedSubmissions() {
        String title = "坏提交" + UUID.randomUUID();
        WebUser anyone = WebUser.anonymous(port);
        anyone.refreshCsrf();
        Map<String, String> base = Map.of("type", "COMPLAINT", "category", "FEES", "title", title,
                "content", "乱收费问题请处理。", "name", "李四", "region", "650100");
        WebUser.Response noPhone = anyone.postMultipart("/public/appeals", null, null, null, base);
        assertThat(noPhone.body()).contains("请填写有效的联系电话");
        Map<String, String> tooLong = new java.util.HashMap<>(base);
        tooLong.put("phone", "13900001111");
        tooLong.put("content", "长".repeat(6000));
        assertThat(anyone.postMultipart("/public/appeals", null, null, null, tooLong).body()).contains("诉求内容不能超过5000字");
        Map<String, String> ok = new java.util.HashMap<>(base);
        ok.put("phone", "13900001111");
        assertThat(anyone.postMultipart("/public/appeals", "files", "virus.exe", new byte[]{1, 2, 3}, ok).body())
                .contains("类型不支持");
        WebUser.Response big = anyone.postMultipart("/public/appeals", "files", "scan.pdf", new byte[1_100_000], ok);
        assertThat(big.body()).contains("超过");
        Map<String, String> anonymousComplaint = new java.util.HashMap<>(ok);
        anonymousComplaint.put("anonymous", "on");
        assertThat(anyone.postMultipart("/public/appeals", null, null, null, anonymousComplaint).body()).contains("只有举报可以匿名提交");
        assertThat(countTitled(title)).isZero();
        WebUser.Response good = anyone.postMultipart("/public/appeals", "files", "receipt.pdf", "%PDF-1.4 test".getBytes(), ok);
        assertThat(good.body()).contains("查询码", "访问码");
        assertThat(countTitled(title)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM appeal_attachment t JOIN appeal a ON a.id = t.appeal_id WHERE a.title = :t")
                .param("t", title).query(Long.class).single()).isEqualTo(1);
    }

    HttpResponse<String> post12345(String body, String secret) throws Exception {
        return send12345(HotlineSignature.signed(hotlineRequest(body), secret, body));
    }

    HttpRequest.Builder hotlineRequest(String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/public/appeals/hotline"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    static HttpResponse<String> send12345(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @DisplayName("12345 intake: the same ticket sent twice makes one appeal; a bad signature is refused and stores nothing")
    void hotlineIdempotentAndSigned() throws Exception {
        String ticket = "12345-" + UUID.randomUUID();
        String body = """
                {"ticketId":"%s","type":"COMPLAINT","category":"GOV_SERVICES","title":"窗口办事排队时间长","content":"政务大厅社保窗口排队两小时。","name":"赵六","phone":"13700002222","region":"650104"}"""
                .formatted(ticket);
        String secret = HotlineSignature.DEMO_SECRET;
        HttpResponse<String> first = post12345(body, secret);
        assertThat(first.statusCode()).isEqualTo(201);
        String at = Long.toString(java.time.Instant.now().getEpochSecond());
        String nonce = HotlineSignature.newNonce();
        HttpResponse<String> second = send12345(hotlineRequest(body).header("X-Timestamp", at).header("X-Nonce", nonce)
                .header("X-Signature", "sha256=" + HotlineSignature.sign(secret, at, nonce, body)));
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("\"duplicate\":true");
        String tracking = first.body().replaceAll(".*\"trackingNumber\":\"([^\"]+)\".*", "$1");
        assertThat(second.body()).contains(tracking);
        // 12345 relays the public code and the access code to the caller; a repeated ticket gets the public code only
        assertThat(first.body()).containsPattern("\"publicCode\":\"YS-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\"")
                .containsPattern("\"accessCode\":\"[0-9A-Z]{4}-[0-9A-Z]{4}\"");
        assertThat(second.body()).doesNotContain("accessCode");
        assertThat(jdbc.sql("SELECT count(*) FROM appeal WHERE external_ticket = :t").param("t", ticket).query(Long.class).single()).isEqualTo(1);

        String other = body.replace(ticket, ticket + "-forged");
        HttpResponse<String> forged = post12345(other, "wrong-secret");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.body()).contains("签名无效");
        assertThat(jdbc.sql("SELECT count(*) FROM appeal WHERE external_ticket = :t").param("t", ticket + "-forged").query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("12345 intake: the signature covers timestamp, nonce and body; a replayed request, a stale timestamp or a missing nonce is refused")
    void hotlineReplayRefused() throws Exception {
        String ticket = "12345-replay-" + UUID.randomUUID();
        String body = """
                {"ticketId":"%s","type":"CONSULTATION","category":"GOV_SERVICES","title":"重放探测","content":"请问营业执照如何变更？","name":"孙八","phone":"13700004444","region":"650102"}"""
                .formatted(ticket);
        String secret = HotlineSignature.DEMO_SECRET;
        long now = java.time.Instant.now().getEpochSecond();
        String nonce = HotlineSignature.newNonce();
        assertThat(send12345(HotlineSignature.signed(hotlineRequest(body), secret, body, now, nonce)).statusCode()).isEqualTo(201);
        HttpResponse<String> replay = send12345(HotlineSignature.signed(hotlineRequest(body), secret, body, now, nonce));
        assertThat(replay.statusCode()).isEqualTo(401);
        assertThat(replay.body()).contains("重放");

        String other = body.replace(ticket, ticket + "-stale");
        HttpResponse<String> stale = send12345(HotlineSignature.signed(hotlineRequest(other), secret, other, now - 6 * 60,
                HotlineSignature.newNonce()));
        assertThat(stale.statusCode()).isEqualTo(401);
        assertThat(stale.body()).contains("时间戳");
        HttpResponse<String> future = send12345(HotlineSignature.signed(hotlineRequest(other), secret, other, now + 6 * 60,
                HotlineSignature.newNonce()));
        assertThat(future.statusCode()).isEqualTo(401);
        // the body alone signed, as before: no longer enough
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String bodyOnly = java.util.HexFormat.of().formatHex(mac.doFinal(other.getBytes(StandardCharsets.UTF_8)));
        assertThat(send12345(hotlineRequest(other).header("X-Signature", bodyOnly)).statusCode()).isEqualTo(401);
        // a timestamp changed after signing breaks the signature
        String at = Long.toString(now);
        String n2 = HotlineSignature.newNonce();
        assertThat(send12345(hotlineRequest(other).header("X-Timestamp", Long.toString(now + 1)).header("X-Nonce", n2)
                .header("X-Signature", HotlineSignature.sign(secret, at, n2, other))).statusCode()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT count(*) FROM appeal WHERE external_ticket = :t").param("t", ticket + "-stale")
                .query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("the figures page shows each rate as numerator/denominator and exports XLSX; departments may not open it")
    void figuresPage() {
        WebUser office = WebUser.demo(port, "office");
        WebUser.Response page = office.get("/cockpit/appeals?by=CATEGORY");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("响应率", "按期办结率", "满意率", "口径", "appeal-chart");
        assertThat(office.getJson("/cockpit/appeals/chart?by=REGION").body()).contains("\"names\"");
        byte[] xlsx = office.getBytes("/cockpit/appeals/export?by=DEPARTMENT");
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        assertThat(WebUser.demo(port, "scj.handler").get("/cockpit/appeals").status()).isEqualTo(403);
    }
}
