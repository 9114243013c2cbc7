package cn.yingshang.credit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Accounts;
import cn.yingshang.support.Browser;
import cn.yingshang.support.PlatformTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class CreditRepairBrowserTest {

    @LocalServerPort
    int port;
    final CreditRecords records;
    final Accounts accounts;
    final JdbcClient jdbc;
    final Clock clock;

    @Autowired
    CreditRepairBrowserTest(CreditRecords records, Accounts accounts, JdbcClient jdbc, Clock clock) {
        this.records = records;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Test
    @DisplayName("003 §45, 004 #51: an enterprise with an ordinary penalty applies for repair after three months, "
            + "the department that imposed it approves, and the public query no longer shows it")
    void repairAfterThreeMonthsLeavesPublicQuery() {
        String code = accounts.byUsername("enterprise1").orElseThrow().creditCode();
        String marker = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String basis = "乌市监罚〔2025〕" + marker + "号";
        long recordId = records.record(new NewCreditRecord(code, CreditRecordKind.PENALTY, "650100-MARKET_REGULATION",
                "BROWSER-" + marker, basis, LocalDate.now(clock).minusMonths(3).minusDays(5), Severity.ORDINARY,
                "未按规定明码标价"));

        try (Browser pub = new Browser(port)) {
            pub.open("/public/credit");
            pub.find(By.id("q")).sendKeys(code);
            pub.find(By.id("search")).click();
            pub.waitUntil(d -> d.getCurrentUrl().endsWith("/public/credit/" + code));
            assertThat(pub.text()).as("public while it is within its publicity period").contains(basis);
        }

        try (Browser enterprise = new Browser(port)) {
            enterprise.login("enterprise1", "Demo@2025");
            enterprise.open("/enterprise/credit");
            enterprise.find(By.cssSelector("#record-" + recordId + " a.button")).click();
            enterprise.waitForText("申请信用修复");
            enterprise.find(By.id("evidence")).sendKeys("已于整改期限内完成明码标价整改，附整改报告和现场照片。");
            enterprise.find(By.id("submit-repair")).click();
            enterprise.waitForText("已提交信用修复申请");
            enterprise.screenshot("credit-repair-applied");
        }

        long applicationId = jdbc.sql("SELECT id FROM credit_repair_application WHERE record_id = :r AND status = 'SUBMITTED'")
                .param("r", recordId).query(Long.class).single();
        try (Browser department = new Browser(port)) {
            department.login("scj.handler", "Demo@2025");
            department.open("/workbench/credit/repairs");
            department.find(By.linkText("申请 " + applicationId)).click();
            department.waitForText(basis);
            department.find(By.id("approve")).click();
            department.waitForText("已准予信用修复");
            department.screenshot("credit-repair-approved");
        }

        try (Browser enterprise = new Browser(port)) {
            enterprise.login("enterprise1", "Demo@2025");
            enterprise.open("/enterprise/credit");
            assertThat(enterprise.find(By.id("application-" + applicationId)).getText())
                    .contains("提交申请").contains("准予修复").contains("已修复");
        }

        try (Browser pub = new Browser(port)) {
            pub.open("/public/credit?q=" + code);
            pub.waitUntil(d -> d.getCurrentUrl().endsWith("/public/credit/" + code));
            pub.screenshot("credit-public-after-repair");
            assertThat(pub.text()).contains(code).doesNotContain(basis);
            assertThat(pub.driver().findElements(By.cssSelector("#public-records tr")))
                    .noneMatch(row -> row.getText().contains(basis));
        }
    }
}
