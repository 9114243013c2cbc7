package cn.yingshang.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.Browser;
import cn.yingshang.support.PlatformTest;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class ReviewBrowserTest {

    @LocalServerPort
    int port;

    @Test
    @DisplayName("004 #5, 003 §12: an officer uploads a DOCX tender with a local-branch requirement, confirms the finding and signs the review")
    void officerReviewsDocxTender() throws Exception {
        String title = "乌鲁木齐市第十中学运动场改造工程招标文件 " + UUID.randomUUID().toString().substring(0, 8);
        Path docx = Files.createTempFile("tender", ".docx");
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("第一章 招标公告");
            doc.createParagraph().createRun().setText("本项目的实施地点为乌鲁木齐市天山区。");
            doc.createParagraph().createRun().setText("投标人须在乌鲁木齐市设立分公司或办事处，并提供分公司营业执照。");
            doc.createParagraph().createRun().setText("本项目工期为180日历天。");
            doc.write(out);
            Files.write(docx, out.toByteArray());
        }
        // four-eyes: a market-regulation handler drafts and submits, the office (a second person) reviews and signs
        String draftPage;
        try (Browser drafter = new Browser(port)) {
            drafter.login("scj.handler", "Demo@2025");
            drafter.open("/workbench/reviews/new");
            drafter.find(By.id("title")).sendKeys(title);
            drafter.find(By.cssSelector("select#kind option[value=TENDER]")).click();
            drafter.find(By.id("file")).sendKeys(docx.toString());
            drafter.find(By.id("submit-review")).click();
            drafter.waitForText("疑似问题");
            assertThat(drafter.driver().findElements(By.cssSelector("li.finding button.confirm"))).isEmpty();
            draftPage = java.net.URI.create(drafter.driver().getCurrentUrl()).getPath();
        }
        try (Browser browser = new Browser(port)) {
            browser.login("office", "Demo@2025");
            browser.open(draftPage);
            browser.waitForText("疑似问题");
            WebElement finding = browser.find(By.xpath("//li[contains(@class,'finding')][.//blockquote[contains(.,'设立分公司')]]"));
            assertThat(finding.getText()).contains("投标人须在乌鲁木齐市设立分公司或办事处").contains("《自治区促进民营经济发展办法》第十二条").contains("《乌鲁木齐市营商环境优化提升方案》第五项");
            String findingId = finding.getAttribute("id");
            finding.findElement(By.cssSelector("button.confirm")).click();
            browser.waitUntil(d -> {
                try {
                    return d.findElement(By.id(findingId)).getText().contains("确认违反");
                } catch (org.openqa.selenium.StaleElementReferenceException e) {
                    return false; // the page is being replaced after the POST
                }
            });
            // any other findings on this draft are decided too, so the record can be signed
            for (int guard = 0; guard < 20; guard++) {
                var buttons = browser.driver().findElements(By.cssSelector("li.finding button.confirm"));
                if (buttons.isEmpty()) {
                    break;
                }
                try {
                    WebElement next = buttons.getFirst();
                    next.click();
                    browser.waitUntil(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(next)::apply);
                } catch (org.openqa.selenium.StaleElementReferenceException e) {
                    // the page was replaced between finding and clicking: look again
                }
            }
            browser.waitUntil(d -> d.findElements(By.id("opinion")).size() == 1
                    && d.findElements(By.cssSelector("li.finding button.confirm")).isEmpty());
            browser.find(By.id("opinion")).sendKeys("第三段要求投标人在本地设立分公司，排斥外地投标人，须删除后出台。");
            browser.find(By.id("sign")).click();
            browser.waitForText("审查记录已签署");
            browser.screenshot("review-signed");
            assertThat(browser.find(By.id("review-record")).getText()).contains("不符合审查标准").contains("office");
            assertThat(browser.find(By.id("status")).getText()).isEqualTo("已审查");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(title);
        } finally {
            Files.deleteIfExists(docx);
        }
    }

    @Test
    @DisplayName("000 §29: an enterprise checks a fee that is not on the list and is offered a one-click appeal")
    void feeNotOnListOffersAppeal() {
        try (Browser browser = new Browser(port)) {
            browser.login("enterprise1", "Demo@2025");
            browser.open("/public/catalogues/check");
            browser.find(By.cssSelector("select#kind option[value=FEE]")).click();
            browser.find(By.id("q")).sendKeys("街道卫生管理费");
            browser.find(By.id("check-submit")).click();
            browser.waitForText("不在清单内");
            WebElement appeal = browser.find(By.id("raise-appeal"));
            assertThat(appeal.getAttribute("href")).contains("/enterprise/appeals/new?category=FEES&content=");
            assertThat(java.net.URLDecoder.decode(appeal.getAttribute("href"), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("街道卫生管理费");
            browser.screenshot("fee-not-on-list");
        }
    }
}
