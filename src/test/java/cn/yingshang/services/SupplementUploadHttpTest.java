package cn.yingshang.services;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.Multipart;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * 001 §31 and 000 §19: what the one-time notice asks for and what a 容缺 case was accepted without
 * come as files, every one of them; the handler of the case downloads them, nobody else.
 */
@PlatformTest
class SupplementUploadHttpTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final byte[] PNG = MaterialUploadHttpTest.PNG;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    long apply(String code) {
        long guide = jdbc.sql("SELECT id FROM svc_implementation WHERE item_code = :c AND level = 'CITY'").param("c", code)
                .query(Long.class).single();
        WebUser.Response r = WebUser.demo(port, "enterprise1").postJson("/api/v1/service-cases",
                "{\"guideId\":" + guide + ",\"requestKey\":\"" + UUID.randomUUID() + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).get("id").asLong();
    }

    String status(long id) {
        return jdbc.sql("SELECT status FROM svc_case WHERE id = :id").param("id", id).query(String.class).single();
    }

    long files(long id, String stage) {
        return jdbc.sql("SELECT count(*) FROM svc_case_material_file WHERE case_id = :c AND stage = :s").param("c", id)
                .param("s", stage).query(Long.class).single();
    }

    long fileId(long id, String stage) {
        return jdbc.sql("SELECT id FROM svc_case_material_file WHERE case_id = :c AND stage = :s").param("c", id)
                .param("s", stage).query(Long.class).single();
    }

    @Test
    @DisplayName("001 §31: the 补正 answer must carry the notice's material as a file (Chinese field error without it or with a wrong type); "
            + "the handler downloads it under its Chinese name; another enterprise cannot answer or download, another department cannot download")
    void noticeAnswerIsAFile() {
        long id = apply("SVC-SC-003");
        WebUser scj = WebUser.demo(port, "scj.handler");
        assertThat(scj.postForm("/workbench/services/cases/" + id + "/notice", Map.of("materials", "公司章程")).body())
                .contains("已一次性告知补正");
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        String page = enterprise.get("/enterprise/services/cases/" + id).body();
        assertThat(page).contains("enctype=\"multipart/form-data\"").contains("id=\"notice-file-0\"").contains("data-material=\"公司章程\"");

        // someone else's case: told it does not exist, nothing stored
        WebUser other = WebUser.demo(port, "enterprise2");
        assertThat(other.postMultipart("/enterprise/services/cases/" + id + "/notice", "notice-file-0", "章程.png", PNG, Map.of())
                .status()).isEqualTo(404);
        assertThat(other.sendWithCsrf(new Multipart().file("notice-file-0", "章程.png", PNG)
                .post(port, "/api/v1/service-cases/" + id + "/notice-answer")).status()).isEqualTo(404);
        assertThat(status(id)).isEqualTo("SUPPLEMENT_REQUESTED");

        WebUser.Response none = enterprise.postMultipart("/enterprise/services/cases/" + id + "/notice", null, null, null, Map.of());
        assertThat(none.body()).contains("id=\"notice-file-0-error\"").contains("请上传以下材料的文件：公司章程");
        WebUser.Response exe = enterprise.postMultipart("/enterprise/services/cases/" + id + "/notice", "notice-file-0", "章程.exe",
                "MZ\u0090 not a document".getBytes(StandardCharsets.ISO_8859_1), Map.of());
        assertThat(exe.body()).contains("id=\"notice-file-0-error\"").contains("文件“章程.exe”的类型不支持");
        assertThat(status(id)).isEqualTo("SUPPLEMENT_REQUESTED");
        assertThat(files(id, "NOTICE")).isZero();

        assertThat(enterprise.postMultipart("/enterprise/services/cases/" + id + "/notice", "notice-file-0", "公司章程（修订）.png", PNG,
                Map.of()).body()).contains("已按一次性告知补正");
        assertThat(status(id)).isEqualTo("SUBMITTED");
        long fileId = fileId(id, "NOTICE");
        String link = "/workbench/services/cases/" + id + "/materials/" + fileId;
        assertThat(scj.get("/workbench/services/cases/" + id).body()).contains("href=\"" + link + "\"").contains("公司章程（修订）.png")
                .contains("（补正）");
        WebUser.Response download = scj.get(link);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .contains("filename*=UTF-8''" + java.net.URLEncoder.encode("公司章程（修订）.png", StandardCharsets.UTF_8));
        assertThat(scj.getBytes(link)).isEqualTo(PNG);
        assertThat(other.get("/enterprise/services/cases/" + id + "/materials/" + fileId).status()).isEqualTo(404);
        assertThat(other.getJson("/api/v1/service-cases/" + id + "/materials/" + fileId).status()).isEqualTo(404);
        assertThat(WebUser.demo(port, "gaj.handler").get(link).status()).isIn(403, 404);
        // answered once: a second answer finds no notice open
        assertThat(enterprise.sendWithCsrf(new Multipart().file("notice-file-0", "章程.png", PNG)
                .post(port, "/api/v1/service-cases/" + id + "/notice-answer")).status()).isEqualTo(422);
    }

    @Test
    @DisplayName("000 §19: late 容缺 materials are files; refused without one (Chinese field error) or on someone else's case; "
            + "the handler sees them beside the application's files; the API answers the notice with files too")
    void deficiencyMaterialsAreFiles() {
        long id = apply("SVC-GA-001");
        WebUser gaj = WebUser.demo(port, "gaj.handler");
        assertThat(gaj.postJson("/api/v1/service-cases/" + id + "/acceptance-with-deficiency", "{\"missing\":[\"经办人授权委托书\"]}")
                .status()).isEqualTo(200);
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        assertThat(enterprise.get("/enterprise/services/cases/" + id).body()).contains("id=\"deficiency-file-0\"")
                .contains("data-material=\"经办人授权委托书\"");

        WebUser other = WebUser.demo(port, "enterprise2");
        assertThat(other.postMultipart("/enterprise/services/cases/" + id + "/deficiency", "deficiency-file-0", "委托书.png", PNG, Map.of())
                .status()).isEqualTo(404);
        assertThat(other.sendWithCsrf(new Multipart().file("deficiency-file-0", "委托书.png", PNG)
                .post(port, "/api/v1/service-cases/" + id + "/deficiency-supplied")).status()).isEqualTo(404);
        // a handler is no applicant
        assertThat(gaj.sendWithCsrf(new Multipart().file("deficiency-file-0", "委托书.png", PNG)
                .post(port, "/api/v1/service-cases/" + id + "/deficiency-supplied")).status()).isEqualTo(403);

        assertThat(enterprise.postMultipart("/enterprise/services/cases/" + id + "/deficiency", null, null, null, Map.of()).body())
                .contains("id=\"deficiency-file-0-error\"").contains("请上传以下材料的文件：经办人授权委托书");
        assertThat(files(id, "DEFICIENCY")).isZero();
        assertThat(gaj.postJson("/api/v1/service-cases/" + id + "/decision", "{\"grant\":true}").status()).isEqualTo(422);

        assertThat(enterprise.postMultipart("/enterprise/services/cases/" + id + "/deficiency", "deficiency-file-0", "授权委托书.png",
                PNG, Map.of()).body()).contains("容缺材料已补交");
        long fileId = fileId(id, "DEFICIENCY");
        assertThat(gaj.get("/workbench/services/cases/" + id).body()).contains("授权委托书.png").contains("（容缺补交）");
        assertThat(gaj.getBytes("/workbench/services/cases/" + id + "/materials/" + fileId)).isEqualTo(PNG);
        assertThat(enterprise.getBytes("/enterprise/services/cases/" + id + "/materials/" + fileId)).isEqualTo(PNG);
        assertThat(WebUser.demo(port, "scj.handler").get("/workbench/services/cases/" + id + "/materials/" + fileId).status())
                .isIn(403, 404);
        assertThat(gaj.postJson("/api/v1/service-cases/" + id + "/decision", "{\"grant\":true}").status()).isEqualTo(200);

        // the 补正 answer over the API, by the notice's positions
        long noticed = apply("SVC-SC-003");
        WebUser scj = WebUser.demo(port, "scj.handler");
        assertThat(scj.postJson("/api/v1/service-cases/" + noticed + "/supplement-requests", "{\"materials\":[\"公司章程\"]}")
                .status()).isEqualTo(200);
        WebUser.Response missing = enterprise.sendWithCsrf(new Multipart().field("note", "x")
                .post(port, "/api/v1/service-cases/" + noticed + "/notice-answer"));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(JSON.readTree(missing.body()).path("errors").path("notice-file-0").asText()).contains("公司章程");
        WebUser.Response answered = enterprise.sendWithCsrf(new Multipart().file("notice-file-0", "章程.pdf",
                "%PDF-1.4\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)).post(port, "/api/v1/service-cases/" + noticed + "/notice-answer"));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(JSON.readTree(answered.body()).get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(JSON.readTree(answered.body()).path("files").get(0).path("stage").asText()).isEqualTo("NOTICE");
    }
}
