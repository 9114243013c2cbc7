package cn.yingshang.inspection;

import cn.yingshang.shared.CreditCode;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.credit.CreditClassChanged;
import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Role;
import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.support.Browser;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PlatformTest
class JointInspectionBrowserTest {

    @LocalServerPort
    int port;
    private final Accounts accounts;
    private final Departments departments;
    private final JsonMapper json;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    @Autowired
    JointInspectionBrowserTest(Accounts accounts, Departments departments, JsonMapper json, JdbcClient jdbc,
                               ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.accounts = accounts;
        this.departments = departments;
        this.json = json;
        this.jdbc = jdbc;
        this.events = events;
        this.transactions = transactions;
    }

    @Test
    @DisplayName("003 §42, 000 §56: a joint plan is drawn, the public page recomputes it, inspectors check in, the enterprise confirms, the result is published")
    void jointInspectionEndToEnd() {
        WebUser office = WebUser.demo(port, "office");
        InspectionFixtures fx = new InspectionFixtures(office, accounts, departments, json);
        Department market = fx.department("650100", DepartmentFunction.MARKET_REGULATION);
        Department hr = fx.department("650100", DepartmentFunction.HUMAN_RESOURCES);
        fx.inspector(market);
        fx.inspector(hr);
        String entity = fx.entity("650121", "N77", "乌鲁木齐县联合检查测试公司");
        for (int i = 0; i < 4; i++) {
            fx.entity("650121", "N77", "乌鲁木齐县同行业测试公司");
        }
        // The credit module classes the entity C (raised ratio): we feed our projection as credit would.
        transactions.executeWithoutResult(status -> events.publishEvent(
                new CreditClassChanged(CreditCode.of(entity), CreditRiskClass.B, CreditRiskClass.C)));
        long until = System.nanoTime() + 20_000_000_000L;
        while (!"C".equals(jdbc.sql("SELECT risk_class FROM inspection_entity_class WHERE credit_code = ?").param(entity)
                .query(String.class).optional().orElse(""))) {
            assertThat(System.nanoTime()).as("the class change reaches the inspection module").isLessThan(until);
            Thread.onSpinWait();
        }
        String enterpriseUser = "ent" + Long.toString(System.nanoTime(), 36);
        accounts.createDemoAccount(new Accounts.NewAccount(enterpriseUser, "Demo@2025", "联合检查测试企业", Role.ENTERPRISE, null, entity, null));
        long marketItem = fx.item(market, "联合检查·营业执照公示检查", "650121", "N77", false, true);
        long hrItem = fx.item(hr, "联合检查·劳动用工检查", "650121", "N77", false, true);

        try (Browser browser = new Browser(port)) {
            browser.login("scj.handler", "Demo@2025");
            browser.open("/workbench/inspections/plans");
            browser.find(By.id("title")).sendKeys("乌鲁木齐县部门联合抽查（浏览器测试）");
            browser.find(By.cssSelector("input[name=itemIds][value='" + marketItem + "']")).click();
            browser.find(By.cssSelector("input[name=itemIds][value='" + hrItem + "']")).click();
            for (var ratio : java.util.Map.of("ratioA", "50", "ratioB", "50", "ratioC", "100", "ratioD", "100").entrySet()) {
                WebElement field = browser.find(By.id(ratio.getKey()));
                field.clear();
                field.sendKeys(ratio.getValue());
            }
            browser.find(By.cssSelector("form[method=post][action$='/workbench/inspections/plans'] button[type=submit]")).click();
            browser.waitForText("已建立抽查计划");
            String url = browser.driver().getCurrentUrl();
            long plan = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
            browser.find(By.id("commit")).click();
            browser.waitForText("已冻结检查对象库并公布种子承诺");
            browser.find(By.id("draw")).click();
            browser.waitForText("种子已公开");

            JsonNode task = fx.taskOf(plan, entity);
            assertThat(task).as("the class C entity is drawn at 100 %").isNotNull();
            assertThat(task.get("departmentsCovered").asInt()).as("one visit covers both departments").isEqualTo(2);
            List<String> inspectors = new ArrayList<>();
            task.get("inspectors").forEach(i -> inspectors.add(jdbc.sql("SELECT username FROM inspection_inspector WHERE account_id = ?")
                    .param(i.get("accountId").asLong()).query(String.class).single()));
            assertThat(inspectors).hasSizeGreaterThanOrEqualTo(2);

            browser.open("/public/inspections/draws/" + plan);
            browser.find(By.id("recompute-browser")).click();
            browser.waitForText("浏览器重新计算结果一致");
            assertThat(browser.find(By.id("browser-progress")).isDisplayed()).as("the progress bar goes away when done").isFalse();
            assertThat(browser.find(By.id("recompute-browser")).isEnabled()).as("the button is usable again").isTrue();
            browser.find(By.id("recompute-server")).click();
            browser.waitForText("服务器重新计算结果一致");
            browser.screenshot("inspection-public-draw");

            String code = task.get("code").asString();
            for (String inspector : inspectors) {
                switchUser(browser, inspector);
                browser.open("/workbench/inspections/checkin?code=" + code);
                browser.find(By.id("checkin-start")).click();
                browser.waitForText("已扫码登记入企");
            }

            switchUser(browser, enterpriseUser);
            browser.open("/enterprise/inspections");
            browser.find(By.cssSelector("#task-" + task.get("id").asLong() + " button.confirm-visit")).click();
            browser.waitForText("已确认本次入企检查");

            switchUser(browser, inspectors.getFirst());
            browser.open("/workbench/inspections/tasks/" + task.get("id").asLong());
            new Select(browser.find(By.id("outcome-" + marketItem))).selectByValue("COMPLIANT");
            new Select(browser.find(By.id("outcome-" + hrItem))).selectByValue("COMPLIANT");
            browser.find(By.id("record")).click();
            browser.waitForText("已录入检查结果");
            browser.find(By.id("publish")).click();
            browser.waitForText("检查结果已在信息公开栏公示");
            browser.open("/workbench/inspections/checkin?code=" + code);
            browser.find(By.id("checkin-end")).click();
            browser.waitForText("已登记离企");

            browser.open("/public/inspections");
            browser.waitForText(entity);
            browser.screenshot("inspection-published");

            JsonNode done = fx.parse(office.getJson("/api/v1/inspections/tasks/" + task.get("id").asLong()));
            assertThat(done.get("confirmedAt").isNull()).isFalse();
            assertThat(done.get("visitEndedAt").isNull()).isFalse();
            assertThat(done.get("publishedOn").asString()).isNotBlank();
            JsonNode figures = fx.parse(office.getJson("/api/v1/inspections/figures"));
            assertThat(figures.get("visitsAvoidedByJoint").asInt()).as("joint visits save visits").isGreaterThanOrEqualTo(1);
        }
    }

    /** A new person at the same browser: a fresh session (cookies cleared), then sign in. */
    private static void switchUser(Browser browser, String username) {
        browser.open("/");
        browser.driver().manage().deleteAllCookies();
        browser.login(username, "Demo@2025");
    }
}
