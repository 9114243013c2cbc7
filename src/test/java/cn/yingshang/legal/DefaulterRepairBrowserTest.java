package cn.yingshang.legal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.credit.CreditProfiles;
import cn.yingshang.credit.DishonestyMeasure;
import cn.yingshang.shared.CreditCode;
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
class DefaulterRepairBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    CreditProfiles credit;

    @Test
    @DisplayName("002 #37: a court defaulter who performs leaves the dishonesty list within 3 days and is eligible for policies again")
    void defaulterWhoPerformsIsRepaired() {
        LocalDate today = LocalDate.now(clock);
        // an entity no demo account or other test uses, not dishonest to begin with
        String code = jdbc.sql("""
                        SELECT e.credit_code FROM registry_market_entity e
                        WHERE e.credit_code LIKE '91650102%' AND NOT EXISTS (SELECT 1 FROM platform_account a WHERE a.credit_code = e.credit_code)
                          AND NOT EXISTS (SELECT 1 FROM credit_record r WHERE r.credit_code = e.credit_code)
                        ORDER BY e.credit_code DESC LIMIT 1""").query(String.class).single();
        assertThat(credit.isDishonest(CreditCode.of(code), today)).isFalse();
        String caseNumber = "（2026）新0102执" + System.nanoTime() % 100000 + "号";
        try (Browser browser = new Browser(port)) {
            browser.login("court.clerk", "Demo@2025");
            browser.open("/workbench/legal/judgments");
            browser.find(By.id("caseNumber")).sendKeys(caseNumber);
            browser.find(By.id("creditorName")).sendKeys("乌鲁木齐某商贸有限公司");
            browser.find(By.id("debtorCreditCode")).sendKeys(code);
            browser.find(By.id("amount")).sendKeys("80000");
            setDate(browser, "judgedOn", today.minusMonths(8));
            browser.find(By.id("submit-judgment")).click();
            browser.waitForText("已登记");

            // listed four months ago: the warning and the grace period have run, the entity is on the list now
            setDate(browser, "listedOn", today.minusMonths(4));
            browser.find(By.id("list-defaulter")).click();
            browser.waitForText("已纳入失信被执行人名单");
            assertThat(credit.isDishonest(CreditCode.of(code), today)).isTrue();
            assertThat(credit.measuresInForce(CreditCode.of(code), today)).contains(DishonestyMeasure.EXCLUDED_FROM_AUTO_GRANT);

            browser.find(By.id("performed")).click();
            browser.waitForText("已确认履行，失信信息已删除并修复（" + today + "）");
            assertThat(browser.find(By.id("judgment-status")).getText()).isEqualTo("已履行");
            assertThat(browser.text()).contains("第三十七项");
            browser.screenshot("legal-defaulter-repaired");
        }
        assertThat(credit.isDishonest(CreditCode.of(code), today)).isFalse();
        // what the policy module asks before granting: no measure stands in the way any more
        assertThat(credit.measuresInForce(CreditCode.of(code), today)).isEmpty();
    }

    private static void setDate(Browser browser, String id, LocalDate date) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", browser.find(By.id(id)), date.toString());
    }
}
