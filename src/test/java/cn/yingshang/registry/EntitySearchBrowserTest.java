package cn.yingshang.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.Browser;
import cn.yingshang.support.PlatformTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class EntitySearchBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    MarketEntities entities;

    @Test
    @DisplayName("an office user signs in, finds an entity by part of its name and opens its detail page")
    void officeFindsEntityByPartOfName() {
        MarketEntity target = entities.search(new EntitySearch("", "650100", null, 0, 1)).items().getFirst();
        String fragment = target.name().substring(4, 8);
        try (Browser browser = new Browser(port)) {
            browser.login("office", "Demo@2025");
            browser.open("/workbench/entities");
            WebElement q = browser.find(By.id("q"));
            q.sendKeys(fragment);
            // live search: htmx replaces the results as the user types and pushes the query into the
            // address bar; the unfiltered first page may already show the target, so wait for the search
            browser.waitUntil(d -> d.getCurrentUrl().contains("q="));
            browser.waitUntil(d -> !d.findElements(By.linkText(target.name())).isEmpty());
            browser.find(By.linkText(target.name())).click();
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/workbench/entities/" + target.creditCode().value()));
            browser.screenshot("entity-detail");
            assertThat(browser.text()).contains(target.creditCode().value()).contains(target.region().name());
        }
    }
}
