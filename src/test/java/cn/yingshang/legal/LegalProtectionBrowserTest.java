package cn.yingshang.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yingshang.support.Browser;
import cn.yingshang.support.PlatformTest;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class LegalProtectionBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    @DisplayName("002 #12: an enterprise files online, gets one complete 补正 notice, supplies, and the court accepts within 7 days")
    void filingOnlineThroughAcceptance() {
        LocalDate today = LocalDate.now(clock);
        try (Browser browser = new Browser(port)) {
            browser.login("enterprise1", "Demo@2025");
            browser.open("/enterprise/legal");
            browser.find(By.id("file-case")).click();
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/enterprise/legal/new"));
            new org.openqa.selenium.support.ui.Select(browser.find(By.id("courtId"))).selectByVisibleText("乌鲁木齐市人民法院");
            browser.find(By.id("opponent")).sendKeys("乌鲁木齐某工程有限公司");
            browser.find(By.id("claim")).sendKeys("请求判令支付工程款 12 万元");
            browser.find(By.id("amount")).sendKeys("120000");
            browser.find(By.id("submit-filing")).click();
            browser.waitForText("已提交，立案申请编号");
            String url = browser.driver().getCurrentUrl();
            long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
            assertThat(browser.find(By.id("case-status")).getText()).isEqualTo("待立案审核");
            assertThat(browser.find(By.id("deadlines")).getText()).contains(today.plusDays(7).toString()).contains("第十二项");

            signInAs(browser, "court.clerk");
            browser.open("/workbench/legal/cases");
            assertThat(browser.find(By.id("court-queue")).getText()).contains(today.plusDays(7).toString());
            browser.open("/workbench/legal/cases/" + id);
            browser.find(By.id("materials")).sendKeys("建设工程施工合同\n工程结算单");
            browser.find(By.id("request-supplement")).click();
            browser.waitForText("已一次性告知补正事项");
            assertThat(browser.find(By.id("notice")).getText()).contains("建设工程施工合同").contains("工程结算单");

            signInAs(browser, "enterprise1");
            browser.open("/enterprise/legal/" + id);
            assertThat(browser.find(By.id("case-status")).getText()).isEqualTo("待补正材料");
            assertThat(browser.find(By.id("notice")).getText()).contains("建设工程施工合同").contains("工程结算单");
            browser.find(By.id("note")).sendKeys("已上传施工合同及结算单");
            browser.find(By.id("supply")).click();
            browser.waitForText("补正材料已提交");

            signInAs(browser, "court.clerk");
            browser.open("/workbench/legal/cases/" + id);
            browser.find(By.id("accept")).click();
            browser.waitForText("已立案");

            signInAs(browser, "enterprise1");
            browser.open("/enterprise/legal/" + id);
            assertThat(browser.find(By.id("case-status")).getText()).isEqualTo("已立案");
            assertThat(browser.find(By.id("steps")).getText()).contains("网上提交立案申请").contains("一次性告知补正")
                    .contains("补正材料").contains("立案");
            assertThat(browser.find(By.id("deadlines")).getText()).doesNotContain("已超期").contains("《中华人民共和国民事诉讼法》");
            browser.screenshot("legal-filing-accepted");
        }
    }

    @Test
    @DisplayName("002 #23: property found unrelated and not released within 3 days raises an alert on the office's page until released")
    void unreleasedPropertyAlertsTheOffice() {
        LocalDate today = LocalDate.now(clock);
        String caseNumber = "（2026）新0102刑初" + System.nanoTime() % 100000 + "号";
        try (Browser browser = new Browser(port)) {
            browser.login("police.officer", "Demo@2025");
            browser.open("/workbench/legal/seizures");
            browser.find(By.id("new-seizure")).click();
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/workbench/legal/seizures/new"));
            browser.find(By.id("caseNumber")).sendKeys(caseNumber);
            browser.find(By.id("creditCode")).sendKeys(creditCodeOf("enterprise1"));
            browser.find(By.id("holderName")).sendKeys("演示企业");
            browser.find(By.id("property")).sendKeys("一般存款账户资金 12 万元");
            setDate(browser, "imposedOn", today.minusDays(20));
            browser.find(By.id("submit-seizure")).click();
            browser.waitForText("已登记");
            String url = browser.driver().getCurrentUrl();
            long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));

            setDate(browser, "foundOn", today.minusDays(4));
            browser.find(By.id("finding")).sendKeys("资金系企业正常经营收入，与案件无关");
            browser.find(By.id("found-unrelated")).click();
            browser.waitForText("已记录，应在 " + today.minusDays(1) + " 前解除措施并退还");
            assertThat(browser.text()).contains("超期未解除");

            signInAs(browser, "office");
            browser.open("/cockpit/legal");
            assertThat(browser.find(By.id("overdue-releases")).getText()).contains(caseNumber).contains("超期 1 日");
            browser.screenshot("legal-office-alert");

            signInAs(browser, "police.officer");
            browser.open("/workbench/legal/seizures/" + id);
            browser.find(By.id("release")).click();
            browser.waitForText("已解除");
            assertThat(browser.text()).contains("超期解除");

            signInAs(browser, "office");
            browser.open("/cockpit/legal");
            assertThat(browser.text()).doesNotContain(caseNumber);
        }
    }

    @Test
    @DisplayName("002 #25: a measure on property outside the body's area needs the local police's cooperation request")
    void outsideTheAreaNeedsCooperation() {
        try (Browser browser = new Browser(port)) {
            browser.login("police.officer", "Demo@2025");
            browser.open("/workbench/legal/seizures/new");
            browser.find(By.id("caseNumber")).sendKeys("（2026）新0102刑初9号");
            browser.find(By.id("creditCode")).sendKeys(creditCodeOf("enterprise1"));
            browser.find(By.id("holderName")).sendKeys("演示企业");
            browser.find(By.id("property")).sendKeys("哈密仓库存货");
            browser.find(By.id("propertyRegion")).clear();
            browser.find(By.id("propertyRegion")).sendKeys("650500");
            browser.find(By.id("submit-seizure")).click();
            browser.waitForText("须向当地公安机关提出协作请求");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/workbench/legal/seizures");
            browser.find(By.id("cooperationRequest")).sendKeys("哈密市公安局协作函〔2026〕12号");
            browser.find(By.id("submit-seizure")).click();
            browser.waitForText("已登记");
            assertThat(browser.text()).contains("哈密市公安局协作函〔2026〕12号");
        }
    }

    private String creditCodeOf(String username) {
        return jdbc.sql("SELECT credit_code FROM platform_account WHERE username = :u").param("u", username).query(String.class).single();
    }

    private static void setDate(Browser browser, String id, LocalDate date) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", browser.find(By.id(id)), date.toString());
    }

    private static void signInAs(Browser browser, String username) {
        browser.driver().manage().deleteAllCookies();
        browser.login(username, "Demo@2025");
    }
}
