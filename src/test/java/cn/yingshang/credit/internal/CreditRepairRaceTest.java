package cn.yingshang.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.credit.CreditRecordKind;
import cn.yingshang.credit.CreditRecords;
import cn.yingshang.credit.NewCreditRecord;
import cn.yingshang.credit.Severity;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.Race;
import cn.yingshang.support.TestCodes;
import cn.yingshang.support.WebUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 19: credit repair decisions are status-guarded and a repeated application is a conflict, never a 500. */
@PlatformTest
class CreditRepairRaceTest {

    @LocalServerPort
    int port;
    @Autowired
    CreditRecords records;
    @Autowired
    CreditRepairs repairs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    long penalty(String code) {
        return records.record(new NewCreditRecord(code, CreditRecordKind.PENALTY, "650100-MARKET_REGULATION", "R-" + UUID.randomUUID(),
                "乌市监罚〔2025〕" + UUID.randomUUID().toString().substring(0, 6) + "号", LocalDate.now(clock).minusMonths(4),
                Severity.ORDINARY, "超范围经营"));
    }

    @Test
    @DisplayName("two officials approving the same repair at once: exactly one decision, the other answer is 409")
    void twoApprovalsAtOnce() {
        WebUser handler = WebUser.demo(port, "scj.handler");
        WebUser leader = WebUser.demo(port, "scj.leader");
        String code = TestCodes.enterprise("650102");
        long record = penalty(code);
        RepairApplication app = repairs.apply(code, new CreditRepairs.Application(record, "已整改完毕并缴纳罚款", "守法经营"), "企业");

        List<WebUser.Response> answers = Race.run(
                () -> handler.postForm("/workbench/credit/repairs/" + app.id() + "/approval", Map.of("note", "同意")),
                () -> leader.postForm("/workbench/credit/repairs/" + app.id() + "/approval", Map.of("note", "同意")));

        assertThat(answers).extracting(WebUser.Response::status).as(answers.toString()).containsExactlyInAnyOrder(200, 409);
        assertThat(answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow().body())
                .containsAnyOf("该申请已决定", "已被他人处理");
        assertThat(jdbc.sql("SELECT count(*) FROM credit_repair_step WHERE application_id = :a AND step = '准予修复'")
                .param("a", app.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("a second application for the same record while one is open is a conflict with a Chinese message, not a 500")
    void applyingTwiceIsAConflict() {
        String code = TestCodes.enterprise("650102");
        long record = penalty(code);
        CreditRepairs.Application form = new CreditRepairs.Application(record, "已整改完毕并缴纳罚款", "守法经营");
        List<Object> outcomes = Race.run(() -> attempt(code, form), () -> attempt(code, form));
        assertThat(outcomes).filteredOn(o -> o instanceof RepairApplication).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof cn.yingshang.shared.DomainViolation).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM credit_repair_application WHERE record_id = :r").param("r", record)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("a double click on the repair application form: one application, and neither answer is a 500")
    void doubleClickOnTheForm() {
        WebUser enterprise = WebUser.demo(port, "enterprise2");
        String code = jdbc.sql("SELECT credit_code FROM platform_account WHERE username = 'enterprise2'").query(String.class).single();
        long record = penalty(code);
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_submission\" value=\"([0-9a-f]{32})\"")
                .matcher(enterprise.get("/enterprise/credit/repair?record=" + record).body());
        org.assertj.core.api.Assertions.assertThat(token.find()).isTrue();
        Map<String, String> form = Map.of("recordId", Long.toString(record), "evidence", "已整改完毕并缴纳罚款",
                "commitment", "守法经营", "_submission", token.group(1));
        List<WebUser.Response> answers = Race.run(() -> enterprise.postForm("/enterprise/credit/repair", form),
                () -> enterprise.postForm("/enterprise/credit/repair", form));
        assertThat(answers).extracting(WebUser.Response::status).containsOnly(200);
        assertThat(answers).allSatisfy(a -> assertThat(a.uri().getPath()).isEqualTo("/enterprise/credit"));
        assertThat(jdbc.sql("SELECT count(*) FROM credit_repair_application WHERE record_id = :r").param("r", record)
                .query(Long.class).single()).isEqualTo(1);
    }

    Object attempt(String code, CreditRepairs.Application form) {
        try {
            return repairs.apply(code, form, "企业");
        } catch (RuntimeException e) {
            return e;
        }
    }
}
