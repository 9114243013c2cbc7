package cn.yingshang.services;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.Browser;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PlatformTest
class BundleBrowserTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The five departments of 企业开办 in the bundle's order: 市场监管, 公安, 税务, 人社, 公积金. */
    static final List<String> HANDLERS = List.of("scj.handler", "ga.handler", "tax.handler", "rsj.handler", "gjj.handler");

    @LocalServerPort
    int port;

    @Test
    @DisplayName("004 #1: an enterprise applies for 企业开办 once, after one identity check; five departments each finish their part in their own queue, and the bundle is done only after the fifth")
    void enterpriseOpeningFinishesWithItsFifthPart() {
        long id;
        try (Browser browser = new Browser(port)) {
            browser.login("enterprise1", "Demo@2025");
            browser.open("/enterprise/services/bundles");
            new Select(browser.find(By.id("bundleCode"))).selectByValue("ENTERPRISE_OPENING");
            browser.find(By.id("identityName")).sendKeys("张明");
            browser.find(By.id("idNumber")).sendKeys("11010519491231002X");
            browser.find(By.id("apply-bundle")).click();
            browser.waitForText("各环节已推送至相关部门并联办理");
            String url = browser.driver().getCurrentUrl();
            id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
            assertThat(browser.find(By.id("bundle-status")).getText()).isEqualTo("办理中");
            assertThat(browser.find(By.id("bundle-progress")).getText()).isEqualTo("已办结 0 / 5 个环节");
            assertThat(browser.text()).contains("企业开办：设立登记").contains("企业开办：公章刻制备案")
                    .contains("企业开办：发票申领及税务登记").contains("企业开办：员工社会保险登记")
                    .contains("企业开办：住房公积金企业缴存登记").contains("乌鲁木齐市住房公积金管理中心");

            for (int k = 0; k < HANDLERS.size(); k++) {
                int seq = k + 1;
                browser.driver().manage().deleteAllCookies();
                browser.login(HANDLERS.get(k), "Demo@2025");
                browser.open("/workbench/services/bundles");
                browser.find(By.id("bundle-" + id)).click();
                browser.waitUntil(d -> d.getCurrentUrl().endsWith("/workbench/services/bundles/" + id));
                // A department sees and acts on its own part only.
                assertThat(browser.driver().findElements(By.cssSelector("#parts tbody tr"))).hasSize(1);
                browser.find(By.id("accept-" + seq)).click();
                browser.waitForText("已受理");
                browser.find(By.id("grant-" + seq)).click();
                browser.waitForText("已办结：");
                JsonNode bundle = JSON.readTree(WebUser.demo(port, "enterprise1").getJson("/api/v1/service-bundles/" + id).body());
                assertThat(bundle.get("partsDone").asInt()).isEqualTo(seq);
                assertThat(bundle.get("status").asText()).isEqualTo(seq < 5 ? "IN_PROGRESS" : "DONE");
            }

            browser.driver().manage().deleteAllCookies();
            browser.login("enterprise1", "Demo@2025");
            browser.open("/enterprise/services/bundles/" + id);
            assertThat(browser.find(By.id("bundle-status")).getText()).isEqualTo("已全部办结");
            assertThat(browser.find(By.id("bundle-progress")).getText()).isEqualTo("已办结 5 / 5 个环节");
            browser.screenshot("bundle-done");
        }
    }
}
