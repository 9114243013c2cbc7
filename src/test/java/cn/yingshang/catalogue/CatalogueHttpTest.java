package cn.yingshang.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpClient;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class CatalogueHttpTest {

    @LocalServerPort
    int port;

    final CatalogueCheck check;

    @Autowired
    CatalogueHttpTest(CatalogueCheck check) {
        this.check = check;
    }

    static String q(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("000 §29: a fee on the list is named with its basis, also when asked in everyday words")
    void feeOnList() {
        CheckAnswer a = check.check(CatalogueKind.FEE, "窗口要我交污水费");
        assertThat(a.verdict()).isEqualTo(CheckAnswer.Verdict.ON_LIST);
        assertThat(a.entryName()).isEqualTo("污水处理费");
        assertThat(a.basis()).contains("城镇排水与污水处理条例");
        assertThat(a.appealable()).isFalse();
    }

    @Test
    @DisplayName("000 §29, 001 §13: a fee not on the list is said to be not on the list and offers an appeal of category FEES")
    void feeNotOnListOffersAppeal() {
        String body = WebUser.anonymous(port).get("/public/catalogues/check?kind=FEE&q=" + q("街道卫生管理费")).body();
        assertThat(body).contains("不在清单内").contains("《新疆维吾尔自治区优化营商环境条例》第二十九条").contains("/public/appeals/new?category=FEES&amp;content=");
        String enterprise = WebUser.demo(port, "enterprise1").get("/public/catalogues/check?kind=FEE&q=" + q("街道卫生管理费")).body();
        assertThat(enterprise).contains("/enterprise/appeals/new?category=FEES&amp;content=");
    }

    @Test
    @DisplayName("001 §34, 003 §38: a certificate the platform obtains by data sharing is marked not to be requested")
    void dataSharingCertificate() {
        CheckAnswer a = check.check(CatalogueKind.CERTIFICATE, "他们要我开纳税证明");
        assertThat(a.verdict()).isEqualTo(CheckAnswer.Verdict.NOT_TO_BE_REQUESTED);
        assertThat(a.explanation()).contains("001 §34").contains("003 §38");
        assertThat(a.appealCategory()).isEqualTo("CERTIFICATES");
        CheckAnswer notOnList = check.check(CatalogueKind.CERTIFICATE, "亲属关系证明");
        assertThat(notOnList.verdict()).isEqualTo(CheckAnswer.Verdict.NOT_ON_LIST);
        assertThat(notOnList.explanation()).contains("001 §37");
        CheckAnswer commit = check.check(CatalogueKind.CERTIFICATE, "无犯罪记录证明");
        assertThat(commit.verdict()).isEqualTo(CheckAnswer.Verdict.ON_LIST);
        assertThat(commit.explanation()).contains("告知承诺");
    }

    @Test
    @DisplayName("000 §22: an intermediary service the government commissions is paid by the government")
    void intermediaryGovernmentPays() {
        CheckAnswer a = check.check(CatalogueKind.INTERMEDIARY, "施工图审查");
        assertThat(a.verdict()).isEqualTo(CheckAnswer.Verdict.ON_LIST);
        assertThat(a.explanation()).contains("不得转嫁");
    }

    @Test
    @DisplayName("000 §23: the public page shows the version in force, its effective date and what changed")
    void publicPageShowsChanges() {
        String body = WebUser.anonymous(port).get("/public/catalogues/fees").body();
        assertThat(body).contains("涉企收费目录清单").contains("起生效").contains("本版变化");
        assertThat(WebUser.anonymous(port).get("/public/catalogues/fees?q=" + q("污水")).body()).contains("污水处理费").doesNotContain("商标注册收费");
    }

    @Test
    @DisplayName("XLSX export, edit and import publish a new version whose changes are listed")
    void xlsxRoundTrip() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        byte[] exported = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/public/catalogues/intermediaries/export.xlsx")).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        String newName = "测试中介服务" + UUID.randomUUID().toString().substring(0, 6);
        byte[] edited;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(exported)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("编号");
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            row.createCell(0).setCellValue("INT-T" + UUID.randomUUID().toString().substring(0, 6));
            row.createCell(1).setCellValue(newName);
            row.createCell(3).setCellValue("测试依据");
            wb.write(out);
            edited = out.toByteArray();
        }
        WebUser office = WebUser.demo(port, "office");
        WebUser.Response r = office.postMultipart("/workbench/catalogues/intermediaries/versions", "file", "intermediaries.xlsx", edited,
                Map.of("effectiveFrom", "2025-01-02", "note", "测试导入"));
        assertThat(r.body()).contains("已发布");
        String page = WebUser.anonymous(port).get("/public/catalogues/intermediaries").body();
        assertThat(page).contains(newName).contains("新增");
        assertThat(WebUser.demo(port, "enterprise1").postMultipart("/workbench/catalogues/intermediaries/versions", "file", "x.xlsx", edited,
                Map.of("effectiveFrom", "2025-01-03")).status()).isEqualTo(403);
    }
}
