package cn.yingshang.cockpit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.support.Browser;
import cn.yingshang.support.PlatformTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The journey in real Chromium: supervisor files and rates, office drills from the map, a survey goes out and comes back. */
@PlatformTest
class CockpitBrowserTest {

    @LocalServerPort
    int port;

    final Departments departments;

    final Accounts accounts;

    @Autowired
    CockpitBrowserTest(Departments departments, Accounts accounts) {
        this.departments = departments;
        this.accounts = accounts;
    }

    @Test
    @DisplayName("000 §8: a supervisor files an enterprise's problem, sees it become an appeal, and rates a window; a 差评 opens a rectification")
    void supervisorJourney() {
        long hamiMarket = hamiMarket();
        String place = "伊州区政务服务中心 " + UUID.randomUUID().toString().substring(0, 6);
        String subject = "企业变更登记被要求提供清单外证明 " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = new Browser(port)) {
            browser.login("supervisor", "Demo@2025");
            browser.open("/cockpit/supervision");
            browser.find(By.cssSelector("input[name=kind][value='ENTERPRISE_PROBLEM']")).click();
            new Select(browser.find(By.id("obs-department"))).selectByValue(String.valueOf(hamiMarket));
            browser.find(By.id("subject")).sendKeys(subject);
            browser.find(By.id("detail")).sendKeys("企业反映办理股东变更时被要求提供清单之外的无犯罪证明，往返三次");
            browser.find(By.id("phone")).sendKeys("13999001122");
            browser.find(By.id("file-observation")).click();
            browser.waitForText("已提交，转为诉求");
            WebElement filed = browser.waitUntil(d -> d.findElements(By.cssSelector("#observations tr")).stream()
                    .filter(r -> r.getText().contains(subject)).findFirst().orElse(null));
            assertThat(filed.findElement(By.cssSelector(".outcome")).getText()).matches("诉求 \\S+");
            assertThat(filed.findElement(By.cssSelector(".status")).getText()).startsWith("待受理");
            assertThat(filed.getText()).contains("企业反映的具体问题");

            new Select(browser.find(By.id("rate-department"))).selectByValue(String.valueOf(hamiMarket));
            browser.find(By.id("place")).sendKeys(place);
            browser.find(By.id("windowName")).sendKeys("2号窗口");
            browser.find(By.cssSelector("input[name=level][value='1']")).click();
            browser.find(By.id("comment")).sendKeys("窗口无人值守，等候一小时");
            browser.find(By.id("submit-rating")).click();
            browser.waitForText("已提交差评");
            browser.screenshot("cockpit-supervisor");
        }
    }

    @Test
    @DisplayName("000 §5: the office opens the map, clicks red Hami, reaches the overdue appeals behind the figure and exports them")
    void officeDrillsToOverdueAppeals() {
        try (Browser browser = new Browser(port)) {
            browser.login("office", "Demo@2025");
            browser.open("/cockpit/map");
            assertThat(new Select(browser.find(By.id("indicator"))).getFirstSelectedOption().getText()).isEqualTo("诉求超期率");
            browser.find(By.id("recompute")).click();
            browser.waitForText("已重新计算");
            browser.waitUntil(d -> "true".equals(d.findElement(By.id("cockpit-map")).getAttribute("data-loaded")));
            WebElement hamiRow = browser.find(By.cssSelector("tr[data-region='650500']"));
            assertThat(hamiRow.getText()).contains("预警");
            browser.screenshot("cockpit-map");

            // Click Hami (伊州区, about 93.5°E 42.8°N) on the canvas where ECharts drew it.
            WebElement map = browser.find(By.id("cockpit-map"));
            // WebDriver offsets count from the centre of the element's visible part: show all of it first.
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", map);
            @SuppressWarnings("unchecked")
            List<Number> xy = (List<Number>) ((JavascriptExecutor) browser.driver())
                    .executeScript("return window.cockpitMap.convertToPixel({seriesIndex: 0}, [93.5, 42.8]);");
            int x = xy.get(0).intValue() - map.getSize().getWidth() / 2;
            int y = xy.get(1).intValue() - map.getSize().getHeight() / 2;
            new Actions(browser.driver()).moveToElement(map, x, y).click().perform();
            browser.waitUntil(d -> d.getCurrentUrl().contains("/cases") && d.getCurrentUrl().contains("region=650500"));
            browser.waitForText("办理食品经营许可被要求提供房产证明原件");
            assertThat(browser.text()).contains("诉求超期率").contains("哈密市").contains("超期未答复的诉求");
            browser.screenshot("cockpit-cases");

            String type = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "fetch(document.getElementById('export').href).then(function (r) { done(r.headers.get('content-type')); });");
            assertThat(type).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
    }

    long hamiMarket() {
        return departments.responsibleFor(RegionCode.of("650500"), DepartmentFunction.MARKET_REGULATION).orElseThrow().id().value();
    }

    @Test
    @DisplayName("004 五(六): the office builds a survey and sends it; the invited enterprise answers it on the enterprise portal")
    void surveyJourney() {
        String title = "政务服务满意度调查 " + UUID.randomUUID().toString().substring(0, 6);
        long market = departments.responsibleFor(RegionCode.of("650100"), DepartmentFunction.MARKET_REGULATION).orElseThrow().id().value();
        String code = accounts.byUsername("enterprise1").orElseThrow().creditCode();
        try (Browser browser = new Browser(port)) {
            browser.login("office", "Demo@2025");
            browser.open("/cockpit/surveys");
            browser.find(By.id("title")).sendKeys(title);
            browser.find(By.id("create-survey")).click();
            browser.waitForText("已创建问卷");
            browser.find(By.id("text")).sendKeys("您对市场监管局登记窗口的满意度");
            new Select(browser.find(By.id("departmentId"))).selectByValue(String.valueOf(market));
            browser.find(By.id("add-question")).click();
            browser.waitForText("已添加题目");
            browser.find(By.id("invited")).sendKeys(code);
            browser.find(By.id("send-survey")).click();
            browser.waitForText("已向 1 家企业发放问卷");
        }
        try (Browser browser = new Browser(port)) {
            browser.login("enterprise1", "Demo@2025");
            browser.open("/enterprise/surveys");
            browser.find(By.linkText(title)).click();
            browser.waitForText("您对市场监管局登记窗口的满意度");
            browser.find(By.cssSelector("input[type=radio][value='5']")).click();
            browser.find(By.id("submit-answers")).click();
            browser.waitForText("问卷已提交");
            browser.screenshot("cockpit-survey-answered");
        }
        try (Browser browser = new Browser(port)) {
            browser.login("office", "Demo@2025");
            browser.open("/cockpit/surveys");
            browser.find(By.linkText(title)).click();
            browser.waitUntil(d -> d.findElement(By.id("answered-count")).getText().equals("1"));
            assertThat(browser.find(By.id("results")).getText()).contains("100.0%");
        }
    }
}
