package cn.yingshang.credit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.TestCodes;
import cn.yingshang.support.WebUser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class CreditImportAndApiTest {

    static final String HEADER = "统一社会信用代码,记录类别,来源记录编号,依据,决定日期,失信程度,摘要";

    @LocalServerPort
    int port;
    final JdbcClient jdbc;
    final Clock clock;

    @Autowired
    CreditImportAndApiTest(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Test
    @DisplayName("a CSV import keeps good rows, reports each bad row with its line and reason, and never duplicates a source id")
    void importReportsBadRowsAndSkipsRepeats() {
        String a = TestCodes.enterprise("650102");
        String b = TestCodes.enterprise("650103");
        String p = "IMP-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String badCheck = a.substring(0, 17) + (a.charAt(17) == '0' ? '1' : '0');
        String csv = String.join("\n", HEADER,
                a + ",行政处罚," + p + "1,乌市监罚〔2025〕101号,2025-06-01,一般,销售过期食品",          // line 2 good
                b + ",行政许可," + p + "2,乌市监许〔2025〕7号,2025-06-02,,食品经营许可",                // line 3 good
                badCheck + ",行政处罚," + p + "3,乌市监罚〔2025〕103号,2025-06-03,一般,",              // line 4 bad code
                a + ",行政处罚," + p + "4,乌市监罚〔2025〕104号,2025-13-01,一般,",                     // line 5 bad date
                a + ",行政处罚," + p + "5,乌市监罚〔2025〕105号,2025-06-05,,",                        // line 6 no severity
                a + ",罚款," + p + "6,乌市监罚〔2025〕106号,2025-06-06,一般,",                         // line 7 unknown kind
                a + ",行政处罚," + p + "1,乌市监罚〔2025〕101号,2025-06-01,一般,销售过期食品") + "\n";  // line 8 repeat of line 2
        WebUser scj = WebUser.demo(port, "scj.handler");
        var first = scj.postMultipart("/api/v1/credit/records/imports", "file", "records.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).contains("\"imported\":2").contains("\"repeated\":1");
        assertThat(first.body()).contains("{\"line\":4,\"reason\":\"统一社会信用代码：");
        assertThat(first.body()).contains("{\"line\":5,\"reason\":\"决定日期：");
        assertThat(first.body()).contains("{\"line\":6,\"reason\":\"失信程度：");
        assertThat(first.body()).contains("{\"line\":7,\"reason\":\"记录类别：记录类别无效：“罚款”");
        assertThat(first.body().split("\"line\"")).hasSize(5);

        var again = scj.postMultipart("/api/v1/credit/records/imports", "file", "records.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(again.body()).contains("\"imported\":0").contains("\"repeated\":3");
        assertThat(jdbc.sql("SELECT count(*) FROM credit_record WHERE source_record_id LIKE :p").param("p", p + "%")
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT source_department_code FROM credit_record WHERE source_record_id = :s").param("s", p + "1")
                .query(String.class).single()).isEqualTo("650100-MARKET_REGULATION");
    }

    @Test
    @DisplayName("an XLSX import through the page lists rejected rows with their line numbers")
    void xlsxThroughThePage() throws Exception {
        String code = TestCodes.enterprise("650104");
        String p = "XLSX-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet();
            String[][] rows = {HEADER.split(","), {code, "表彰荣誉", p + "-1", "乌鲁木齐市守合同重信用企业", "2025-03-01", "", ""},
                    {code, "行政处罚", p + "-2", "", "2025-03-02", "轻微", ""}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            xlsx = out.toByteArray();
        }
        WebUser scj = WebUser.demo(port, "scj.handler");
        var page = scj.postMultipart("/workbench/credit/import", "file", "records.xlsx", xlsx, Map.of());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("新增 1 条").contains("拒绝 1 行").contains("<td>3</td>").contains("依据：请填写依据");
    }

    @Test
    @DisplayName("the source-department API is idempotent: 201 for a new record, 200 with the same id for a repeat; other departments' records are refused")
    void apiIsIdempotent() {
        String code = TestCodes.enterprise("650105");
        String src = "API-" + UUID.randomUUID();
        String json = """
                {"creditCode":"%s","kind":"PENALTY","sourceRecordId":"%s","basis":"乌市监罚〔2025〕200号",
                 "decidedOn":"%s","severity":"MINOR","summary":"联系人张三，身份证650102199001011234，电话13912345678"}"""
                .formatted(code, src, LocalDate.now(clock).minusDays(2));
        WebUser scj = WebUser.demo(port, "scj.handler");
        var created = scj.postJson("/api/v1/credit/records", json);
        var repeated = scj.postJson("/api/v1/credit/records", json);
        assertThat(created.status()).isEqualTo(201);
        assertThat(repeated.status()).isEqualTo(200);
        String id = created.body().replaceAll(".*\"id\":(\\d+).*", "$1");
        assertThat(repeated.body()).contains("\"id\":" + id).contains("\"created\":false");

        var foreign = scj.postJson("/api/v1/credit/records", json.replace("\"kind\"", "\"sourceDepartmentCode\":\"650100-TAXATION\",\"kind\""));
        assertThat(foreign.status()).isEqualTo(422);

        var publicProfile = WebUser.anonymous(port).getJson("/api/v1/public/credit/" + code);
        assertThat(publicProfile.status()).isEqualTo(200);
        assertThat(publicProfile.body()).contains("乌市监罚〔2025〕200号")
                .doesNotContain("650102199001011234").doesNotContain("13912345678").contains("139****5678")
                .doesNotContain("riskClass");
    }
}
