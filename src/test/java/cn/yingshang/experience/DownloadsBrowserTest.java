package cn.yingshang.experience;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.Browser;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every export and attachment link on the main pages, clicked in real Chromium as the role that sees
 * it, saves a file under its Chinese name: not bytes swapped into the page by htmx, not an HTML page.
 */
@PlatformTest
class DownloadsBrowserTest {

    /** Links that hand out a file; each must be marked {@code download} and not boosted. */
    private static final java.util.regex.Pattern FILE_LINK = java.util.regex.Pattern.compile(
            "\\.(xlsx|csv|txt|pdf)(\\?|$)|/export(\\?|$)|/download(\\?|$)|/attachments/\\d+$|/materials/\\d+$");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("office, department handler, enterprise and the public each click every export and attachment link and get the file")
    void everyDownloadLinkSavesTheFile() throws Exception {
        long appeal = appealWithAttachment();
        long draw = drawWithFrozenPool();
        long serviceCase = jdbc.sql("SELECT min(case_id) FROM svc_case_material_file").query(Long.class).single();
        String applicant = jdbc.sql("""
                        SELECT a.username FROM svc_case c JOIN platform_account a ON a.credit_code = c.credit_code
                        WHERE c.id = :c ORDER BY a.id LIMIT 1""").param("c", serviceCase).query(String.class).single();
        String window = jdbc.sql("""
                        SELECT a.username FROM svc_case c JOIN platform_account a ON a.department_id = c.department_id
                        WHERE c.id = :c AND a.role = 'HANDLER' ORDER BY a.id LIMIT 1""").param("c", serviceCase).query(String.class).single();
        String catalogue = "/public/catalogues";
        List<String> saved = new ArrayList<>();
        Path dir = Files.createTempDirectory("downloads");
        try (Browser browser = new Browser(port)) {
            ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", dir.toAbsolutePath().toString(), "eventsEnabled", true));
            browser.login("office", "Demo@2025");
            for (String page : List.of("/workbench/appeals", "/cockpit/appeals", "/workbench/arrears/figures",
                    "/workbench/credit/import", "/workbench/entities/import", "/cockpit/map", "/cockpit/alerts", "/cockpit/tasks",
                    "/cockpit/case-reviews", "/workbench/catalogues", "/workbench/disclosures")) {
                saved.addAll(clickEveryDownload(browser, page, dir));
            }
            saved.addAll(clickEveryDownload(browser, "/workbench/appeals/" + appeal, dir));
            signInAs(browser, "scj.handler");
            saved.addAll(clickEveryDownload(browser, "/workbench/appeals", dir));
            signInAs(browser, "enterprise1");
            saved.addAll(clickEveryDownload(browser, "/enterprise/appeals/" + appeal, dir));
            // the services window's case with the applicant's material files, as the window and as the applicant
            signInAs(browser, window);
            saved.addAll(clickEveryDownload(browser, "/workbench/services/cases/" + serviceCase, dir));
            signInAs(browser, applicant);
            saved.addAll(clickEveryDownload(browser, "/enterprise/services/cases/" + serviceCase, dir));
            browser.driver().manage().deleteAllCookies();
            browser.open(catalogue);
            String first = browser.driver().findElements(By.cssSelector("main a[href^='/public/catalogues/']")).stream()
                    .map(a -> a.getAttribute("href")).filter(h -> !h.contains("check")).findFirst().orElseThrow();
            saved.addAll(clickEveryDownload(browser, first.replaceFirst("^https?://[^/]+", ""), dir));
            saved.addAll(clickEveryDownload(browser, "/public/inspections/draws/" + draw, dir));
        }
        assertThat(saved).as("files saved").anyMatch(n -> n.startsWith("诉求清单") && n.endsWith(".xlsx"))
                .anyMatch(n -> n.startsWith("诉求办理指标")).anyMatch(n -> n.startsWith("清欠统计-"))
                .anyMatch(n -> n.equals("信用记录导入模板.csv")).anyMatch(n -> n.equals("经营主体导入模板.csv"))
                .anyMatch(n -> n.startsWith("工作台账")).anyMatch(n -> n.equals("营业执照扫描件.pdf"))
                .anyMatch(n -> n.contains("第") && n.endsWith("版.xlsx"));
        assertThat(saved).anyMatch(n -> n.startsWith("抽查名录库快照-")).anyMatch(n -> n.startsWith("双公示-") && n.endsWith(".csv"))
                .anyMatch(n -> n.equals("印章印模.pdf"));
        assertThat(saved.stream().filter(n -> n.equals("印章印模.pdf")).count()).as("window and applicant").isGreaterThanOrEqualTo(2);
    }

