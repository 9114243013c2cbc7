package cn.yingshang.policy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.support.Browser;
import cn.yingshang.support.PlatformTest;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class PolicyBrowserTest {

    @LocalServerPort
    int port;
    final JdbcClient jdbc;
    final MarketEntities entities;

    @Autowired
    PolicyBrowserTest(JdbcClient jdbc, MarketEntities entities) {
        this.jdbc = jdbc;
        this.entities = entities;
    }

    @Test
    @DisplayName("000 §25, 003 §36: an officer builds a 免申即享 policy in the form, previews, publishes and approves; the public list shows it; a matching enterprise sees its reasons, another the near miss")
    void officerToEnterprise() {
        MarketEntity e1 = PolicyFixtures.demoEnterprise(jdbc, entities, "enterprise1");
        MarketEntity e2 = PolicyFixtures.demoEnterprise(jdbc, entities, "enterprise2");
        // one condition both meet, one that tells them apart: enterprise2 fails by exactly that one
        String[] discriminator = !e1.industry().equals(e2.industry()) ? new String[] {"industry", "eq", e1.industry().code()}
                : !e1.region().equals(e2.region()) ? new String[] {"region", "eq", e1.region().code()}
                : new String[] {"headcount", "between", e1.headcount() + "," + e1.headcount()};
        String title = "浏览器测试稳岗补贴 " + UUID.randomUUID().toString().substring(0, 6);

        try (Browser officer = new Browser(port)) {
            officer.login("scj.handler", "Demo@2025");
            officer.open("/workbench/policies/new");
            officer.find(By.id("title")).sendKeys(title);
            officer.find(By.id("documentNumber")).sendKeys("乌市监发〔2026〕99号");
            officer.find(By.id("legalBasis")).sendKeys("003 §36 免申即享");
            officer.find(By.id("issuingDepartment")).clear();
            officer.find(By.id("issuingDepartment")).sendKeys("乌鲁木齐市市场监督管理局");
            new Select(officer.find(By.id("mode"))).selectByValue("AUTO_GRANT");
            officer.find(By.id("amountFixed")).sendKeys("2");
            new Select(officer.find(By.name("g0.r0.attr"))).selectByValue("kind");
            new Select(officer.find(By.name("g0.r0.op"))).selectByValue("eq");
            officer.find(By.name("g0.r0.value")).sendKeys("ENTERPRISE");
            new Select(officer.find(By.name("g0.r1.attr"))).selectByValue(discriminator[0]);
            new Select(officer.find(By.name("g0.r1.op"))).selectByValue(discriminator[1]);
            officer.find(By.name("g0.r1.value")).sendKeys(discriminator[2]);
            officer.find(By.id("preview-button")).click();
            officer.waitForText("预览：按此规则当前匹配");
            String preview = officer.find(By.id("preview")).getText();
            assertThat(preview).doesNotContain("匹配 0 户");
            officer.find(By.id("publish-button")).click();
            officer.waitForText("已发布：" + title);
            // four-eyes: whoever published the rule is not offered the approval of the batch it draws up
            assertThat(officer.driver().findElements(By.id("approve-button"))).isEmpty();
            String policyPage = java.net.URI.create(officer.driver().getCurrentUrl()).getPath();
            try (Browser leader = new Browser(port)) {
                leader.login("scj.leader", "Demo@2025");
                leader.open(policyPage);
                leader.find(By.id("approve-button")).click();
                leader.waitForText("公示期满无异议后兑现");
                leader.screenshot("policy-approved");
            }

            officer.open("/public/policies");
            officer.waitForText(title);
            WebElement notice = officer.find(By.partialLinkText(title));
            notice.click();
            // the list page also says 兑现名单公示: wait for the payout page's own heading
            officer.waitForText(title + " 兑现名单公示");
            assertThat(officer.text()).contains(e1.name()).contains(e1.creditCode().value());
        }

        try (Browser enterprise = new Browser(port)) {
            enterprise.login("enterprise1", "Demo@2025");
            enterprise.open("/enterprise/policies");
            enterprise.waitForText(title);
            WebElement card = enterprise.find(By.xpath("//div[contains(@class,'matched')][.//a[contains(.,'" + title + "')]]"));
            assertThat(card.getText()).contains("符合理由").contains("✓ 主体类型 等于 企业（本企业：企业）");
            enterprise.screenshot("policy-for-you-matched");
        }

        try (Browser enterprise = new Browser(port)) {
            enterprise.login("enterprise2", "Demo@2025");
            enterprise.open("/enterprise/policies");
            enterprise.waitForText(title);
            WebElement card = enterprise.find(By.xpath("//div[contains(@class,'near-miss')][.//a[contains(.,'" + title + "')]]"));
            assertThat(card.getText()).contains("仅差一项");
            enterprise.screenshot("policy-for-you-near-miss");
        }
    }
}
