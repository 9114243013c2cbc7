package cn.yingshang.cockpit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.Browser;
import cn.yingshang.support.PlatformTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Charts draw after an in-app (hx-boost) navigation, not only after a full page load. */
@PlatformTest
class ChartsAfterNavigationTest {

    @LocalServerPort
    int port;

    @Test
    @DisplayName("from the cockpit's landing page, the menu link to the map draws the map without a reload")
    void mapDrawsAfterBoostedNavigation() {
        try (Browser browser = new Browser(port)) {
            browser.login("office", "Demo@2025");
            browser.open("/cockpit");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            js.executeScript("window.noFullReload = true;");
            browser.find(By.cssSelector("nav.side a[href='/cockpit/map']")).click();
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/cockpit/map"));
            browser.waitUntil(d -> !d.findElements(By.cssSelector("[data-cockpit-chart='map'][data-loaded='true']")).isEmpty());
            assertThat(js.executeScript("return window.noFullReload === true")).as("navigated by htmx, not reloaded").isEqualTo(true);
            assertThat(browser.find(By.cssSelector("[data-cockpit-chart='map'] canvas"))).isNotNull();
        }
    }
}
