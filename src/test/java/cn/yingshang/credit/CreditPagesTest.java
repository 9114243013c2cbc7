package cn.yingshang.credit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Accounts;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.TestCodes;
import cn.yingshang.support.WebUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class CreditPagesTest {

    @LocalServerPort
    int port;
    final CreditRecords records;
    final GovernmentIntegrityRecords government;
    final Accounts accounts;
    final Clock clock;

    @Autowired
    CreditPagesTest(CreditRecords records, GovernmentIntegrityRecords government, Accounts accounts, Clock clock) {
        this.records = records;
        this.government = government;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Test
    @DisplayName("the entity page shows the class with the indicators that produced it and the history of class changes")
    void entityPageExplainsClass() {
        String code = TestCodes.enterprise("650102");
        records.record(new NewCreditRecord(code, CreditRecordKind.PENALTY, "650100-MARKET_REGULATION", "P-" + UUID.randomUUID(),
                "乌市监罚〔2025〕501号", LocalDate.now(clock).minusDays(3), Severity.SERIOUS, "生产销售假冒伪劣产品"));
        var page = WebUser.demo(port, "scj.handler").get("/workbench/credit/entities/" + code);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("D类（高风险）").contains("公示中的严重失信记录（条）").contains("列入失信名单")
                .contains("B → D").contains("严重失信主体名单");
    }

    @Test
    @DisplayName("信用修复管理办法: the public query shows an ordinary penalty on the last day of its year and not on the next")
    void publicQueryAtTheBoundaryOfTheWindow() {
        String code = TestCodes.enterprise("650106");
        LocalDate today = LocalDate.now(clock);
        records.record(new NewCreditRecord(code, CreditRecordKind.PENALTY, "650100-MARKET_REGULATION", "W-" + UUID.randomUUID(),
                "乌市监罚〔W〕最后一天号", today.minusYears(1).plusDays(1), Severity.ORDINARY, ""));
        records.record(new NewCreditRecord(code, CreditRecordKind.PENALTY, "650100-MARKET_REGULATION", "W-" + UUID.randomUUID(),
                "乌市监罚〔W〕已满一年号", today.minusYears(1), Severity.ORDINARY, ""));
        String body = WebUser.anonymous(port).getJson("/api/v1/public/credit/" + code).body();
        assertThat(body).contains("乌市监罚〔W〕最后一天号").doesNotContain("乌市监罚〔W〕已满一年号");
    }

    @Test
    @DisplayName("workbench, rules, list, import, repair and government pages render for the staff who may use them")
    void workbenchPagesRender() {
        WebUser office = WebUser.demo(port, "office");
        for (String path : new String[]{"/workbench/credit", "/workbench/credit/dishonesty", "/workbench/credit/rules",
                "/workbench/credit/government", "/cockpit/credit/government", "/workbench/credit/records/new",
                "/workbench/credit/import", "/workbench/credit/repairs", "/workbench/credit?q=乌鲁木齐"}) {
            var response = office.get(path);
            assertThat(response.status()).as(path).isEqualTo(200);
        }
        assertThat(WebUser.demo(port, "enterprise1").get("/workbench/credit/rules").status()).isEqualTo(403);
        assertThat(WebUser.demo(port, "scj.handler").get("/workbench/credit/rules").status()).isEqualTo(403);
    }

    @Test
    @DisplayName("scorecard thresholds that would make an entity without records other than B are refused with the field named")
    void scorecardValidation() {
        var page = WebUser.demo(port, "office").postForm("/workbench/credit/rules/scorecard",
                Map.of("aMax", "5", "cMin", "15", "dMin", "50"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("A类上限须小于0");
    }

    @Test
    @DisplayName("000 §31, 003 §55: a government arrears record from the arrears module is recorded once, shown on the cockpit and published")
    void governmentIntegrity() {
        String ref = "AR-" + UUID.randomUUID();
        var record = new NewGovernmentIntegrityRecord("乌鲁木齐市某局" + ref.substring(3, 9), null, RegionCode.of("650102"),
                GovernmentDishonestyKind.ARREARS, "arrears", ref, "保障中小企业款项支付条例第九条", "逾期未支付货款",
                new BigDecimal("120000.00"), LocalDate.now(clock).minusDays(40));
        long id = government.record(record);
        assertThat(government.record(record)).isEqualTo(id);
        assertThat(government.unresolved("6501", 500)).anyMatch(g -> g.id() == id);
        assertThat(WebUser.demo(port, "supervisor").get("/cockpit/credit/government").body()).contains(record.bodyName());
        assertThat(WebUser.anonymous(port).get("/public/credit/government").body()).contains(record.bodyName());
        government.resolve("arrears", ref, LocalDate.now(clock));
        assertThat(government.unresolved("6501", 500)).noneMatch(g -> g.id() == id);
        assertThat(WebUser.anonymous(port).get("/public/credit/government").body()).contains(record.bodyName()).contains("已纠正");
    }

    @Test
    @DisplayName("004 #50: an enterprise's credit commitment is published once approved; the receiving department finds it broken and a record follows")
    void commitmentBreachBecomesRecord() {
        WebUser enterprise = WebUser.demo(port, "enterprise2");
        String code = accounts.byUsername("enterprise2").orElseThrow().creditCode();
        String matter = "容缺受理承诺" + UUID.randomUUID().toString().substring(0, 6);
        enterprise.postForm("/enterprise/credit/commitments", Map.of("kind", "TOLERANCE_ACCEPTANCE", "matter", matter,
                "content", "承诺10个工作日内补齐材料", "departmentCode", "650100-MARKET_REGULATION"));
        WebUser scj = WebUser.demo(port, "scj.handler");
        CommitmentModerationTest.review(scj, matter, Map.of("decision", "APPROVE"));
        var published = WebUser.anonymous(port).get("/public/credit/commitments");
        assertThat(published.body()).contains(matter).contains("容缺受理型");

        String entityPage = scj.get("/workbench/credit/entities/" + code).body();
        int at = entityPage.indexOf(matter);
        String form = entityPage.substring(at, entityPage.indexOf("</form>", at));
        String action = form.replaceAll("(?s).*action=\"(/workbench/credit/commitments/\\d+/breach)\".*", "$1");
        scj.postForm(action, Map.of("severity", "MINOR", "finding", "逾期未补齐材料"));
        assertThat(scj.get("/workbench/credit/entities/" + code).body()).contains("违背容缺受理型信用承诺：" + matter);
        assertThat(WebUser.anonymous(port).get("/public/credit/" + code).body()).contains("违背信用承诺");
    }
}
