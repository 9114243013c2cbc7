package cn.yingshang.experience;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.Browser;
import cn.yingshang.support.PlatformTest;
import java.util.List;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14: the public portal and the enterprise appeal journey in Uyghur, right to left. The reader
 * chooses ئۇيغۇرچە once; every page after that (links, a typed address, the sign-in) stays in Uyghur,
 * shows Uyghur text and never a raw message key.
 */
@PlatformTest
class UyghurBrowserTest {

    /** What Thymeleaf prints for a key no bundle has, and what a key printed as text looks like. */
    static final Pattern MISSING = Pattern.compile("\\?\\?[^?\\s]+\\?\\?");
    static final Pattern RAW_KEY = Pattern.compile("(?<![\\w./@-])[a-z][a-zA-Z0-9-]*(\\.[a-z][a-zA-Z0-9-]*){2,}(?![\\w/@-])");
    static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}{3,}");

    static final List<String> PUBLIC_PAGES = List.of("/public", "/public/policies", "/public/appeals/new", "/public/appeals/track",
            "/public/appeals/cases", "/public/credit", "/login", "/public/no-such-page");

    /** First segments of every key in the bundles: a dotted word starting with one of them is a key shown as text. */
    static final java.util.Set<String> KEY_PREFIXES = keyPrefixes();

    static java.util.Set<String> keyPrefixes() {
        java.util.Set<String> prefixes = new java.util.HashSet<>();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/i18n"))) {
            for (var file : files.toList()) {
                java.util.Properties p = new java.util.Properties();
                try (var reader = java.nio.file.Files.newBufferedReader(file)) {
                    p.load(reader);
                }
                p.stringPropertyNames().forEach(k -> prefixes.add(k.contains(".") ? k.substring(0, k.indexOf('.')) : k));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return prefixes;
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    static void inUyghur(Browser browser) {
        String url = browser.driver().getCurrentUrl();
        String html = browser.find(By.tagName("html")).getAttribute("outerHTML");
        String head = html.substring(0, html.indexOf('>') + 1);
        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).as(url + " " + head).isEqualTo("ug");
        assertThat(browser.find(By.tagName("html")).getAttribute("dir")).as(url).isEqualTo("rtl");
        String text = browser.text();
        assertThat(MISSING.matcher(text).find()).as(url + " shows a missing key:\n" + text).isFalse();
        List<String> raw = RAW_KEY.matcher(text).results().map(MatchResult::group)
                .filter(k -> KEY_PREFIXES.contains(k.substring(0, k.indexOf('.')))).toList();
        assertThat(raw).as(url + " shows raw keys:\n" + text).isEmpty();
        assertThat(ARABIC.matcher(browser.find(By.tagName("main")).getText()).find()).as(url + " has Uyghur text in main:\n" + text).isTrue();
        // the layout is mirrored: the main column starts on the right
        assertThat(browser.find(By.tagName("main")).getCssValue("direction")).as(url).isEqualTo("rtl");
    }

    @Test
    @DisplayName("issue 14: the public portal and the enterprise appeal journey in Uyghur, right to left, remembered across requests")
    void publicAndEnterpriseInUyghur() {
        String title = "ئىجازەتنامە ئۆزگەرتىش " + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("DELETE FROM platform_attempt WHERE limit_name = 'public-post'").update();
        try (Browser browser = new Browser(port)) {
            browser.open("/public");
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
            browser.find(By.cssSelector(".languages a[lang=ug]")).click();
            browser.waitUntil(d -> "ug".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            Cookie lang = browser.driver().manage().getCookieNamed("lang");
            assertThat(lang).isNotNull();
            assertThat(lang.getValue()).isEqualTo("ug-CN");
            inUyghur(browser);

            // each page a new request (a typed address), and a link followed in the menu
            for (String page : PUBLIC_PAGES) {
                browser.open(page);
                inUyghur(browser);
                browser.screenshot("uyghur" + page.replace('/', '-'));
            }
            browser.open("/public");
            browser.find(By.cssSelector("nav.side a[href='/public/appeals/track']")).click();
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/public/appeals/track"));
            inUyghur(browser);

            // the enterprise: sign in, submit an appeal, find it in the list, all in Uyghur
            browser.login("enterprise1", "Demo@2025");
            inUyghur(browser);
            browser.open("/enterprise/appeals/new");
            inUyghur(browser);
            new Select(browser.find(By.id("type"))).selectByValue("HELP");
            new Select(browser.find(By.id("category"))).selectByValue("CERTIFICATES");
            browser.find(By.id("title")).sendKeys(title);
            browser.find(By.id("content")).sendKeys("شىركىتىمىز 10-ئايدا تىجارەت دائىرىسىنى ئۆزگەرتىشنى ئىلتىماس قىلغان، تېخىچە بېجىرىلمىدى.");
            browser.find(By.id("phone")).sendKeys("13912340000");
            browser.find(By.id("submit-appeal")).click();
            browser.waitUntil(d -> d.getCurrentUrl().matches(".*/enterprise/appeals/\\d+$"));
            inUyghur(browser);
            assertThat(browser.text()).contains(title);
            browser.screenshot("uyghur-enterprise-appeal");

            browser.open("/enterprise/appeals");
            inUyghur(browser);
            assertThat(browser.find(By.tagName("main")).getText()).contains(title);
            // dates in the Uyghur form (CLDR), not the ISO form the Chinese pages show
            assertThat(browser.find(By.tagName("main")).getText()).containsPattern("\\d+-\\p{IsArabic}+، \\d{4}").doesNotContainPattern("\\b20\\d\\d-\\d\\d-\\d\\d\\b");
            browser.screenshot("uyghur-enterprise-appeals");

            // back to Chinese with the switch, and that too is remembered
            browser.find(By.cssSelector(".languages a[lang=zh-CN]")).click();
            browser.waitUntil(d -> "zh-CN".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            browser.open("/enterprise/appeals");
            assertThat(browser.find(By.tagName("html")).getAttribute("dir")).isEqualTo("ltr");
            assertThat(browser.text()).contains("我的诉求");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM appeal WHERE title = :t").param("t", title).query(Long.class).single()).isOne();
    }
}