    /** Opens the page, checks every file link is a plain download, clicks each and waits for its file. */
    private List<String> clickEveryDownload(Browser browser, String page, Path dir) throws Exception {
        browser.open(page);
        List<String> names = new ArrayList<>();
        List<WebElement> links = browser.driver().findElements(By.cssSelector("main a[href]"));
        List<String> hrefs = new ArrayList<>();
        for (WebElement a : links) {
            String href = a.getAttribute("href");
            if (FILE_LINK.matcher(href).find()) {
                assertThat(a.getAttribute("download")).as(page + " " + href + " is a download").isNotNull();
                assertThat(a.getAttribute("hx-boost")).as(page + " " + href + " is not boosted").isEqualTo("false");
                hrefs.add(href);
            }
        }
        for (String href : hrefs) {
            clear(dir);
            String before = browser.driver().getCurrentUrl();
            WebElement link = browser.driver().findElements(By.cssSelector("main a[href]")).stream()
                    .filter(a -> href.equals(a.getAttribute("href"))).findFirst().orElseThrow();
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", link);
            link.click();
            Path file = browser.waitUntil(d -> finished(dir));
            String name = file.getFileName().toString();
            byte[] head = Files.readAllBytes(file);
            String start = new String(head, 0, Math.min(head.length, 200), StandardCharsets.UTF_8).stripLeading().toLowerCase();
            assertThat(start).as(href + " saved " + name).doesNotStartWith("<!doctype").doesNotStartWith("<html");
            assertThat(name).as(href).containsPattern("\\p{IsHan}");
            assertThat(browser.driver().getCurrentUrl()).as("the page stays after " + href).isEqualTo(before);
            assertThat(browser.text()).as("no bytes swapped into the page by " + href).doesNotContain("PK\u0003\u0004");
            names.add(name);
        }
        return names;
    }

    private static Path finished(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> !f.toString().endsWith(".crdownload") && !f.getFileName().toString().startsWith("."))
                    .filter(f -> {
                        try {
                            return Files.size(f) > 0;
                        } catch (IOException e) {
                            return false;
                        }
                    }).findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void clear(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
    }

    private static void signInAs(Browser browser, String username) {
        browser.driver().manage().deleteAllCookies();
        browser.login(username, "Demo@2025");
    }

    /**
     * A plan whose draw froze its pool: an existing one, or the demo joint plan committed and drawn now
     * through the API as the office would, so the public draw page always offers the pool file.
     */
    private long drawWithFrozenPool() {
        var existing = jdbc.sql("SELECT d.plan_id FROM inspection_draw d JOIN inspection_pool_snapshot s ON s.plan_id = d.plan_id ORDER BY 1 LIMIT 1")
                .query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        long plan = jdbc.sql("""
                        SELECT min(p.id) FROM inspection_plan p
                        WHERE NOT EXISTS (SELECT 1 FROM inspection_draw d WHERE d.plan_id = p.id)
                          AND EXISTS (SELECT 1 FROM inspection_plan_item i WHERE i.plan_id = p.id)""").query(Long.class).single();
        WebUser office = WebUser.demo(port, "office");
        assertThat(office.postJson("/api/v1/inspections/plans/" + plan + "/commit", "{}").status()).isLessThan(300);
        assertThat(office.postJson("/api/v1/inspections/plans/" + plan + "/draw", "{}").status()).isLessThan(300);
        return plan;
    }

    /** An enterprise appeal with a scanned licence attached, dispatched to nobody yet: visible to office and requester. */
    private long appealWithAttachment() {
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        WebUser.Response r = enterprise.postMultipart("/enterprise/appeals", "files", "营业执照扫描件.pdf",
                "%PDF-1.4 demo licence".getBytes(StandardCharsets.UTF_8),
                Map.of("type", "HELP", "category", "FINANCING", "title", "附件下载测试" + System.nanoTime(),
                        "content", "请问营业执照变更需要哪些材料？", "phone", "13900001111"));
        String path = r.uri().getPath();
        assertThat(path).as(r.body().length() > 300 ? r.body().substring(0, 300) : r.body()).matches("/enterprise/appeals/\\d+");
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }
}
