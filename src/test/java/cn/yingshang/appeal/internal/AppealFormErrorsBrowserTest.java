package cn.yingshang.appeal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.Browser;
import cn.yingshang.support.PlatformTest;
import java.util.List;
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
class AppealFormErrorsBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("The public appeal form posted with three mistakes lists all three in the error summary, focus on it, each next to its field, nothing stored")
    void threeErrorsAllListed() {
        String name = "三错" + UUID.randomUUID().toString().substring(0, 6);
        long before = jdbc.sql("SELECT count(*) FROM appeal WHERE content = '太短'").query(Long.class).single();
        try (Browser browser = new Browser(port)) {
            browser.open("/public/appeals/new");
            new Select(browser.find(By.id("type"))).selectByValue("CONSULTATION");
            new Select(browser.find(By.id("category"))).selectByValue("GOV_SERVICES");
            // title left empty, content too short, phone not a number: three rules broken at once
            browser.find(By.id("content")).sendKeys("太短");
            browser.find(By.id("name")).sendKeys(name);
            browser.find(By.id("phone")).sendKeys("abc");
            browser.find(By.cssSelector("form button[type=submit]")).click();
            browser.waitUntil(d -> !d.findElements(By.cssSelector(".error-summary li")).isEmpty());

            List<String> listed = browser.driver().findElements(By.cssSelector(".error-summary li a")).stream()
                    .map(WebElement::getText).toList();
            assertThat(listed).containsExactlyInAnyOrder("请填写诉求标题（不超过100字）", "请具体描述诉求内容（至少5个字）",
                    "请填写有效的联系电话（7–20位数字）");
            assertThat(browser.driver().findElements(By.cssSelector(".error-summary li a")).stream()
                    .map(a -> a.getAttribute("href").replaceAll(".*#", "")).toList())
                    .containsExactlyInAnyOrder("title", "content", "phone");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("class")).contains("error-summary");
            assertThat(browser.find(By.id("phone-error")).getText()).isEqualTo("请填写有效的联系电话（7–20位数字）");
            // what the person typed is kept for the correction
            assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo(name);
            browser.screenshot("appeal-three-errors");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM appeal WHERE content = '太短'").query(Long.class).single()).isEqualTo(before);
    }
}
