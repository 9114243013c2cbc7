package cn.yingshang.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.shared.CreditCode;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.TestCodes;
import cn.yingshang.support.WebUser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class EntityImportTest {

    static final String HEADER = "统一社会信用代码,名称,主体类型,所有制,行政区划,行业代码,成立日期,注册资本,从业人数,营业收入,资产总额,登记状态,资质,标签";

    @LocalServerPort
    int port;

    @Autowired
    MarketEntities entities;

    @Test
    @DisplayName("1,000 rows with 3 bad: 997 imported, exactly those 3 reported with line numbers and reasons")
    void keepsGoodRowsAndReportsBadOnes() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String code = TestCodes.enterprise("650104");
            codes.add(code);
            lines.add(code + ",导入测试商贸有限公司" + i + ",企业,民营,650104,F5191,2018-03-0" + (1 + i % 9)
                    + ",100,25,1200,900,存续,高新技术企业,外贸");
        }
        String good = codes.get(99);
        String badCheck = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        lines.set(100, lines.get(100).replace(good, badCheck));                       // line 101: wrong check character
        lines.set(500, lines.get(500).replace(",650104,", ",659999,"));              // line 501: unknown region
        lines.set(900, lines.get(900).replace(",2018-03-0", ",2018-13-4"));          // line 901: impossible date
        byte[] csv = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);

        WebUser office = WebUser.demo(port, "office");
        var response = office.postMultipart("/api/v1/entities/imports", "file", "entities.csv", csv, Map.of());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("\"imported\":997").contains("\"updated\":0");
        assertThat(response.body()).contains("{\"line\":101,\"reason\":\"统一社会信用代码：校验码错误");
        assertThat(response.body()).contains("{\"line\":501,\"reason\":\"行政区划：行政区划代码不存在");
        assertThat(response.body()).contains("{\"line\":901,\"reason\":\"成立日期");
        assertThat(response.body().split("\"line\"")).hasSize(4);
        assertThat(entities.find(CreditCode.of(codes.get(0)))).isPresent();
        assertThat(entities.find(CreditCode.of(codes.get(499)))).isEmpty();
        assertThat(entities.find(CreditCode.of(codes.get(0))).orElseThrow().qualifications()).containsExactly("高新技术企业");
    }

    @Test
    @DisplayName("importing the same file again updates rows and creates no duplicates")
    void reimportUpdates() {
        String code = TestCodes.enterprise("650105");
        String row = code + ",重复导入测试有限公司,企业,民营,650105,I6513,2020-01-01,50,12,300,200,存续,,";
        byte[] csv = (HEADER + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8);
        WebUser office = WebUser.demo(port, "office");
        assertThat(office.postMultipart("/api/v1/entities/imports", "file", "a.csv", csv, Map.of()).body())
                .contains("\"imported\":1");
        assertThat(office.postMultipart("/api/v1/entities/imports", "file", "a.csv", csv, Map.of()).body())
                .contains("\"imported\":0").contains("\"updated\":1");
        assertThat(entities.search(new EntitySearch(code, null, null, 0, 10)).total()).isEqualTo(1);
    }

    @Test
    @DisplayName("XLSX files import through the page, with rejected rows listed")
    void importsXlsxThroughThePage() throws Exception {
        String code = TestCodes.enterprise("650502");
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("主体");
            String[] header = HEADER.split(",");
            var h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            String[][] rows = {
                    {code, "哈密伊州测试果业有限公司", "企业", "民营", "650502", "F5123", "2016-06-01", "80", "9", "400", "300", "存续", "", ""},
                    {"91650502XXXXXXXX", "坏行", "企业", "民营", "650502", "F5123", "2016-06-01", "", "", "", "", "", "", ""}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
            xlsx = out.toByteArray();
        }
        WebUser office = WebUser.demo(port, "office");
        var page = office.postMultipart("/workbench/entities/import", "file", "entities.xlsx", xlsx, Map.of());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("新增 1 户，更新 0 户，拒绝 1 行").contains("<td>3</td>");
        assertThat(entities.find(CreditCode.of(code))).isPresent();
    }
}
