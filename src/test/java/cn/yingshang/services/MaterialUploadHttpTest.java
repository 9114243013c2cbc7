package cn.yingshang.services;

import static org.assertj.core.api.Assertions.assertThat;

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

/** 001 §34 online: the enterprise uploads the material the platform does not hold (shared data is never asked); the handler downloads it. */
@PlatformTest
class MaterialUploadHttpTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2, 3};

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    long guide() {
        return jdbc.sql("SELECT id FROM svc_implementation WHERE item_code = 'SVC-GA-001' AND level = 'CITY'").query(Long.class).single();
    }

    int seq(long guide, String material) {
        return jdbc.sql("SELECT seq FROM svc_material WHERE implementation_id = :g AND name = :n").param("g", guide).param("n", material)
                .query(Integer.class).single();
    }

    long casesWithKey(String key) {
        return jdbc.sql("SELECT count(*) FROM svc_case WHERE request_key LIKE :k").param("k", "%:" + key).query(Long.class).single();
    }

    String source(long caseId, String material) {
        return jdbc.sql("SELECT string_agg(source, ',') FROM svc_case_material WHERE case_id = :c AND name = :n")
                .param("c", caseId).param("n", material).query((rs, n) -> rs.getString(1)).list().get(0);
    }

    @Test
    @DisplayName("001 §34: an uploaded material is stored with the case and the handler downloads it; held materials are never asked")
    void uploadedMaterialReachesTheHandler() {
        long guide = guide();
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        String form = enterprise.get("/enterprise/services/apply/" + guide).body();
        assertThat(form).contains("enctype=\"multipart/form-data\"").contains("data-material=\"印章印模\"")
                .doesNotContain("data-material=\"营业执照\"");  // from the registry: filled in, not uploaded

        WebUser.Response applied = enterprise.postMultipart("/enterprise/services/apply/" + guide, "material-" + seq(guide, "印章印模"),
                "印模.png", PNG, Map.of("requestKey", UUID.randomUUID().toString()));
        assertThat(applied.body()).contains("已提交申请");
        long id = Long.parseLong(applied.uri().getPath().replaceAll(".*/", ""));
        assertThat(source(id, "印章印模")).isEqualTo("PROVIDED");
        assertThat(source(id, "营业执照")).isEqualTo("REGISTRY");

        WebUser handler = WebUser.demo(port, "gaj.handler");
        String page = handler.get("/workbench/services/cases/" + id).body();
        long fileId = jdbc.sql("SELECT id FROM svc_case_material_file WHERE case_id = :c").param("c", id).query(Long.class).single();
        String link = "/workbench/services/cases/" + id + "/materials/" + fileId;
        assertThat(page).contains("id=\"material-files\"").contains("href=\"" + link + "\"").contains("hx-boost=\"false\"")
                .contains(" download ").contains("印模.png");
        WebUser.Response download = handler.get(link);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
        assertThat(handler.getBytes(link)).isEqualTo(PNG);
        // another enterprise cannot fetch it, nor a handler of another department
        assertThat(WebUser.demo(port, "enterprise2").get("/enterprise/services/cases/" + id + "/materials/" + fileId).status())
                .isIn(403, 404);
        assertThat(WebUser.demo(port, "scj.handler").get(link).status()).isIn(403, 404);
    }

    @Test
    @DisplayName("A ticked material without a file is not supplied; a wrong file type is refused on its field and nothing saved is lost")
    void tickWithoutFileAndWrongTypeRefused() {
        long guide = guide();
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        WebUser.Response ticked = enterprise.postForm("/enterprise/services/apply/" + guide,
                Map.of("requestKey", UUID.randomUUID().toString(), "provided", "印章印模"));
        long tickedId = Long.parseLong(ticked.uri().getPath().replaceAll(".*/", ""));
        assertThat(source(tickedId, "印章印模")).isNull();

        WebUser.Response first = enterprise.postMultipart("/enterprise/services/apply/" + guide, "material-" + seq(guide, "印章印模"),
                "印模.png", PNG, Map.of("requestKey", UUID.randomUUID().toString()));
        long firstId = Long.parseLong(first.uri().getPath().replaceAll(".*/", ""));

        String key = UUID.randomUUID().toString();
        String field = "material-" + seq(guide, "印章印模");
        WebUser.Response refused = enterprise.postMultipart("/enterprise/services/apply/" + guide, field, "印模.exe",
                "MZ\u0090 not a document".getBytes(StandardCharsets.ISO_8859_1), Map.of("requestKey", key));
        assertThat(refused.body()).contains("id=\"" + field + "-error\"").contains("文件“印模.exe”的类型不支持");
        assertThat(casesWithKey(key)).isZero();
        // renamed to .png, the bytes still give it away
        WebUser.Response disguised = enterprise.postMultipart("/enterprise/services/apply/" + guide, field, "印模.png",
                "MZ\u0090 not a document".getBytes(StandardCharsets.ISO_8859_1), Map.of("requestKey", key));
        assertThat(disguised.body()).contains("文件“印模.png”的内容与其类型不符");
        assertThat(casesWithKey(key)).isZero();
        // the case applied before keeps its file
        assertThat(source(firstId, "印章印模")).isEqualTo("PROVIDED");
        assertThat(enterprise.getBytes("/enterprise/services/cases/" + firstId + "/materials/" + jdbc.sql(
                "SELECT id FROM svc_case_material_file WHERE case_id = :c").param("c", firstId).query(Long.class).single())).isEqualTo(PNG);
    }
}
