package cn.yingshang.appeal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Accounts;
import cn.yingshang.support.Browser;
import cn.yingshang.support.PlatformTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class AppealLoopBrowserTest {

    @LocalServerPort
    int port;

    final Accounts accounts;
    final JdbcClient jdbc;

    @Autowired
    AppealLoopBrowserTest(Accounts accounts, JdbcClient jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    private static org.openqa.selenium.WebElement field(Browser browser, String id) {
        try {
            return browser.find(By.id(id));
        } catch (RuntimeException e) {
            browser.screenshot("appeal-missing-" + id);
            throw new AssertionError("no #" + id + " on " + browser.driver().getCurrentUrl() + ":\n" + browser.text(), e);
        }
    }

    private void as(Browser browser, String username) {
        browser.driver().manage().deleteAllCookies();
        browser.login(username, "Demo@2025");
    }

    private void act(Browser browser, String buttonId, String flash) {
        browser.find(By.id(buttonId)).click();
        try {
            browser.waitForText(flash);
        } catch (RuntimeException e) {
            browser.screenshot("appeal-" + buttonId);
            throw new AssertionError("after " + buttonId + " expected “" + flash + "” on " + browser.driver().getCurrentUrl()
                    + ":\n" + browser.text(), e);
        }
    }

    @Test
    @DisplayName("国办发〔2020〕53号 closed loop in a browser: submit with attachment → dispatch → return → re-dispatch → reply → rated not solved and reopened → reply → rated satisfied")
    void wholeLoop() throws Exception {
        String wrong = String.valueOf(accounts.byUsername("rsj.handler").orElseThrow().departmentId().value());
        String right = String.valueOf(accounts.byUsername("scj.handler").orElseThrow().departmentId().value());
        Path file = Files.createTempFile("营业执照", ".pdf");
        Files.writeString(file, "%PDF-1.4 营业执照变更受理回执");
        try (Browser browser = new Browser(port)) {
            as(browser, "enterprise1");
            browser.open("/enterprise/appeals/new");
            new Select(browser.find(By.id("type"))).selectByValue("HELP");
            new Select(browser.find(By.id("category"))).selectByValue("CERTIFICATES");
            browser.find(By.id("title")).sendKeys("营业执照变更迟迟未办结");
            browser.find(By.id("content")).sendKeys("我公司10月提交经营范围变更申请，至今未办结，影响投标。");
            browser.find(By.id("phone")).sendKeys("13912340000");
            browser.find(By.id("files")).sendKeys(file.toAbsolutePath().toString());
            act(browser, "submit-appeal", "受理编号");
            String url = browser.driver().getCurrentUrl();
            long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
            assertThat(jdbc.sql("SELECT count(*) FROM appeal_attachment WHERE appeal_id = :a").param("a", id).query(Long.class).single())
                    .isEqualTo(1);
            String detail = "/workbench/appeals/" + id;

            as(browser, "office");
            browser.open(detail);
            new Select(field(browser, "leadDepartment")).selectByValue(wrong);
            act(browser, "dispatch", "已派单");

            as(browser, "rsj.handler");
            browser.open(detail);
            field(browser, "return-reason").sendKeys("证照变更不属于人社部门职责");
            act(browser, "request-return", "已申请退单");

            as(browser, "office");
            browser.open(detail);
            act(browser, "approve-return", "已同意退单");
            new Select(field(browser, "leadDepartment")).selectByValue(right);
            act(browser, "dispatch", "已派单");

            as(browser, "scj.handler");
            browser.open("/workbench/appeals");
            browser.waitForText("营业执照变更迟迟未办结");
            browser.open(detail);
            assertThat(browser.find(By.linkText(file.getFileName().toString())).isDisplayed()).isTrue();
            field(browser, "reply-text").sendKeys("已联系窗口，材料缺少股东会决议，已电话告知补正。");
            act(browser, "send-reply", "已答复");

            as(browser, "enterprise1");
            browser.open("/enterprise/appeals/" + id);
            new Select(field(browser, "resolution")).selectByValue("NOT_RESOLVED");
            new Select(browser.find(By.id("satisfaction"))).selectByValue("NOT_SATISFIED");
            act(browser, "rate", "已评价");
            field(browser, "reopen-reason").sendKeys("补正后仍未办理");
            act(browser, "reopen", "已重办");

            as(browser, "scj.handler");
            browser.open(detail);
            field(browser, "reply-text").sendKeys("变更已于今日核准，新执照可自助打印。");
            act(browser, "send-reply", "已答复");

            as(browser, "enterprise1");
            browser.open("/enterprise/appeals/" + id);
            browser.waitForText("变更已于今日核准");
            new Select(field(browser, "resolution")).selectByValue("RESOLVED");
            new Select(browser.find(By.id("satisfaction"))).selectByValue("SATISFIED");
            act(browser, "rate", "已评价");
            assertThat(browser.find(By.id("status")).getText()).isEqualTo("已办结");
            assertThat(browser.find(By.id("rating")).getText()).isEqualTo("已解决·满意");
            // the requester's timeline leaves out the offices' internal steps (issue 18), as public tracking does
            assertThat(browser.find(By.id("timeline")).getText()).contains("重办", "评价").doesNotContain("申请退单", "同意退单");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
