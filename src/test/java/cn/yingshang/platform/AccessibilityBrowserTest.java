package cn.yingshang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.Browser;
import cn.yingshang.support.PlatformTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * WCAG 2.1 AA on every portal's main pages, checked by axe-core in real Chromium (zero serious or
 * critical violations), and the layout at desktop (1280) and phone (390) width: the menu does not
 * push the content more than about a screen down, and nothing is wider than the viewport.
 */
@PlatformTest
class AccessibilityBrowserTest {

    static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    /** Who looks at which pages: null is the public (not signed in). */
    static final Map<String, List<String>> PAGES = new java.util.LinkedHashMap<>();

    static {
        PAGES.put("", List.of("/login", "/public", "/public/appeals/new", "/public/policies"));
        PAGES.put("enterprise1", List.of("/enterprise", "/enterprise/appeals", "/enterprise/policies"));
        PAGES.put("scj.handler", List.of("/workbench", "/workbench/appeals"));
        PAGES.put("office", List.of("/workbench", "/workbench/appeals", "/cockpit", "/cockpit/map"));
        PAGES.put("admin", List.of("/workbench/accounts"));
    }

    @LocalServerPort
    int port;

    static String axeSource() throws IOException {
        try (InputStream in = AccessibilityBrowserTest.class.getClassLoader().getResourceAsStream(AXE)) {
            assertThat(in).as("axe-core WebJar on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Serious and critical violations of WCAG 2.0/2.1 A and AA on the open page, one line each. */
    static List<String> violations(Browser browser, String axe) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript(axe);
        Object result = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(function (r) {
                    done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                      .map(function (v) {
                        return v.impact + ' ' + v.id + ': ' + v.help + ' @ '
                          + v.nodes.slice(0, 4).map(function (n) { return n.target.join(' '); }).join(' | ');
                      }));
                  })
                  .catch(function (e) { done(['axe failed: ' + e]); });""");
        List<String> out = new ArrayList<>();
        for (Object o : (List<?>) result) {
            out.add(String.valueOf(o));
        }
        return out;
    }

    @Test
    @DisplayName("axe-core: zero serious or critical WCAG 2.1 AA violations on every portal's main pages")
    void mainPagesPassAxe() throws IOException {
        String axe = axeSource();
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, List<String>> who : PAGES.entrySet()) {
            try (Browser browser = new Browser(port)) {
                browser.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
                if (!who.getKey().isEmpty()) {
                    browser.login(who.getKey(), "Demo@2025");
                }
                for (String page : who.getValue()) {
                    browser.open(page);
                    for (String v : violations(browser, axe)) {
                        found.add((who.getKey().isEmpty() ? "public" : who.getKey()) + " " + page + " → " + v);
                    }
                }
            }
        }
        assertThat(found).as(String.join("\n", found)).isEmpty();
        // the check itself can fail: a field without a label is reported (critical)
        try (Browser browser = new Browser(port)) {
            browser.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
            browser.open("/public");
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('main').insertAdjacentHTML('beforeend', '<input type=\"text\" id=\"unlabelled\">')");
            assertThat(violations(browser, axe)).anyMatch(v -> v.contains("label") && v.contains("#unlabelled"));
        }
    }

    @Test
    @DisplayName("at 1280 and 390 px wide the content starts within about a screen and no page is wider than the viewport")
    void desktopAndPhoneLayout() {
        List<String> problems = new ArrayList<>();
        for (int width : new int[] {1280, 390}) {
            for (Map.Entry<String, List<String>> who : PAGES.entrySet()) {
                try (Browser browser = new Browser(port)) {
                    browser.driver().manage().window().setSize(new Dimension(width, 844));
                    if (!who.getKey().isEmpty()) {
                        browser.login(who.getKey(), "Demo@2025");
                    }
                    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
                    for (String page : who.getValue()) {
                        browser.open(page);
                        long viewport = ((Number) js.executeScript("return window.innerWidth")).longValue();
                        long screen = ((Number) js.executeScript("return window.innerHeight")).longValue();
                        long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
                        long h1Top = ((Number) js.executeScript(
                                "var h = document.querySelector('main h1'); return h ? h.getBoundingClientRect().top + window.scrollY : 0")).longValue();
                        if (scrollWidth > viewport + 1) {
                            problems.add(width + "px " + page + ": page is " + scrollWidth + "px wide");
                        }
                        if (h1Top > screen) {
                            problems.add(width + "px " + page + ": heading starts at " + h1Top + "px, below the first screen");
                        }
                        browser.screenshot("layout-" + width + page.replace('/', '-'));
                    }
                }
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }
}
