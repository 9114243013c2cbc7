package cn.yingshang.legal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.shared.CreditCode;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 002 #31, #37: judgments against public bodies and state-owned enterprises reach the government-integrity records. */
@PlatformTest
class PublicDebtorJudgmentHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LegalPromiseFigures figures;

    long performedToday() {
        long court = jdbc.sql("SELECT department_id FROM platform_account WHERE username = 'court.clerk'").query(Long.class).single();
        return figures.tally(TODAY, TODAY).stream()
                .filter(t -> t.measure() == LegalPromiseFigures.Measure.PUBLIC_DEBTOR_JUDGMENTS_PERFORMED && t.bodyId() == court)
                .mapToLong(LegalPromiseFigures.Tally::count).sum();
    }

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    long record(WebUser clerk, String caseNumber, String debtorCode, String debtorName, String kind) {
        return LegalAccessHttpTest.idFrom(clerk.postForm("/workbench/legal/judgments", Map.of("caseNumber", caseNumber,
                "creditorName", "乌鲁木齐某建筑劳务有限公司", "debtorCreditCode", debtorCode, "debtorName", debtorName, "debtorKind", kind,
                "amount", "860000", "judgedOn", TODAY.minusDays(40).toString())));
    }

    Map<String, Object> integrityRecord(String caseNumber) {
        return jdbc.sql("SELECT kind, resolved_on, body_name FROM credit_government_record WHERE summary LIKE :s")
                .param("s", "%" + caseNumber + "%").query().singleRow();
    }

    long defaulterEntries(String sourceRef) {
        return jdbc.sql("SELECT count(*) FROM credit_record WHERE source_record_id = :r").param("r", sourceRef).query(Long.class).single();
    }

    @Test
    @DisplayName("A public body that refuses a judgment gets a government-integrity record, not a dishonesty listing; performing resolves it")
    void publicBody() {
        WebUser clerk = WebUser.demo(port, "court.clerk");
        String caseNumber = "（2026）新0102执" + UUID.randomUUID().toString().substring(0, 5) + "号";
        String bureau = CreditCode.compose("11650100" + "MB" + "1234567").value();
        long id = record(clerk, caseNumber, bureau, "乌鲁木齐市某局", "PUBLIC_BODY");
        assertThat(clerk.get("/workbench/legal/judgments/" + id).body()).contains("记录拒不履行并推送政务诚信记录");
        clerk.postForm("/workbench/legal/judgments/" + id + "/defaulter", Map.of("listedOn", TODAY.minusDays(5).toString()));

        Map<String, Object> r = integrityRecord(caseNumber);
        assertThat(r.get("kind")).isEqualTo("UNPERFORMED_JUDGMENT");
        assertThat(r.get("body_name")).isEqualTo("乌鲁木齐市某局");
        assertThat(r.get("resolved_on")).isNull();
        assertThat(defaulterEntries("legal-judgment-" + id)).isZero();
        assertThat(clerk.get("/workbench/legal/judgments/" + id).body()).contains("已记录拒不履行（政务诚信）");

        long before = performedToday();
        clerk.postForm("/workbench/legal/judgments/" + id + "/performed", Map.of("performedOn", TODAY.toString()));
        assertThat(integrityRecord(caseNumber).get("resolved_on")).isNotNull();
        // the cockpit counts it among the public debtors' judgments performed
        assertThat(performedToday()).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("A state-owned enterprise is listed as a defaulter and also recorded for government integrity")
    void stateOwnedEnterprise() {
        WebUser clerk = WebUser.demo(port, "court.clerk");
        String caseNumber = "（2026）新0102执" + UUID.randomUUID().toString().substring(0, 5) + "号";
        String soe = jdbc.sql("SELECT credit_code FROM registry_market_entity WHERE ownership = 'STATE' ORDER BY credit_code LIMIT 1")
                .query(String.class).single();
        long id = record(clerk, caseNumber, soe, "", "STATE_OWNED");
        clerk.postForm("/workbench/legal/judgments/" + id + "/defaulter", Map.of("listedOn", TODAY.minusDays(5).toString()));
        assertThat(integrityRecord(caseNumber).get("kind")).isEqualTo("UNPERFORMED_JUDGMENT");
        assertThat(jdbc.sql("SELECT status FROM legal_judgment WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("DEFAULTER_LISTED");
    }

    @Test
    @DisplayName("A code that is neither a registered entity nor a public body's is refused with the reason")
    void unknownDebtor() {
        WebUser clerk = WebUser.demo(port, "court.clerk");
        String stranger = CreditCode.compose("91650100" + "MA" + "7654321").value();
        WebUser.Response r = clerk.postForm("/workbench/legal/judgments", Map.of("caseNumber", "（2026）新0102执999号",
                "creditorName", "某公司", "debtorCreditCode", stranger, "debtorName", "某某", "debtorKind", "PUBLIC_BODY",
                "amount", "1", "judgedOn", TODAY.minusDays(1).toString()));
        assertThat(r.body()).contains("不是机关、事业单位的代码");
    }
}
