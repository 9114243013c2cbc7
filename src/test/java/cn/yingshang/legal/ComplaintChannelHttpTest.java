package cn.yingshang.legal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 002 #48: complaints received on 12368, 12309 and the police reporting platform become appeals routed to the body complained about. */
@PlatformTest
class ComplaintChannelHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    long body(String code) {
        return jdbc.sql("SELECT id FROM platform_department WHERE code = :c").param("c", code).query(Long.class).single();
    }

    static String ticket() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    Map<String, String> complaint(String channel, String ticket, long body, LocalDate receivedOn) {
        Map<String, String> f = new HashMap<>(Map.of("channel", channel, "ticket", ticket, "bodyId", String.valueOf(body),
                "receivedOn", receivedOn.toString(), "title", "立案窗口拒收材料", "content", "企业反映法院立案窗口不接收起诉材料，也不出具书面凭证。",
                "complainantName", "李明", "complainantPhone", "13912345678"));
        return f;
    }

    Map<String, Object> appealOf(long complaintId) {
        return jdbc.sql("""
                        SELECT a.id, a.status, a.channel, a.category, a.appeal_type, a.lead_department_id, a.due_on, c.transferred_on, c.transfer_due
                        FROM legal_complaint c JOIN appeal a ON a.id = c.appeal_id WHERE c.id = :id""")
                .param("id", complaintId).query().singleRow();
    }

    @Test
    @DisplayName("002 #48: a 12368 complaint about the court becomes a complaint appeal routed to that court on the appeal clock; the same ticket again is the same appeal")
    void courtComplaintRoutedToTheCourt() {
        long court = body("650100-COURT");
        WebUser clerk = WebUser.demo(port, "court.clerk");
        String ticket = ticket();
        WebUser.Response r = clerk.postForm("/workbench/legal/complaints", complaint("COURT_12368", ticket, court, LocalDate.now()));
        long id = LegalAccessHttpTest.idFrom(r);
        assertThat(r.body()).contains("已转入诉求办理", ticket, "12368诉讼服务热线");
        Map<String, Object> a = appealOf(id);
        assertThat(a.get("status")).isEqualTo("DISPATCHED");
        assertThat(a.get("channel")).isEqualTo("COURT_12368");
        assertThat(a.get("category")).isEqualTo("POLITICAL_LEGAL");
        assertThat(a.get("appeal_type")).isEqualTo("COMPLAINT");
        assertThat(((Number) a.get("lead_department_id")).longValue()).isEqualTo(court);
        assertThat(a.get("due_on")).isNotNull();

        // the court's staff open and answer it in the appeal module, like a department's handlers
        long appealId = ((Number) a.get("id")).longValue();
        assertThat(clerk.get("/workbench/appeals/" + appealId).status()).isEqualTo(200);
        assertThat(clerk.get("/workbench/appeals").body()).contains("立案窗口拒收材料");

        // the channel delivers the same ticket again: no second appeal
        WebUser.Response again = clerk.postForm("/workbench/legal/complaints", complaint("COURT_12368", ticket, court, LocalDate.now()));
        assertThat(LegalAccessHttpTest.idFrom(again)).isEqualTo(id);
        assertThat(again.body()).contains("该工单已转办过");
        assertThat(jdbc.sql("SELECT count(*) FROM appeal WHERE external_ticket = :t").param("t", "12368-" + ticket).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE action = 'legal.complaint.receive' AND target_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("002 #48: a complaint passed on after its limit (1 working day, the article shown) is marked late")
    void lateTransferIsShown() {
        long police = body("650100-PUBLIC_SECURITY");
        WebUser officer = WebUser.demo(port, "police.officer");
        long id = LegalAccessHttpTest.idFrom(officer.postForm("/workbench/legal/complaints",
                complaint("POLICE_REPORTING", ticket(), police, LocalDate.now().minusDays(10))));
        String page = officer.get("/workbench/legal/complaints/" + id).body();
        assertThat(page).contains("逾期转办", "第四十八项");
        assertThat(officer.get("/workbench/legal/complaints").body()).contains("1个工作日");
    }

    @Test
    @DisplayName("Refusals: another kind's channel, another kind of body, another body's complaint, a non-legal department; bad input in Chinese")
    void refusals() {
        long court = body("650100-COURT");
        long procuratorate = body("650100-PROCURATORATE");
        WebUser clerk = WebUser.demo(port, "court.clerk");
        assertThat(clerk.postForm("/workbench/legal/complaints", complaint("PROCURATORATE_12309", ticket(), procuratorate,
                LocalDate.now())).status()).isEqualTo(403);
        assertThat(clerk.postForm("/workbench/legal/complaints", complaint("COURT_12368", ticket(), procuratorate, LocalDate.now())).body())
                .contains("12368对应法院");
        assertThat(clerk.postForm("/workbench/legal/complaints", complaint("COURT_12368", "", court, LocalDate.now())).body())
                .contains("请填写渠道工单号");
        assertThat(clerk.postForm("/workbench/legal/complaints", complaint("COURT_12368", ticket(), court, LocalDate.now().plusDays(2))).body())
                .contains("不能晚于今天");
        // a court below in the tree may be routed to by the city court; the region's court is above it and is not
        long regionCourt = body("650000-COURT");
        assertThat(clerk.postForm("/workbench/legal/complaints", complaint("COURT_12368", ticket(), regionCourt, LocalDate.now())).status())
                .isEqualTo(403);

        String t = ticket();
        long id = LegalAccessHttpTest.idFrom(clerk.postForm("/workbench/legal/complaints", complaint("COURT_12368", t, court, LocalDate.now())));
        assertThat(WebUser.demo(port, "procurator").get("/workbench/legal/complaints/" + id).status()).isEqualTo(404);
        assertThat(WebUser.demo(port, "procurator").get("/workbench/legal/complaints").body()).doesNotContain(t);
        assertThat(WebUser.demo(port, "scj.handler").get("/workbench/legal/complaints").status()).isEqualTo(403);
        assertThat(WebUser.demo(port, "enterprise1").get("/workbench/legal/complaints/" + id).status()).isEqualTo(403);
        WebUser office = WebUser.demo(port, "office");
        assertThat(office.get("/workbench/legal/complaints/" + id).status()).isEqualTo(200);
        assertThat(office.get("/workbench/legal/complaints?q=" + t).body()).contains(t);
        // the office enters a 12309 complaint for the procuratorate
        long fromOffice = LegalAccessHttpTest.idFrom(office.postForm("/workbench/legal/complaints",
                complaint("PROCURATORATE_12309", ticket(), procuratorate, LocalDate.now())));
        assertThat(((Number) appealOf(fromOffice).get("lead_department_id")).longValue()).isEqualTo(procuratorate);
    }
}
