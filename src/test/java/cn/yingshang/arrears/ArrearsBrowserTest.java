package cn.yingshang.arrears;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Departments;
import cn.yingshang.support.Browser;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class ArrearsBrowserTest {

    @LocalServerPort
    int port;
    final JdbcClient jdbc;
    final Departments departments;
    final Clock clock;

    @Autowired
    ArrearsBrowserTest(JdbcClient jdbc, Departments departments, Clock clock) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.clock = clock;
    }

    @Test
    @DisplayName("004 #37: an SME reports a claim, the supervising department confirms it, records two partial payments, it is settled, and the follow-up review asks the SME")
    void claimFromReportToFollowUp() {
        String payerName = new ArrearsFixtures(port, jdbc, departments).newPublicInstitution(WebUser.demo(port, "office"));
        LocalDate today = LocalDate.now(clock);
        try (Browser browser = new Browser(port)) {
            browser.login("enterprise1", "Demo@2025");
            browser.open("/enterprise/arrears");
            browser.find(By.id("report-claim")).click();
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/enterprise/arrears/new"));
            new Select(browser.find(By.id("payerId"))).selectByVisibleText(payerName + "（事业单位）");
            browser.find(By.id("contractName")).sendKeys("检测设备维保服务合同");
            browser.find(By.id("amount")).sendKeys("100000");
            setDate(browser, "deliveredOn", today.minusDays(20));
            browser.find(By.id("practice-INTERNAL_PROCEDURE_AS_EXCUSE")).click();
            browser.find(By.id("submit-claim")).click();
            browser.waitForText("已提交，受理编号");
            String url = browser.driver().getCurrentUrl();
            long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
            assertThat(browser.text()).contains("待确权").contains("以履行内部付款流程为由拖延付款")
                    .contains(today.minusDays(20).plusDays(30).getYear() + "-");
            browser.screenshot("arrears-reported");

            signInAs(browser, "scj.handler");
            browser.open("/workbench/arrears/" + id);
            browser.find(By.id("confirm-claim")).click();
            browser.waitForText("已确权，已通知企业");
            pay(browser, "40000");
            browser.waitForText("已确权，部分清偿");
            assertThat(browser.find(By.id("claim-outstanding")).getText()).isEqualTo("6 万元");
            pay(browser, "60000");
            browser.waitForText("已清偿，待回头看");
            browser.find(By.id("start-follow-up")).click();
            browser.waitForText("已发起回头看");
            assertThat(browser.find(By.id("claim-status")).getText()).isEqualTo("回头看：待企业确认");
            assertThat(browser.find(By.id("payments")).getText()).contains("4 万元").contains("6 万元");

            signInAs(browser, "enterprise1");
            browser.open("/enterprise/arrears/" + id);
            browser.waitForText("贵企业是否已实际收到全部款项");
            browser.screenshot("arrears-follow-up");
            browser.find(By.id("received-yes")).click();
            browser.find(By.id("answer-follow-up")).click();
            browser.waitForText("感谢确认，账款已办结");
            assertThat(browser.find(By.id("claim-status")).getText()).isEqualTo("已办结");
        }
    }

    @Test
    @DisplayName("the office opens the clearance figures: tables with the clearance rate and an ECharts chart, reached from the menu")
    void figuresChart() {
        try (Browser browser = new Browser(port)) {
            browser.login("office", "Demo@2025");
            browser.open("/workbench");
            browser.find(By.linkText("清欠统计")).click();
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/workbench/arrears/figures"));
            browser.waitUntil(d -> !d.findElements(By.cssSelector("#arrears-chart canvas")).isEmpty());
            browser.screenshot("arrears-figures");
            assertThat(browser.text()).contains("清偿率").contains("按付款方类型").contains("事业单位");
        }
    }

    private void pay(Browser browser, String amount) {
        WebElement field = browser.find(By.id("paymentAmount"));
        field.clear();
        field.sendKeys(amount);
        browser.find(By.id("record-payment")).click();
        browser.waitForText("已登记还款");
    }

    private static void setDate(Browser browser, String id, LocalDate date) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", browser.find(By.id(id)),
                date.toString());
    }

    private static void signInAs(Browser browser, String username) {
        browser.driver().manage().deleteAllCookies();
        browser.login(username, "Demo@2025");
    }
}
