package cn.yingshang.finance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.TimeLimit;
import cn.yingshang.support.Browser;
import cn.yingshang.support.PlatformTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class FinanceBrowserTest {

    @LocalServerPort
    int port;
    final JdbcClient jdbc;
    final Clock clock;
    final WorkingCalendars calendars;

    @Autowired
    FinanceBrowserTest(JdbcClient jdbc, Clock clock, WorkingCalendars calendars) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.calendars = calendars;
    }

    @Test
    @DisplayName("004 #9–10, 003 §21: an enterprise states a need and consents to a bank; the bank sees its profile, matches a product and records the loan")
    void needConsentProfileLoan() {
        String product = "测试信用贷" + UUID.randomUUID().toString().substring(0, 6);
        String bankName = jdbc.sql("""
                        SELECT b.name FROM fin_bank b JOIN fin_bank_account ba ON ba.bank_id = b.id
                        JOIN platform_account a ON a.id = ba.account_id WHERE a.username = 'bank1'""").query(String.class).single();
        try (Browser browser = new Browser(port)) {
            // the bank publishes a credit-loan product for enterprises not on a dishonesty list
            browser.login("bank1", "Demo@2025");
            browser.open("/workbench/finance/bank/products");
            browser.find(By.id("name")).sendKeys(product);
            browser.find(By.id("creditLoan")).click();
            browser.find(By.id("maxAmount")).sendKeys("200");
            browser.find(By.id("maxTermMonths")).sendKeys("24");
            browser.find(By.id("rateFrom")).sendKeys("3.45");
            browser.find(By.id("publish-product")).click();
            browser.waitForText("贷款产品已发布");

            signInAs(browser, "enterprise1");
            browser.open("/enterprise/finance");
            browser.find(By.id("state-need")).click();
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/enterprise/finance/needs/new"));
            browser.find(By.id("amount")).sendKeys("150");
            browser.find(By.id("termMonths")).sendKeys("12");
            browser.find(By.id("purpose")).sendKeys("采购光伏组件原材料");
            browser.find(By.id("collateral-RECEIVABLES")).click();
            browser.find(By.id("submit-need")).click();
            browser.waitForText("融资需求已提交");
            assertThat(browser.find(By.id("needs")).getText()).contains("采购光伏组件原材料").contains("应收账款").contains("待满足");
            long productId = jdbc.sql("SELECT id FROM fin_product WHERE name = :n").param("n", product).query(Long.class).single();
            assertThat(browser.find(By.id("product-" + productId)).getText()).contains("符合申请条件").contains("✓ 列入失信名单 等于 否（本企业：否）");

            new Select(browser.find(By.id("bankId"))).selectByVisibleText(bankName);
            browser.find(By.id("grant-consent")).click();
            browser.waitForText("已授权");
            assertThat(browser.find(By.id("consent-list")).getText()).contains(bankName).contains("授权中");
            browser.screenshot("finance-enterprise");

            String code = jdbc.sql("SELECT credit_code FROM platform_account WHERE username = 'enterprise1'").query(String.class).single();
            String entityName = jdbc.sql("SELECT display_name FROM platform_account WHERE username = 'enterprise1'").query(String.class).single();
            long needId = jdbc.sql("SELECT max(id) FROM fin_need WHERE credit_code = :c").param("c", code).query(Long.class).single();

            signInAs(browser, "bank1");
            browser.open("/workbench/finance/bank");
            browser.find(By.cssSelector("a[href='/workbench/finance/bank/profiles/" + code + "']")).click();
            browser.waitForText("企业信用画像");
            assertThat(browser.find(By.id("profile-name")).getText()).isEqualTo(entityName);
            assertThat(browser.find(By.id("profile-class")).getText()).contains("类");
            assertThat(browser.find(By.id("profile-dishonesty")).getText()).isEqualTo("不在失信名单上");
            assertThat(browser.find(By.id("bank-matches")).getText()).contains(product).contains("符合申请条件");
            new Select(browser.find(By.id("productId-" + needId))).selectByValue(Long.toString(productId));
            browser.find(By.id("amount-" + needId)).sendKeys("150");
            browser.find(By.id("rate-" + needId)).sendKeys("3.55");
            browser.find(By.id("record-outcome-" + needId)).click();
            browser.waitForText("已登记放款");
            browser.screenshot("finance-bank-profile");

            signInAs(browser, "enterprise1");
            browser.open("/enterprise/finance");
            assertThat(browser.find(By.id("loans")).getText()).contains(bankName).contains(product).contains("已放款").contains("150");
            assertThat(browser.find(By.id("needs")).getText()).contains("已获贷款");

            signInAs(browser, "office");
            browser.open("/workbench/finance/figures");
            assertThat(browser.find(By.id("finance-summary")).getText()).contains("信用贷款占比");
            assertThat(browser.find(By.id("credit-share")).getText()).endsWith("%");
        }
    }

    @Test
    @DisplayName("001 §14 (六): an SME asks a public payer to confirm a receivable; the payer's supervising department confirms it")
    void receivableConfirmation() {
        String contract = "计量设备维保合同" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(clock);
        try (Browser browser = new Browser(port)) {
            browser.login("enterprise1", "Demo@2025");
            browser.open("/enterprise/finance");
            browser.find(By.id("request-confirmation")).click();
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/enterprise/finance/confirmations/new"));
            browser.find(By.id("payerName")).sendKeys("乌鲁木齐市计量检定测试研究院");
            new Select(browser.find(By.id("payerFunction"))).selectByVisibleText("市场监督管理局");
            browser.find(By.id("contractName")).sendKeys(contract);
            browser.find(By.id("amount")).sendKeys("86000");
            browser.find(By.id("submit-confirmation")).click();
            browser.waitForText("确权请求已送付款方主管部门");
            assertThat(browser.find(By.id("confirmation-list")).getText()).contains(contract).contains("待确认")
                    .contains(calendars.deadline(RegionCode.of("650100"), today, TimeLimit.naturalDays(30)).toString());

            // the request goes to the market regulator of the enterprise's own region; the city bureau's
            // leader acts for it as for every department below the bureau
            signInAs(browser, "scj.leader");
            browser.open("/workbench/finance/confirmations");
            WebElement row = browser.find(By.xpath("//table[@id='confirmation-requests']//tr[td[text()='乌鲁木齐市计量检定测试研究院']]"));
            assertThat(row.getText()).contains("待确认");
            long id = jdbc.sql("SELECT id FROM fin_confirmation WHERE contract_name = :c").param("c", contract).query(Long.class).single();
            browser.open("/workbench/finance/confirmations/" + id);
            assertThat(browser.text()).contains(contract).contains("市场监督管理局");
            browser.find(By.id("confirm-receivable")).click();
            browser.waitForText("已确认债权，已通知企业");
            assertThat(browser.find(By.id("confirmation-status")).getText()).isEqualTo("已确认");

            signInAs(browser, "rsj.handler");
            browser.open("/workbench/finance/confirmations/" + id);
            assertThat(browser.text()).doesNotContain(contract);

            signInAs(browser, "enterprise1");
            browser.open("/enterprise/finance");
            assertThat(browser.find(By.id("confirmation-list")).getText()).contains(contract).contains("已确认");
        }
    }

    private static void signInAs(Browser browser, String username) {
        browser.driver().manage().deleteAllCookies();
        browser.login(username, "Demo@2025");
    }
}
