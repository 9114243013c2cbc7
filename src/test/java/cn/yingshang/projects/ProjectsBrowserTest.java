package cn.yingshang.projects;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.credit.GovernmentDishonestyKind;
import cn.yingshang.credit.GovernmentIntegrityRecords;
import cn.yingshang.registry.EntitySearch;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.review.FairCompetitionScreener;
import cn.yingshang.support.Browser;
import cn.yingshang.support.PlatformTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class ProjectsBrowserTest {

    @LocalServerPort
    int port;
    final MarketEntities entities;
    final FairCompetitionScreener screener;
    final GovernmentIntegrityRecords integrity;
    final JdbcClient jdbc;
    final Clock clock;

    @Autowired
    ProjectsBrowserTest(MarketEntities entities, FairCompetitionScreener screener, GovernmentIntegrityRecords integrity,
                        JdbcClient jdbc, Clock clock) {
        this.entities = entities;
        this.screener = screener;
        this.integrity = integrity;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Test
    @DisplayName("001 §40–41, §43: a steward registers a project, its approvals run in parallel (one under 告知承诺), one is late and the project view names it as the hold-up")
    void approvalsOnTheClock() {
        LocalDate today = LocalDate.now(clock);
        try (Browser browser = new Browser(port)) {
            browser.login("xm.steward", "Demo@2025");
            String name = register(browser, "光伏组件项目" + UUID.randomUUID().toString().substring(0, 6), today.minusDays(90));
            assertThat(browser.text()).contains("项目已登记").contains(name).contains("招商");
            assertThat(browser.find(By.id("hold-up")).getText()).contains("没有正在等待的审批事项");

            listApproval(browser, "建设工程规划许可", "乌鲁木齐市自然资源局", "5", false);
            listApproval(browser, "建筑工程施工许可", "乌鲁木齐市住房和城乡建设局", "7", true);
            listApproval(browser, "环境影响评价审批", "乌鲁木齐市生态环境局", "20", false);
            long planning = approvalId("建设工程规划许可", name);
            long permit = approvalId("建筑工程施工许可", name);
            long environment = approvalId("环境影响评价审批", name);

            // planning accepted 30 days ago with a 5-working-day limit: late
            setDate(browser, "startedOn-" + planning, today.minusDays(30));
            browser.find(By.id("start-" + planning)).click();
            browser.waitForText("已受理计时，承诺办结日为");
            // the building permit under 告知承诺: the written promise is the proof, decided today
            browser.find(By.id("commitment-" + permit)).sendKeys("申请人承诺已落实施工图审查和质量安全责任人");
            browser.find(By.id("promise-" + permit)).click();
            browser.waitForText("已按告知承诺当场批准");
            // the environmental step accepted today: running within its limit
            browser.find(By.id("start-" + environment)).click();
            browser.waitForText("已受理计时");

            assertThat(browser.find(By.id("approval-" + permit)).getText()).contains("告知承诺").contains("已批准")
                    .contains(today.toString());
            assertThat(browser.find(By.id("approval-" + planning)).getText()).contains("办理中").contains("超期");
            assertThat(browser.find(By.id("approval-" + planning)).getAttribute("class")).contains("late");
            assertThat(browser.find(By.id("approval-" + environment)).getText()).doesNotContain("超期");
            String holdUp = browser.find(By.id("hold-up")).getText();
            assertThat(holdUp).contains("建设工程规划许可").contains("已等待 30 天").contains("已超过承诺时限");
            browser.screenshot("projects-hold-up");

            // deciding the late step leaves the environmental one as what the project waits for
            browser.find(By.id("approve-" + planning)).click();
            browser.waitForText("审批事项已批准");
            assertThat(browser.find(By.id("hold-up")).getText()).contains("环境影响评价审批").contains("在承诺时限内");
            assertThat(browser.find(By.id("approval-" + planning)).getText()).contains("已批准").contains("超期");

            browser.find(By.id("advance-stage")).click();
            browser.waitForText("项目已进入签约阶段");
            assertThat(browser.find(By.id("milestones")).getText()).contains("签约 · " + today);
        }
    }

    @Test
    @DisplayName("000 §16: a promise of a tax preference without legal basis is refused citing the article; a broken promise by the body becomes a government-integrity record")
    void investmentPromises() {
        LocalDate today = LocalDate.now(clock);
        String unlawful = "对该企业缴纳的企业所得税地方留成部分全额返还五年";
        var finding = screener.screen(unlawful).getFirst();
        try (Browser browser = new Browser(port)) {
            browser.login("xm.steward", "Demo@2025");
            String name = register(browser, "储能电站项目" + UUID.randomUUID().toString().substring(0, 6), today.minusDays(40));

            recordPromise(browser, unlawful, "", today.plusDays(100));
            browser.waitForText("不予记录");
            assertThat(browser.find(By.cssSelector(".error-summary")).getText()).contains(finding.article()).contains(finding.standard());
            assertThat(browser.find(By.id("promise-list")).getText()).contains("尚未记录投资承诺");
            browser.screenshot("projects-promise-refused");

            String body = "测试开发区管委会" + UUID.randomUUID().toString().substring(0, 4);
            String lawful = "协调办理项目 110 千伏供电专线接入";
            WebElement by = browser.find(By.id("promisedBy"));
            by.clear();
            by.sendKeys(body);
            recordPromise(browser, lawful, "《新疆维吾尔自治区优化营商环境条例》第二十八条", today.plusDays(30));
            browser.waitForText("投资承诺已书面记录");
            assertThat(browser.find(By.id("promise-list")).getText()).contains(lawful).contains("待兑现");

            long promiseId = jdbc.sql("SELECT id FROM prj_promise WHERE promised_by = :by").param("by", body).query(Long.class).single();
            browser.find(By.id("reason-" + promiseId)).sendKeys("管委会未按约定协调电力接入");
            browser.find(By.id("fault-" + promiseId)).click();
            browser.find(By.id("broken-" + promiseId)).click();
            browser.waitForText("已登记承诺未兑现，已提醒营商办并记入政务诚信记录");
            assertThat(browser.find(By.id("promise-" + promiseId)).getText()).contains("未兑现");
            assertThat(integrity.unresolved(null, 500)).anySatisfy(r -> {
                assertThat(r.bodyName()).isEqualTo(body);
                assertThat(r.kind()).isEqualTo(GovernmentDishonestyKind.BROKEN_PROMISE);
                assertThat(r.summary()).contains(name);
            });
        }
    }

    @Test
    @DisplayName("004 #21: a project in 落地 moves on to its approvals only once the 净地 checklist is confirmed")
    void cleanLandBeforeApprovals() {
        LocalDate today = LocalDate.now(clock);
        try (Browser browser = new Browser(port)) {
            browser.login("xm.steward", "Demo@2025");
            register(browser, "风电装备项目" + UUID.randomUUID().toString().substring(0, 6), today.minusDays(20));
            browser.find(By.id("advance-stage")).click();
            browser.waitForText("项目已进入签约阶段");
            browser.find(By.id("advance-stage")).click();
            browser.waitForText("项目已进入落地阶段");
            browser.find(By.id("advance-stage")).click();
            browser.waitForText("净地出让条件尚未全部确认");
            assertThat(browser.find(By.id("project-stage")).getText()).isEqualTo("落地");
            for (String item : List.of("EXPROPRIATION_COMPENSATION", "OWNERSHIP_CLEAR", "PLANNING_CONDITIONS", "CONSTRUCTION_CONDITIONS")) {
                browser.find(By.id("confirm-" + item)).click();
                browser.waitUntil(d -> d.findElement(By.id("clean-land-" + item)).getText().startsWith("✓"));
            }
            browser.find(By.id("advance-stage")).click();
            browser.waitForText("项目已进入审批阶段");
            assertThat(browser.find(By.id("project-stage")).getText()).isEqualTo("审批");
        }
    }

    private String register(Browser browser, String name, LocalDate attractedOn) {
        MarketEntity investor = entities.search(new EntitySearch("", "6501", null, 0, 50)).items().getFirst();
        browser.open("/workbench/projects");
        browser.find(By.id("new-project")).click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/workbench/projects/new"));
        browser.find(By.id("name")).sendKeys(name);
        browser.find(By.id("investorCreditCode")).sendKeys(investor.creditCode().value());
        browser.find(By.id("industryChain")).sendKeys("新能源及新能源装备制造产业链");
        browser.find(By.id("investment")).sendKeys("12000");
        setDate(browser, "attractedOn", attractedOn);
        browser.find(By.id("register-project")).click();
        browser.waitForText("项目已登记");
        assertThat(browser.text()).contains(investor.name());
        return name;
    }

    private void listApproval(Browser browser, String name, String department, String limit, boolean notifyAndCommit) {
        browser.find(By.id("name")).sendKeys(name);
        browser.find(By.id("departmentName")).sendKeys(department);
        browser.find(By.id("limitDays")).sendKeys(limit);
        if (notifyAndCommit) {
            browser.find(By.id("notifyAndCommit")).click();
        }
        browser.find(By.id("add-approval")).click();
        browser.waitForText("审批事项已列入");
        browser.waitUntil(d -> d.findElement(By.id("approval-steps")).getText().contains(name));
    }

    private void recordPromise(Browser browser, String content, String basis, LocalDate due) {
        WebElement text = browser.find(By.id("content"));
        text.clear();
        text.sendKeys(content);
        WebElement legal = browser.find(By.id("legalBasis"));
        legal.clear();
        legal.sendKeys(basis);
        if (browser.find(By.id("promisedBy")).getAttribute("value").isBlank()) {
            browser.find(By.id("promisedBy")).sendKeys("乌鲁木齐经济技术开发区管委会");
        }
        setDate(browser, "dueOn", due);
        browser.find(By.id("record-promise")).click();
    }

    private long approvalId(String name, String project) {
        return jdbc.sql("""
                        SELECT a.id FROM prj_approval a JOIN prj_project p ON p.id = a.project_id
                        WHERE a.name = :name AND p.name = :project""")
                .param("name", name).param("project", project).query(Long.class).single();
    }

    private static void setDate(Browser browser, String id, LocalDate date) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", browser.find(By.id(id)),
                date.toString());
    }
}
