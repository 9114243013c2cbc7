package cn.yingshang.services;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.Multipart;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API's online application takes its materials as files (multipart), with problem+json refusals and Idempotency-Key. */
@PlatformTest
class ServiceApplyMultipartApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final byte[] PNG = MaterialUploadHttpTest.PNG;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    long guide() {
        return jdbc.sql("SELECT id FROM svc_implementation WHERE item_code = 'SVC-GA-001' AND level = 'CITY'").query(Long.class).single();
    }

    String field(long guide, String material) {
        JsonNode materials = JSON.readTree(WebUser.anonymous(port).getJson("/api/v1/public/service-items/" + guide + "/materials").body());
        for (JsonNode m : materials) {
            if (m.get("name").asText().equals(material)) {
                return m.get("field").isNull() ? null : m.get("field").asText();
            }
        }
        throw new AssertionError(material + " not listed");
    }

    WebUser.Response post(WebUser user, Multipart body, String key) {
        var request = body.post(port, "/api/v1/service-cases");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return user.sendWithCsrf(request);
    }

    @Test
    @DisplayName("001 §34 over the API: the public materials list names each file part; a multipart application stores the file; "
            + "the Idempotency-Key both keys the case and replays the answer")
    void multipartApplicationStoresItsFiles() {
        long guide = guide();
        String seal = field(guide, "印章印模");
        assertThat(seal).startsWith("material-");
        assertThat(field(guide, "营业执照")).isNull();  // held by the platform: never a part
        assertThat(WebUser.anonymous(port).getJson("/api/v1/public/service-items/999999999/materials").status()).isEqualTo(404);

        WebUser enterprise = WebUser.demo(port, "enterprise1");
        String key = UUID.randomUUID().toString();
        WebUser.Response created = post(enterprise, new Multipart().field("guideId", Long.toString(guide)).file(seal, "印模.png", PNG), key);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode view = JSON.readTree(created.body());
        long id = view.get("id").asLong();
        assertThat(view.get("files").get(0).get("material").asText()).isEqualTo("印章印模");
        assertThat(view.get("files").get(0).get("stage").asText()).isEqualTo("APPLY");
        assertThat(jdbc.sql("SELECT request_key FROM svc_case WHERE id = :id").param("id", id).query(String.class).single())
                .endsWith(":" + key);

        WebUser.Response replay = post(enterprise, new Multipart().field("guideId", Long.toString(guide)).file(seal, "印模.png", PNG), key);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(JSON.readTree(replay.body()).get("id").asLong()).isEqualTo(id);
        assertThat(jdbc.sql("SELECT count(*) FROM svc_case_material_file WHERE case_id = :id").param("id", id).query(Long.class).single())
                .isEqualTo(1);

        String href = view.get("files").get(0).get("href").asText();
        assertThat(enterprise.getBytes(href)).isEqualTo(PNG);
        assertThat(WebUser.demo(port, "enterprise2").getJson(href).status()).isEqualTo(404);
        assertThat(WebUser.demo(port, "scj.handler").getJson(href).status()).isIn(403, 404);
        assertThat(WebUser.demo(port, "gaj.handler").getBytes(href)).isEqualTo(PNG);
    }

    @Test
    @DisplayName("Refusals are problem+json on the part: a part for no material, one for a material the platform holds, a file that "
            + "is no document, no request key at all; a department cannot apply")
    void refusalsNameThePart() {
        long guide = guide();
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        long before = jdbc.sql("SELECT count(*) FROM svc_case").query(Long.class).single();

        WebUser.Response unknown = post(enterprise, new Multipart().field("guideId", Long.toString(guide))
                .file("material-999", "x.png", PNG), UUID.randomUUID().toString());
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(JSON.readTree(unknown.body()).path("errors").path("material-999").asText()).contains("material-999");

        WebUser.Response held = post(enterprise, new Multipart().field("guideId", Long.toString(guide))
                .file(heldField(guide), "执照.png", PNG), UUID.randomUUID().toString());
        assertThat(held.status()).isEqualTo(422);
        assertThat(JSON.readTree(held.body()).get("detail").asText()).contains("营业执照").contains("无需上传");

        String seal = field(guide, "印章印模");
        WebUser.Response exe = post(enterprise, new Multipart().field("guideId", Long.toString(guide))
                .file(seal, "印模.exe", "MZ\u0090 not a document".getBytes(StandardCharsets.ISO_8859_1)), UUID.randomUUID().toString());
        assertThat(exe.status()).isEqualTo(422);
        assertThat(JSON.readTree(exe.body()).path("errors").path(seal).asText()).contains("类型不支持");

        WebUser.Response noKey = post(enterprise, new Multipart().field("guideId", Long.toString(guide)).file(seal, "印模.png", PNG), null);
        assertThat(noKey.status()).isEqualTo(422);
        assertThat(JSON.readTree(noKey.body()).path("errors").has("requestKey")).isTrue();

        assertThat(post(WebUser.demo(port, "gaj.handler"), new Multipart().field("guideId", Long.toString(guide))
                .file(seal, "印模.png", PNG), UUID.randomUUID().toString()).status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM svc_case").query(Long.class).single()).isEqualTo(before);
    }

    /** The part name a held material would have if it were asked (it is not). */
    String heldField(long guide) {
        return "material-" + jdbc.sql("SELECT seq FROM svc_material WHERE implementation_id = :g AND name = '营业执照'")
                .param("g", guide).query(Integer.class).single();
    }
}
