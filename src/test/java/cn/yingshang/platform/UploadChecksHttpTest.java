package cn.yingshang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class UploadChecksHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** A Windows executable's first bytes ("MZ" header), as an attacker would rename it. */
    static final byte[] EXE = {0x4D, 0x5A, (byte) 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, (byte) 0xFF, (byte) 0xFF};

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(Deflater.BEST_COMPRESSION);
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static final byte[] CONTENT_TYPES = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
            .getBytes(StandardCharsets.UTF_8);

    /**
     * A DOCX under 1 MB whose document part inflates to about 45 MB, about 65 times over: POI's default
     * ratio limit (100 times) lets it through, and parsing it in memory takes hundreds of megabytes.
     */
    static byte[] quietDocxBomb() {
        Random random = new Random(13);
        StringBuilder xml = new StringBuilder("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        String filler = "<w:p><w:r><w:t>投标人须在本市设立分公司</w:t></w:r></w:p>";
        while (xml.length() < 30_000_000) {
            for (int n = 0; n < 600; n += filler.length()) {
                xml.append(filler);
            }
            xml.append("<w:p><w:r><w:t>").append(Long.toHexString(random.nextLong())).append("</w:t></w:r></w:p>");
        }
        xml.append("</w:body></w:document>");
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", CONTENT_TYPES);
        parts.put("word/document.xml", xml.toString().getBytes(StandardCharsets.UTF_8));
        return zip(parts);
    }

    /** A classic XLSX bomb: one sheet of 200 MB of the same bytes. */
    static byte[] xlsxBomb() {
        byte[] sheet = new byte[200 * 1024 * 1024];
        java.util.Arrays.fill(sheet, (byte) ' ');
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", CONTENT_TYPES);
        parts.put("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8));
        parts.put("xl/worksheets/sheet1.xml", sheet);
        return zip(parts);
    }

    @Test
    @DisplayName("an appeal attachment is checked by its content: an .exe renamed .pdf is refused and nothing is stored")
    void appealAttachmentByContent() {
        WebUser visitor = WebUser.behindProxy(port, WebUser.freshClientAddress());
        visitor.refreshCsrf();
        String title = "附件类型检查" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> form = Map.of("type", "CONSULTATION", "category", "GOV_SERVICES", "title", title,
                "content", "请问营业执照如何办理变更。", "name", "李四", "phone", "13900002222", "region", "650102");
        WebUser.Response r = visitor.postMultipart("/public/appeals", "files", "invoice.pdf", EXE, form);
        assertThat(r.body()).contains("内容与其类型不符");
        assertThat(jdbc.sql("SELECT count(*) FROM appeal WHERE title = :t").param("t", title).query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("a review draft is checked by content and size before it is parsed: a renamed executable and a zip-bomb DOCX are refused")
    void reviewDraftUploads() {
        byte[] bomb = quietDocxBomb();
        assertThat(bomb.length).as("fits the 1 MB upload limit").isLessThan(1024 * 1024);
        WebUser office = WebUser.demo(port, "office");
        Map<String, String> form = Map.of("title", "上传检查 " + UUID.randomUUID(), "kind", "TENDER");
        WebUser.Response exe = office.postMultipart("/workbench/reviews", "file", "招标文件.pdf", EXE, form);
        assertThat(exe.body()).contains("内容与其类型不符");
        WebUser.Response bombed = office.postMultipart("/workbench/reviews", "file", "招标文件.docx", bomb, form);
        assertThat(bombed.status()).isEqualTo(200);
        assertThat(bombed.body()).contains("疑似压缩炸弹");
    }

    @Test
    @DisplayName("a catalogue XLSX import that is a zip bomb is refused before POI inflates it")
    void catalogueImportZipBomb() {
        WebUser office = WebUser.demo(port, "office");
        WebUser.Response r = office.postMultipart("/workbench/catalogues/intermediaries/versions", "file", "intermediaries.xlsx",
                xlsxBomb(), Map.of("note", "炸弹"));
        assertThat(r.body()).contains("疑似压缩炸弹");
    }

    @Test
    @DisplayName("a credit record import is checked by content: a PNG named .csv is refused with a Chinese problem")
    void creditImportByContent() {
        WebUser scj = WebUser.demo(port, "scj.handler");
        byte[] png = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D};
        WebUser.Response r = scj.postMultipart("/api/v1/credit/records/imports", "file", "records.csv", png, Map.of());
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body()).contains("内容与其类型不符");
    }
}
