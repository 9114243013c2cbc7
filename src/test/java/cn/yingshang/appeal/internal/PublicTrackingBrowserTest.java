package cn.yingshang.appeal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.Browser;
import cn.yingshang.support.PlatformTest;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class PublicTrackingBrowserTest {

    @LocalServerPort
    int port;

    @Test
    @DisplayName("信息公开 in a browser: the receipt shows the public code and access code; its link opens the lookup with the code filled in, and the access code shows the appeal")
    void receiptToTracking() {
        String title = "浏览器查询" + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = new Browser(port)) {
            browser.open("/public/appeals/new");
            new Select(browser.find(By.id("type"))).selectByValue("CONSULTATION");
            new Select(browser.find(By.id("category"))).selectByValue("GOV_SERVICES");
            browser.find(By.id("title")).sendKeys(title);
            browser.find(By.id("content")).sendKeys("请问个体工商户变更经营者需要哪些材料？");
            browser.find(By.id("name")).sendKeys("王五");
            browser.find(By.id("phone")).sendKeys("13700001234");
            browser.find(By.cssSelector("form button[type=submit]")).click();
            browser.waitForText("访问码");
            String code = browser.find(By.id("public-code")).getText();
            String access = browser.find(By.id("access-code")).getText();
            assertThat(code).matches("YS-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
            assertThat(access).matches("[0-9A-Z]{4}-[0-9A-Z]{4}");
            browser.screenshot("public-receipt");

            browser.find(By.linkText("凭查询码和访问码查询办理进度")).click();
            assertThat(browser.find(By.id("code")).getAttribute("value")).isEqualTo(code);
            browser.find(By.id("accessCode")).sendKeys(access);
            browser.find(By.id("track")).click();
            browser.waitForText(title);
            assertThat(browser.find(By.id("public-code")).getText()).isEqualTo(code);
            assertThat(browser.text()).contains("待受理", "王**");
            browser.screenshot("public-tracked");
        }
    }
}
