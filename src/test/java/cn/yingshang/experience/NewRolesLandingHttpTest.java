package cn.yingshang.experience;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.LandingPagesTestAccess;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 18: the landing pages of the newer roles answer "what do I do now" from their modules' own
 * tables — a court's filings by deadline, a police body's property to release and cases to clear, a
 * project steward's running approvals, a bank's unanswered needs, a service window's open applications
 * — and each count follows the data: one more row waiting is one more on the page, one late is shown late.
 */
@PlatformTest
class NewRolesLandingHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    /** Inserts a copy of a row of {@code table} with some columns changed (a fresh id from the table's sequence). */
    long copy(String table, long id, Map<String, Object> changes) {
        Map<String, Object> all = new LinkedHashMap<>(changes);
        StringBuilder build = new StringBuilder("jsonb_build_object('id', nextval(pg_get_serial_sequence('" + table + "', 'id'))");
        int i = 0;
        for (String column : all.keySet()) {
            build.append(", '").append(column).append("', CAST(:v").append(i++).append(" AS TEXT)");
        }
        build.append(")");
        var sql = jdbc.sql("INSERT INTO " + table + " SELECT (jsonb_populate_record(NULL::" + table + ", to_jsonb(t) || " + build
                + ")).* FROM " + table + " t WHERE t.id = :id RETURNING id").param("id", id);
        i = 0;
        for (Object value : all.values()) {
            sql = sql.param("v" + i++, String.valueOf(value));
        }
        return sql.query(Long.class).single();
    }

    long department(String username) {
        return jdbc.sql("SELECT department_id FROM platform_account WHERE username = :u").param("u", username).query(Long.class).single();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    @DisplayName("court.clerk: filings waiting for review, mediation or trial, one more and one late after a late filing")
    void court() {
        WebUser clerk = WebUser.demo(port, "court.clerk");
        String label = "待审核、调解或审理的涉企立案";
        String before = clerk.get("/workbench").body();
        long count = LandingPagesTestAccess.count(before, label);
        long late = LandingPagesTestAccess.overdue(before, label);
        long any = jdbc.sql("SELECT min(id) FROM legal_court_case").query(Long.class).single();
        copy("legal_court_case", any, Map.of("reference", "LT" + UUID.randomUUID().toString().substring(0, 10),
                "court_id", department("court.clerk"), "status", "FILED", "review_due", today().minusDays(1)));
        String after = clerk.get("/workbench").body();
        assertThat(LandingPagesTestAccess.count(after, label)).isEqualTo(count + 1);
        assertThat(LandingPagesTestAccess.overdue(after, label)).isEqualTo(late + 1);
    }

    @Test
    @DisplayName("police.officer and procurator: stalled cases to clear, property found unrelated to release by its day")
    void criminalBodies() {
        WebUser police = WebUser.demo(port, "police.officer");
        String label = "已认定无关、待解除的查封扣押冻结";
        String before = police.get("/workbench").body();
        assertThat(before).contains("待清理的涉企挂案");
        long count = LandingPagesTestAccess.count(before, label);
        long any = jdbc.sql("SELECT min(id) FROM legal_seizure").query(Long.class).single();
        copy("legal_seizure", any, Map.of("reference", "CF" + UUID.randomUUID().toString().substring(0, 10),
                "acting_body_id", department("police.officer"), "status", "FOUND_UNRELATED", "release_due", today().plusDays(2)));
        String after = police.get("/workbench").body();
        assertThat(LandingPagesTestAccess.count(after, label)).isEqualTo(count + 1);
        assertThat(after).contains("最近期限");
        assertThat(WebUser.demo(port, "procurator").get("/workbench").body()).contains("待清理的涉企挂案");
    }

    @Test
    @DisplayName("xm.steward: the approvals running for the projects they steward, with the nearest due date")
    void steward() {
        WebUser steward = WebUser.demo(port, "xm.steward");
        String label = "我服务项目中计时办理的审批事项";
        String before = steward.get("/workbench").body();
        long count = LandingPagesTestAccess.count(before, label);
        assertThat(before).contains("我服务项目中尚未兑现的承诺");
        long approval = jdbc.sql("""
                        SELECT min(a.id) FROM prj_approval a JOIN prj_project p ON p.id = a.project_id
                        JOIN platform_account u ON u.id = p.steward_account_id WHERE u.username = 'xm.steward'""")
                .query(Long.class).single();
        copy("prj_approval", approval, Map.of("status", "RUNNING", "started_on", today().minusDays(20), "due_on", today().minusDays(1)));
        String after = steward.get("/workbench").body();
        assertThat(LandingPagesTestAccess.count(after, label)).isEqualTo(count + 1);
        assertThat(LandingPagesTestAccess.overdue(after, label)).isPositive();
        // an official who stewards nothing is not shown a standing zero
        assertThat(WebUser.demo(port, "rsj.handler").get("/workbench").body()).doesNotContain(label);
    }

    @Test
    @DisplayName("bank1: the open financing needs of consenting enterprises the bank has not answered")
    void bank() {
        WebUser bank = WebUser.demo(port, "bank1");
        String label = "授权企业待本行答复的融资需求";
        String before = bank.get("/workbench").body();
        long count = LandingPagesTestAccess.count(before, label);
        long need = jdbc.sql("""
                        SELECT min(n.id) FROM fin_need n JOIN fin_consent c ON c.credit_code = n.credit_code AND c.status = 'ACTIVE'
                        JOIN fin_bank_account a ON a.bank_id = c.bank_id JOIN platform_account u ON u.id = a.account_id
                        WHERE u.username = 'bank1'""")
                .query(Long.class).single();
        copy("fin_need", need, Map.of("status", "OPEN", "stated_on", today()));
        assertThat(LandingPagesTestAccess.count(bank.get("/workbench").body(), label)).isEqualTo(count + 1);
    }

    @Test
    @DisplayName("gaj.handler: the window's open applications by promised date, a late one shown late")
    void serviceWindow() {
        WebUser handler = WebUser.demo(port, "gaj.handler");
        String label = "本窗口在办的政务服务申请";
        String before = handler.get("/workbench").body();
        long count = LandingPagesTestAccess.count(before, label);
        long late = LandingPagesTestAccess.overdue(before, label);
        long any = jdbc.sql("SELECT min(id) FROM svc_case WHERE department_id = :d").param("d", department("gaj.handler"))
                .query(Long.class).single();
        copy("svc_case", any, Map.of("request_key", "landing-" + UUID.randomUUID(), "status", "ACCEPTED",
                "due_on", today().minusDays(1)));
        String after = handler.get("/workbench").body();
        assertThat(LandingPagesTestAccess.count(after, label)).isEqualTo(count + 1);
        assertThat(LandingPagesTestAccess.overdue(after, label)).isEqualTo(late + 1);
    }
}
