package cn.yingshang.finance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 001 §14 (六): a payer must confirm promptly. A request left unanswered past its limit lapses and
 * becomes a 拖欠账款 appeal; a refused one the enterprise raises as such an appeal itself — only its
 * own, and once.
 */
@PlatformTest
class ConfirmationAppealsTest {

    @LocalServerPort
    int port;
    final JdbcClient jdbc;
    final ConfirmationAppeals appeals;

    @Autowired
    ConfirmationAppealsTest(JdbcClient jdbc, ConfirmationAppeals appeals) {
        this.jdbc = jdbc;
        this.appeals = appeals;
    }

    @Test
    @DisplayName("a request unanswered past its limit lapses and becomes an arrears appeal of the confirmation channel")
    void lapsedRequestBecomesAnArrearsAppeal() {
        jdbc.sql("UPDATE platform_account SET phone = '13899990001' WHERE username = 'enterprise1' AND (phone IS NULL OR phone = '')").update();
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        long id = request(enterprise);
        jdbc.sql("UPDATE fin_confirmation SET requested_on = requested_on - 40, due_on = due_on - 40 WHERE id = :id").param("id", id).update();

        assertThat(appeals.lapseOverdue()).contains(id);
        var row = jdbc.sql("SELECT status, appeal_tracking FROM fin_confirmation WHERE id = :id").param("id", id).query().singleRow();
        assertThat(row.get("status")).isEqualTo("LAPSED");
        String tracking = (String) row.get("appeal_tracking");
        assertThat(tracking).isNotBlank();
        var appeal = jdbc.sql("SELECT category, channel, appeal_type FROM appeal WHERE tracking_number = :t").param("t", tracking)
                .query().singleRow();
        assertThat(appeal).containsEntry("category", "ARREARS").containsEntry("channel", "RECEIVABLE_CONFIRMATION")
                .containsEntry("appeal_type", "COMPLAINT");
        assertThat(enterprise.get("/enterprise/finance").body()).contains("逾期未确认").contains("已转诉求 " + tracking);
        // a second run finds nothing more to lapse, and the request cannot be raised twice
        assertThat(appeals.lapseOverdue()).doesNotContain(id);
        enterprise.postForm("/enterprise/finance/confirmations/" + id + "/appeal", Map.of("phone", "13899990001"));
        assertThat(jdbc.sql("SELECT count(*) FROM appeal WHERE channel = 'RECEIVABLE_CONFIRMATION' AND title LIKE :p")
                .param("p", "%" + payerOf(id) + "%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("a refused request is raised as an arrears appeal by its own enterprise only; another enterprise is refused")
    void refusedRequestIsRaisedByItsEnterprise() {
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        long id = request(enterprise);
        WebUser department = WebUser.demo(port, "scj.leader");
        assertThat(department.postForm("/workbench/finance/confirmations/" + id + "/refuse", Map.of("reason", "合同尚未验收")).status())
                .isEqualTo(200);
        assertThat(jdbc.sql("SELECT status FROM fin_confirmation WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("REFUSED");

        assertThat(WebUser.demo(port, "enterprise2").postForm("/enterprise/finance/confirmations/" + id + "/appeal",
                Map.of("phone", "13899990002")).status()).isEqualTo(403);
        assertThat(department.postForm("/enterprise/finance/confirmations/" + id + "/appeal", Map.of("phone", "1")).status())
                .isEqualTo(403);
        var noPhone = enterprise.postForm("/enterprise/finance/confirmations/" + id + "/appeal", Map.of("phone", ""));
        assertThat(noPhone.body()).contains("必填");
        assertThat(tracking(id)).isNull();

        var raised = enterprise.postForm("/enterprise/finance/confirmations/" + id + "/appeal", Map.of("phone", "13899990003"));
        assertThat(raised.body()).contains("已转为拖欠账款诉求");
        String tracking = tracking(id);
        assertThat(jdbc.sql("SELECT content FROM appeal WHERE tracking_number = :t").param("t", tracking).query(String.class).single())
                .contains("合同尚未验收");
        assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE action = 'finance.confirmation.appeal' AND target_id = :id")
                .param("id", Long.toString(id)).query(Long.class).single()).isEqualTo(1);
    }

    private long request(WebUser enterprise) {
        String payer = "测试付款单位" + UUID.randomUUID().toString().substring(0, 8);
        enterprise.postForm("/enterprise/finance/confirmations", Map.of("payerName", payer, "payerFunction", "MARKET_REGULATION",
                "contractName", "设备采购合同", "amount", "52000"));
        return jdbc.sql("SELECT id FROM fin_confirmation WHERE payer_name = :p").param("p", payer).query(Long.class).single();
    }

    private String payerOf(long id) {
        return jdbc.sql("SELECT payer_name FROM fin_confirmation WHERE id = :id").param("id", id).query(String.class).single();
    }

    private String tracking(long id) {
        return (String) jdbc.sql("SELECT appeal_tracking FROM fin_confirmation WHERE id = :id").param("id", id).query().singleRow()
                .get("appeal_tracking");
    }
}
