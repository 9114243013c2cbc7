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
        PAGES.put("", List.of("/login", "/public", "/public/appeals/new", "/public/policies",
                // services: catalogue, a guide, the guide search, the e-licence check (empty and with a result)
                "/public/services", "/public/services/{svc_implementation}", "/public/services?q=%E5%8D%B0%E7%AB%A0",
                "/public/e-licences", "/public/e-licences?code={svc_e_licence.code}", "/public/services/changes",
                "/public/services/ratings", "/public/arrears", "/public/inspections", "/public/inspections/draws", "/public/bankruptcy"));
        PAGES.put("enterprise1", List.of("/enterprise", "/enterprise/appeals", "/enterprise/policies", "/enterprise/services",
                "/enterprise/services/bundles", "/enterprise/services/help", "/enterprise/legal", "/enterprise/legal/new",
                "/enterprise/finance", "/enterprise/arrears", "/enterprise/inspections", "/notifications"));
        PAGES.put("scj.handler", List.of("/workbench", "/workbench/appeals", "/workbench/arrears", "/workbench/inspections/plans",
                "/workbench/finance/confirmations"));
        PAGES.put("office", List.of("/workbench", "/workbench/appeals", "/cockpit", "/cockpit/map", "/workbench/disclosures",
                "/workbench/services", "/workbench/services/catalogue", "/workbench/services/bad-ratings", "/workbench/projects",
                "/workbench/projects/figures", "/workbench/finance/figures", "/workbench/finance/banks", "/cockpit/legal",
                "/workbench/arrears/figures", "/workbench/hotline-callbacks"));
        PAGES.put("admin", List.of("/workbench/accounts"));
        PAGES.put("gaj.handler", List.of("/workbench", "/workbench/services", "/workbench/services/window",
                "/workbench/services/cases/{svc_case}", "/workbench/services/cover", "/workbench/services/help",
                "/workbench/services/bundles"));
        PAGES.put("court.clerk", List.of("/workbench", "/workbench/legal/cases", "/workbench/legal/cases/{legal_court_case}",
                "/workbench/legal/judgments"));
        PAGES.put("procurator", List.of("/workbench", "/workbench/legal/stalled", "/workbench/legal/seizures"));
        PAGES.put("police.officer", List.of("/workbench", "/workbench/legal/seizures", "/workbench/legal/seizures/new",
                "/workbench/legal/stalled"));
        PAGES.put("xm.steward", List.of("/workbench", "/workbench/projects", "/workbench/projects/{prj_project}",
                "/workbench/projects/new"));
        PAGES.put("bank1", List.of("/workbench", "/workbench/finance/bank", "/workbench/finance/bank/products"));
    }

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** A page with {table} (its lowest id) or {table.column} (that column of its lowest id) filled from the demo data. */
    String resolve(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([a-z_]+)(?:\\.([a-z_]+))?}").matcher(page);
        if (!m.find()) {
            return page;
        }
        String column = m.group(2) == null ? "id" : m.group(2);
        String value = jdbc.sql("SELECT CAST(" + column + " AS TEXT) FROM " + m.group(1) + " ORDER BY 1 LIMIT 1")
                .query(String.class).single();
        return page.substring(0, m.start()) + value + page.substring(m.end());
    }

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
                for (String listed : who.getValue()) {
                    String page = resolve(listed);
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
                    for (String listed : who.getValue()) {
                        String page = resolve(listed);
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

    /** Each portal's landing page and who opens it (null: the public). */
    static final Map<String, String> LANDING = new java.util.LinkedHashMap<>();

    static {
        LANDING.put("/public", "");
        LANDING.put("/enterprise", "enterprise1");
        LANDING.put("/workbench", "scj.handler");
        LANDING.put("/cockpit", "office");
    }

    @Test
    @DisplayName("at 390 px each portal's landing page fits the screen's width and its menu starts closed and opens with one tap")
    void landingPagesAtPhoneWidth() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> landing : LANDING.entrySet()) {
            try (Browser browser = new Browser(port)) {
                browser.driver().manage().window().setSize(new Dimension(390, 844));
                if (!landing.getValue().isEmpty()) {
                    browser.login(landing.getValue(), "Demo@2025");
                }
                browser.open(landing.getKey());
                JavascriptExecutor js = (JavascriptExecutor) browser.driver();
                long viewport = ((Number) js.executeScript("return window.innerWidth")).longValue();
                long bodyWidth = ((Number) js.executeScript("return document.body.scrollWidth")).longValue();
                if (bodyWidth > viewport + 1) {
                    problems.add(landing.getKey() + ": body is " + bodyWidth + "px wide at " + viewport + "px");
                }
                if (((Number) js.executeScript("return document.querySelectorAll('nav.side details.menu').length")).intValue() != 1) {
                    problems.add(landing.getKey() + ": no collapsible menu");
                    continue;
                }
                if (Boolean.TRUE.equals(js.executeScript("return document.querySelector('nav.side details.menu').open"))) {
                    problems.add(landing.getKey() + ": the menu starts open at phone width");
                }
                browser.find(org.openqa.selenium.By.cssSelector("nav.side details.menu > summary")).click();
                boolean opened = Boolean.TRUE.equals(js.executeScript("return document.querySelector('nav.side details.menu').open"));
                long visibleLinks = ((Number) js.executeScript(
                        "return Array.from(document.querySelectorAll('nav.side details.menu a')).filter(a => a.offsetParent !== null).length"))
                        .longValue();
                if (!opened || visibleLinks == 0) {
                    problems.add(landing.getKey() + ": tapping the menu's toggle does not show its links");
                }
                browser.screenshot("landing-390" + landing.getKey().replace('/', '-'));
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }
}
