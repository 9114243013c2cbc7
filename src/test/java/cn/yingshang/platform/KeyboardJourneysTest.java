package cn.yingshang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.Browser;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Journeys done with the keyboard only (WCAG 2.1.1): no click, no element clicked by the test —
 * Tab to move, typing to fill in, arrow keys in a select, Enter to follow a link or submit.
 */
@PlatformTest
class KeyboardJourneysTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    cn.yingshang.registry.MarketEntities entities;

    /** The officials' policy publication form with one group of rule rows ({attr, op, value} triples). */
    static Map<String, String> policyForm(String title, String mode, String... rows) {
        Map<String, String> f = new java.util.LinkedHashMap<>();
        f.put("title", title);
        f.put("issuingDepartment", "乌鲁木齐市财政局");
        f.put("documentNumber", "乌财测〔2026〕2号");
        f.put("legalBasis", "003 §36 惠企政策直达快享");
        f.put("regionScope", "650100");
        f.put("benefitType", "SUBSIDY");
        f.put("mode", mode);
        f.put("amountKind", "FIXED");
        f.put("amountFixed", "5");
        f.put("validFrom", "2020-01-01");
        f.put("decisionDays", "10");
        f.put("g0.join", "all");
        for (int i = 0; i < rows.length / 3; i++) {
            f.put("g0.r" + i + ".attr", rows[3 * i]);
            f.put("g0.r" + i + ".op", rows[3 * i + 1]);
            f.put("g0.r" + i + ".value", rows[3 * i + 2]);
        }
        f.put("action", "publish");
        return f;
    }

    static long policyId(WebUser.Response published) {
        Matcher m = Pattern.compile("/workbench/policies/(\\d+)").matcher(published.uri().toString());
        assertThat(m.find()).as(published.body()).isTrue();
        return Long.parseLong(m.group(1));
    }

    static WebElement focused(Browser browser) {
        return browser.driver().switchTo().activeElement();
    }

    /** Presses Tab until the element matching {@code css} has the focus; fails if it cannot be reached. */
    static void tabTo(Browser browser, String css) {
        WebElement target = browser.find(By.cssSelector(css));
        for (int i = 0; i < 120; i++) {
            if (focused(browser).equals(target)) {
                return;
            }
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("cannot reach " + css + " with the Tab key");
    }

    static void type(Browser browser, String text) {
        new Actions(browser.driver()).sendKeys(text).perform();
    }

    static void press(Browser browser, CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    @Test
    @DisplayName("the public submits an appeal with the keyboard only and gets the receipt")
    void publicAppealByKeyboard() {
        String title = "键盘提交" + UUID.randomUUID().toString().substring(0, 8);
        // the browser posts from 127.0.0.1 like every other browser test: start with a fresh public-form allowance
        jdbc.sql("DELETE FROM platform_attempt WHERE limit_name = 'public-post'").update();
        try (Browser browser = new Browser(port)) {
            browser.open("/public/appeals/new");
            tabTo(browser, "#type");
            press(browser, Keys.ARROW_DOWN);
            tabTo(browser, "#category");
            press(browser, Keys.ARROW_DOWN);
            tabTo(browser, "#title");
            type(browser, title);
            tabTo(browser, "#content");
            type(browser, "办理食品经营许可证时被要求提供清单外的证明材料。");
            tabTo(browser, "#name");
            type(browser, "赵六");
            tabTo(browser, "#phone");
            type(browser, "13911112222");
            tabTo(browser, "form[action='/public/appeals'] button[type=submit]");
            press(browser, Keys.ENTER);
            browser.waitForText("诉求已提交");
            assertThat(browser.find(By.id("public-code")).getText()).isNotBlank();
            browser.screenshot("keyboard-public-appeal");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM appeal WHERE title = :t").param("t", title).query(Long.class).single()).isOne();
    }

    @Test
    @DisplayName("an enterprise applies for a policy with the keyboard only: from its policy list to the submitted application")
    void enterpriseApplicationByKeyboard() {
        String code = jdbc.sql("SELECT credit_code FROM platform_account WHERE username = 'enterprise1'").query(String.class).single();
        String region = entities.find(cn.yingshang.shared.CreditCode.of(code)).orElseThrow().region().code();
        // a policy on application (no materials to upload) that enterprise1 qualifies for
        long policy = policyId(WebUser.demo(port, "office").postForm("/workbench/policies", policyForm(
                "键盘申报 " + UUID.randomUUID().toString().substring(0, 8), "APPLICATION",
                "region", "eq", region, "kind", "eq", "ENTERPRISE")));
        try (Browser browser = new Browser(port)) {
            browser.login("enterprise1", "Demo@2025");
            browser.open("/enterprise/policies");
            tabTo(browser, "main a[href='/enterprise/policies/" + policy + "']");
            press(browser, Keys.ENTER);
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/enterprise/policies/" + policy));
            tabTo(browser, "#statement");
            type(browser, "本企业符合条件，申请享受该政策。");
            tabTo(browser, "form[action$='/applications'] button[type=submit]");
            press(browser, Keys.ENTER);
            browser.waitUntil(d -> jdbc.sql("SELECT count(*) FROM policy_application WHERE policy_id = :p AND credit_code = :c")
                    .param("p", policy).param("c", code).query(Long.class).single() > 0);
            browser.screenshot("keyboard-policy-application");
        }
    }
}
