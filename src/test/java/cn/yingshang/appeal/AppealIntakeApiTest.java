package cn.yingshang.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.ApiCaller;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The intake staff's and the office's appeal page actions as API operations: an appeal taken by phone
 * for a caller, a new access code, attachments for the appeal's readers only, categories and time limits.
 */
@PlatformTest
class AppealIntakeApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertThat(m.find()).as(name + " in " + json).isTrue();
        return m.group(1);
    }

    @Test
    @DisplayName("an appeal taken by phone by API: both codes told once, the caller tracks it; a new access code replaces the old; only intake staff act")
    void staffIntakeAndAccessCode() {
        ApiCaller office = ApiCaller.demo(port, "office");
        String title = "电话诉求" + UUID.randomUUID().toString().substring(0, 6);
        String appeal = "{\"channel\":\"PHONE\",\"type\":\"CONSULTATION\",\"category\":\"%s\",\"title\":\"" + title + "\","
                + "\"content\":\"咨询个体工商户转企业的办理流程\",\"name\":\"王先生\",\"phone\":\"13900001111\",\"region\":\"650102\"}";
        String category = jdbc.sql("SELECT code FROM appeal_category WHERE active ORDER BY sort_order LIMIT 1").query(String.class).single();
        var byEnterprise = ApiCaller.demo(port, "enterprise1").post("/api/v1/appeals/staff-intake", appeal.formatted(category),
                UUID.randomUUID().toString());
        assertThat(byEnterprise.status()).as(byEnterprise.body()).isEqualTo(403);
        var online = office.post("/api/v1/appeals/staff-intake", appeal.formatted(category).replace("PHONE", "PORTAL"),
                UUID.randomUUID().toString());
        assertThat(online.status()).isEqualTo(422);
        assertThat(online.contentType()).startsWith("application/problem+json");
        var taken = office.post("/api/v1/appeals/staff-intake", appeal.formatted(category), UUID.randomUUID().toString());
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        String code = field(taken.body(), "publicCode");
        String access = field(taken.body(), "accessCode");
        long id = jdbc.sql("SELECT id FROM appeal WHERE title = :t").param("t", title).query(Long.class).single();
        assertThat(jdbc.sql("SELECT channel FROM appeal WHERE id = :id").param("id", id).query(String.class).single()).isEqualTo("PHONE");
        WebUser caller = WebUser.forwarded(port, WebUser.TRUSTED_PROXY, WebUser.freshClientAddress());
        caller.refreshCsrf();
        assertThat(caller.postForm("/public/appeals/track", Map.of("code", code, "accessCode", access)).body()).contains(title);

        assertThat(ApiCaller.demo(port, "scj.handler").post("/api/v1/appeals/" + id + "/access-code", "{}").status()).isEqualTo(403);
        var reissued = office.post("/api/v1/appeals/" + id + "/access-code", "{}");
        assertThat(reissued.status()).isEqualTo(200);
        assertThat(field(reissued.body(), "publicCode")).isEqualTo(code);
        String fresh = field(reissued.body(), "accessCode");
        caller.refreshCsrf();
        assertThat(caller.postForm("/public/appeals/track", Map.of("code", code, "accessCode", fresh)).body()).contains(title);

        var own = ApiCaller.demo(port, "enterprise1").post("/api/v1/appeals", "{\"type\":\"CONSULTATION\",\"category\":\"" + category
                + "\",\"title\":\"账号诉求\",\"content\":\"登录后提交的诉求内容\",\"phone\":\"13900002222\"}", UUID.randomUUID().toString());
        long ownId = Long.parseLong(own.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
        var noCode = office.post("/api/v1/appeals/" + ownId + "/access-code", "{}");
        assertThat(noCode.status()).isEqualTo(422);
        assertThat(noCode.body()).contains("无需访问码");
    }

    @Test
    @DisplayName("an appeal's attachment downloads by API for its requester and the office, never for another enterprise")
    void attachmentsForReadersOnly() {
        String category = jdbc.sql("SELECT code FROM appeal_category WHERE active ORDER BY sort_order LIMIT 1").query(String.class).single();
        var own = ApiCaller.demo(port, "enterprise1").post("/api/v1/appeals", "{\"type\":\"CONSULTATION\",\"category\":\"" + category
                + "\",\"title\":\"附件诉求\",\"content\":\"附上合同扫描件供参考\",\"phone\":\"13900002222\"}", UUID.randomUUID().toString());
        long id = Long.parseLong(own.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
        long attachment = jdbc.sql("""
                        INSERT INTO appeal_attachment (appeal_id, filename, content_type, size_bytes, data)
                        VALUES (:a, '合同.pdf', 'application/pdf', 13, :d) RETURNING id""")
                .param("a", id).param("d", "%PDF-1.4 test".getBytes()).query(Long.class).single();
        String path = "/api/v1/appeals/" + id + "/attachments";
        assertThat(ApiCaller.demo(port, "enterprise1").get(path).body()).contains("合同.pdf");
        var file = ApiCaller.demo(port, "enterprise1").download(path + "/" + attachment);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.body()).isEqualTo("%PDF-1.4 test");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(ApiCaller.demo(port, "office").download(path + "/" + attachment).status()).isEqualTo(200);
        assertThat(ApiCaller.demo(port, "enterprise2").get(path).status()).isIn(403, 404);
        assertThat(ApiCaller.demo(port, "enterprise2").download(path + "/" + attachment).status()).isIn(403, 404);
    }

    @Test
    @DisplayName("categories and time limits by API for the office only; limits for a category that does not exist are refused")
    void settingsForTheOffice() {
        ApiCaller office = ApiCaller.demo(port, "office");
        assertThat(office.get("/api/v1/appeal-settings").status()).isEqualTo(200);
        assertThat(ApiCaller.demo(port, "scj.handler").get("/api/v1/appeal-settings").status()).isEqualTo(403);
        String code = "API_" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase().substring(0, 4);
        var saved = office.post("/api/v1/appeal-settings/categories", "{\"code\":\"" + code + "\",\"name\":\"接口类别\",\"function\":\"MARKET_REGULATION\","
                + "\"sortOrder\":900,\"active\":true}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).contains(code);
        var unknown = office.post("/api/v1/appeal-settings/limits", "{\"appealType\":\"*\",\"category\":\"NO_SUCH_CATEGORY\",\"dispatchDays\":1,"
                + "\"replyDays\":5,\"returnDays\":1,\"maxExtensionDays\":5,\"reopenDays\":5}");
        assertThat(unknown.status()).isEqualTo(422);
        var limits = office.post("/api/v1/appeal-settings/limits", "{\"appealType\":\"CONSULTATION\",\"category\":\"" + code + "\",\"dispatchDays\":1,"
                + "\"replyDays\":3,\"returnDays\":1,\"maxExtensionDays\":5,\"reopenDays\":5}");
        assertThat(limits.status()).as(limits.body()).isEqualTo(200);
        assertThat(limits.body()).contains("\"category\":\"" + code + "\",\"dispatchDays\":1,\"replyDays\":3");
        assertThat(ApiCaller.demo(port, "scj.handler").post("/api/v1/appeal-settings/categories", "{\"code\":\"XX\",\"name\":\"x\","
                + "\"sortOrder\":1,\"active\":true}").status()).isEqualTo(403);
    }
}
