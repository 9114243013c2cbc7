package cn.yingshang.services;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.Browser;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 15, done-when: the whole case journey in the browser, applicant, window and office. */
@PlatformTest
class ServiceJourneyBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    long cityGuide(String code) {
        return jdbc.sql("SELECT id FROM svc_implementation WHERE item_code = :c AND level = 'CITY'").param("c", code)
                .query(Long.class).single();
    }

    @Test
    @DisplayName("002 #7, 000 §19: 刻章备案 applied online with the 委托书 missing, accepted with deficiency, supplied, granted, "
            + "e-licence verified publicly, rated; the 差评 runs 核实, 整改, 反馈, 回访, 复核 and 追评")
    void sealFilingWithDeficiencyToRating() throws java.io.IOException {
        long guide = cityGuide("SVC-GA-001");
        try (Browser browser = new Browser(port)) {
            browser.login("enterprise1", "Demo@2025");
            browser.open("/public/services?q=" + java.net.URLEncoder.encode("刻章备案", java.nio.charset.StandardCharsets.UTF_8));
            browser.find(By.cssSelector("#guides a[href$='/public/services/" + guide + "']")).click();
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/public/services/" + guide));
            // the article of the promise, by title and measure number, never by file code
            assertThat(browser.find(By.id("seed-citation")).getText()).contains("第七项").doesNotContain("002");
            browser.find(By.id("apply-online")).click();
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/enterprise/services/apply/" + guide));
            // the licence comes from the registry, the ID proof by data sharing: neither is asked
            assertThat(browser.find(By.id("materials")).getText()).contains("营业执照").contains("无需上传")
                    .contains("数据共享：人口库");
            assertThat(browser.driver().findElements(By.cssSelector("input[data-material='营业执照']"))).isEmpty();
            java.nio.file.Path seal = java.nio.file.Files.createTempFile("seal", ".png");
            java.nio.file.Files.write(seal, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
            browser.find(By.cssSelector("input[type=file][data-material='印章印模']")).sendKeys(seal.toString());
            browser.find(By.id("submit-application")).click();
            browser.waitForText("已提交申请");
            long id = caseId(browser);
            assertThat(browser.find(By.id("case-status")).getText()).isEqualTo("待受理");
            assertThat(browser.find(By.id("provided")).getText()).contains("“经办人授权委托书”：未提交");

            signInAs(browser, "gaj.handler");
            browser.open("/workbench/services");
            assertThat(browser.find(By.id("case-" + id)).getText()).contains("刻章备案");
            browser.find(By.cssSelector("#case-" + id + " a")).click();
            browser.waitForText("容缺受理");
            assertThat(browser.find(By.id("material-files")).getText()).contains("印章印模").contains(seal.getFileName().toString());
            assertThat(browser.find(By.cssSelector("input[name=missing][value='经办人授权委托书']")).isSelected()).isTrue();
            browser.find(By.id("accept-with-deficiency")).click();
            browser.waitForText("已容缺受理");
            assertThat(browser.find(By.id("first-receiver")).getText()).isEqualTo("gaj.handler");
            assertThat(browser.find(By.id("case-clock")).getText()).contains("剩余 1 个工作日");  // 刻章备案 promises 1 working day
            browser.find(By.id("grant")).click();
            browser.waitForText("容缺材料尚未补齐");

            signInAs(browser, "enterprise1");
            browser.open("/enterprise/services/cases/" + id);
            assertThat(browser.find(By.id("deficiency")).getText()).contains("经办人授权委托书");
            // the late material is a file: sent without it, the form says so on the material's field
            browser.find(By.id("supply-deficiency")).click();
            browser.waitForText("请上传以下材料的文件：经办人授权委托书");
            assertThat(browser.find(By.id("deficiency-file-0-error")).getText()).contains("经办人授权委托书");
            java.nio.file.Path proxy = java.nio.file.Files.createTempFile("proxy", ".png");
            java.nio.file.Files.write(proxy, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
            browser.find(By.cssSelector("input[type=file][data-material='经办人授权委托书']")).sendKeys(proxy.toString());
            browser.find(By.id("supply-deficiency")).click();
            browser.waitForText("容缺材料已补交");

            signInAs(browser, "gaj.handler");
            browser.open("/workbench/services/cases/" + id);
            // the handler sees the late file beside the first and can download it
            assertThat(browser.find(By.id("material-files")).getText()).contains("经办人授权委托书（容缺补交）")
                    .contains(proxy.getFileName().toString());
            browser.find(By.id("grant")).click();
            browser.waitForText("电子证照已发放");
            browser.find(By.id("finish")).click();
            browser.waitForText("已办结");
            browser.find(By.id("deliver")).click();
            browser.waitForText("已送达");
            assertThat(browser.find(By.id("delivered-on")).getText()).contains("网上送达");

            signInAs(browser, "enterprise1");
            browser.open("/enterprise/services/cases/" + id);
            assertThat(browser.find(By.id("case-status")).getText()).isEqualTo("准予许可（已决定）");
            assertThat(browser.find(By.id("case-clock")).getText()).isEqualTo("按时办结");
            // five levels, none chosen for the applicant
            assertThat(browser.driver().findElements(By.cssSelector("input[name=level]"))).hasSize(5)
                    .noneMatch(WebElement::isSelected);
            browser.find(By.id("verify-licence")).click();
            browser.waitForText("该电子证照真实有效");
            assertThat(browser.text()).contains("刻章备案");

            browser.open("/enterprise/services/cases/" + id);
            browser.find(By.id("level-2")).click();
            browser.find(By.id("comment")).sendKeys("窗口让我跑了两趟");
            browser.find(By.id("rate")).click();
            browser.waitForText("评价已提交");
            assertThat(browser.find(By.id("bad-status")).getText()).isEqualTo("差评：待核实");
            assertThat(browser.driver().findElements(By.id("rate"))).isEmpty();  // once

            signInAs(browser, "gaj.handler");
            browser.open("/workbench/services/bad-ratings?q=" + id);  // the list pages: other tests add bad ratings
            assertThat(browser.find(By.id("bad-ratings")).getText()).contains(Long.toString(id)).contains("待回访");
            browser.open("/workbench/services/cases/" + id);
            badStep(browser, "经核实，窗口未一次性告知所需委托书");
            browser.waitForText("差评：整改中");
            badStep(browser, "已组织窗口人员培训，告知单增列委托书");
            browser.waitForText("差评：待反馈");
            badStep(browser, "已电话向企业反馈整改情况");
            browser.waitForText("差评：待营商办复核");
            browser.find(By.id("return-visit-done")).click();
            browser.waitForText("已登记回访");

            signInAs(browser, "office");
            browser.open("/workbench/services/cases/" + id);
            browser.find(By.id("review-text")).sendKeys("整改到位，同意办结");
            browser.find(By.id("review")).click();
            browser.waitForText("差评：待申请人追评");

            signInAs(browser, "enterprise1");
            browser.open("/enterprise/services/cases/" + id);
            browser.find(By.id("follow-4")).click();
            browser.find(By.id("follow-up")).click();
            browser.waitForText("差评：已办结");

            browser.open("/public/services/ratings");
            assertThat(browser.text()).contains("乌鲁木齐市公安局");
        }
    }

    @Test
    @DisplayName("001 §38: a 告知承诺 seal-engraving permit is decided on the spot; found false on post-check, the decision and "
            + "its e-licence are revoked and a 违背信用承诺 record appears in the credit module")
    void falsePromiseRevokesAndRecordsCredit() {
        long guide = cityGuide("SVC-GA-002");
        WebUser office = WebUser.demo(port, "office");
        int share = Integer.parseInt(office.getJson("/api/v1/services/settings/post-check-share").body().replaceAll("\\D", ""));
        assertThat(office.putJson("/api/v1/services/settings/post-check-share", "{\"percent\":100}").status()).isEqualTo(200);
        String finding = "现场核查无刻制设备" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser(port)) {
            browser.login("enterprise1", "Demo@2025");
            browser.open("/enterprise/services/apply/" + guide);
            // the notice before signing: duty (conditions), what is to be proven, liability for a false promise
            assertThat(browser.find(By.id("promise-notice")).getText()).contains("具备刻制设备和场所")
                    .contains("经营场所及设备证明、治安保卫制度").contains("撤销审批决定").contains("信用记录");
            browser.find(By.id("promise")).click();
            browser.find(By.id("submit-application")).click();
            browser.waitForText("已提交申请");
            long id = caseId(browser);
            assertThat(browser.find(By.id("provided")).getText()).contains("“治安保卫制度”：以告知承诺代替");

            signInAs(browser, "gaj.handler");
            browser.open("/workbench/services/cases/" + id);
            browser.find(By.id("accept")).click();
            browser.waitForText("已受理");
            assertThat(browser.find(By.id("case-status")).getText()).isEqualTo("准予许可（已决定）");
            assertThat(browser.find(By.id("post-check")).getText()).contains("已抽中事后核查");
            String code = browser.find(By.cssSelector("#licence p")).getText().replaceAll(".*核验码 ", "").strip();
            browser.find(By.id("finding")).sendKeys(finding);
            browser.find(By.id("truthful-no")).click();
            browser.find(By.id("record-post-check")).click();
            browser.waitForText("承诺不实，决定已撤销");
            assertThat(browser.find(By.id("case-status")).getText()).isEqualTo("决定已撤销");

            signInAs(browser, "enterprise1");
            browser.open("/public/e-licences?code=" + code);
            assertThat(browser.find(By.id("verdict")).getText()).contains("撤销");
            browser.open("/enterprise/credit");
            assertThat(browser.text()).contains("违背信用承诺").contains(finding);
        } finally {
            office.putJson("/api/v1/services/settings/post-check-share", "{\"percent\":" + share + "}");
        }
    }

    private static void badStep(Browser browser, String text) {
        browser.find(By.id("bad-text")).sendKeys(text);
        browser.find(By.id("bad-step")).click();
    }

    private static long caseId(Browser browser) {
        String url = browser.driver().getCurrentUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    private static void signInAs(Browser browser, String username) {
        browser.driver().manage().deleteAllCookies();
        browser.login(username, "Demo@2025");
    }
}
