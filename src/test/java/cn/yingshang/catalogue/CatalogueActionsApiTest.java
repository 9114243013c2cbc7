package cn.yingshang.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.Authorisation;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 17: the catalogue page's XLSX version import as an API operation — catalogue:manage only,
 * the page's rules (xlsx only, dates not before the last version) as problem+json in Chinese.
 */
@PlatformTest
class CatalogueActionsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("a new catalogue version by API: refused to a handler and an enterprise; a text file is problem+json; the office publishes")
    void importByApi() throws Exception {
        byte[] exported = WebUser.anonymous(port).getBytes("/public/catalogues/intermediaries/export.xlsx");
        String newName = "接口中介服务" + UUID.randomUUID().toString().substring(0, 6);
        byte[] edited;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(exported)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheetAt(0);
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            row.createCell(0).setCellValue("INT-A" + UUID.randomUUID().toString().substring(0, 6));
            row.createCell(1).setCellValue(newName);
            row.createCell(3).setCellValue("接口测试依据");
            wb.write(out);
            edited = out.toByteArray();
        }
        // not before the latest version's date, so other tests importing on that date still may
        LocalDate from = jdbc.sql("SELECT max(effective_from) FROM catalogue_version WHERE kind = 'INTERMEDIARY'")
                .query(LocalDate.class).optional().orElse(LocalDate.of(2025, 1, 2));
        Map<String, String> fields = Map.of("effectiveFrom", from.toString(), "note", "接口导入");
        String path = "/api/v1/catalogues/intermediaries/versions";
        long before = versions();

        Authorisation.assertRefused(WebUser.demo(port, "enterprise1").postMultipart(path, "file", "x.xlsx", edited, fields));
        Authorisation.assertRefused(WebUser.demo(port, "scj.handler").postMultipart(path, "file", "x.xlsx", edited, fields));
        WebUser office = WebUser.demo(port, "office");
        var text = office.postMultipart(path, "file", "list.txt", "x".getBytes(), fields);
        assertThat(text.status()).as(text.body()).isEqualTo(422);
        assertThat(text.contentType()).contains("application/problem+json");
        assertThat(text.body()).contains("请上传 .xlsx 文件");
        assertThat(versions()).isEqualTo(before);

        var published = office.postMultipart(path, "file", "intermediaries.xlsx", edited, fields);
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        assertThat(published.body()).contains(newName).contains("\"change\":\"ADDED\"").contains("\"publishedBy\":\"office\"");
        assertThat(versions()).isEqualTo(before + 1);
        assertThat(office.getJson(path).body()).contains(newName);
    }

    private long versions() {
        return jdbc.sql("SELECT count(*) FROM catalogue_version WHERE kind = 'INTERMEDIARY'").query(Long.class).single();
    }
}
