package cn.yingshang.legal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Role;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Disputes (000 §57, 002 #38, #41–44): requests routed to the body that handles them, on the clocks of their laws. */
@PlatformTest
class DisputeHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    Departments departments;
    @Autowired
    MarketEntities entities;

    static final LocalDate TODAY = BankruptcyHttpTest.TODAY;

    /** A handler of the body that handles this function for enterprise1's region. */
    WebUser handlerFor(DepartmentFunction function) {
        String code = jdbc.sql("SELECT credit_code FROM platform_account WHERE username = 'enterprise1'").query(String.class).single();
        var region = entities.find(CreditCode.of(code)).orElseThrow().region();
        var department = departments.responsibleFor(region, function).orElseThrow();
        String username = "dh" + Long.toString(System.nanoTime(), 36);
        accounts.createDemoAccount(new Accounts.NewAccount(username, "Demo@2025", "dispute " + function, Role.HANDLER, department.id(), null, null));
        return WebUser.signedIn(port, username, "Demo@2025");
    }

    Map<String, Object> row(long id) {
        return jdbc.sql("SELECT * FROM legal_dispute WHERE id = :id").param("id", id).query().singleRow();
    }

    static LocalDate date(Object value) {
        return ((java.sql.Date) value).toLocalDate();
    }

    long submit(WebUser enterprise, String key, String channel, String subject) {
        return LegalAccessHttpTest.idFrom(enterprise.postForm("/enterprise/legal/disputes", Map.of("requestKey", key, "channel", channel,
                "subject", subject, "counterparty", "新疆某供应链有限公司", "claim", "对方拖欠货款，请求调解", "amount", "120000")));
    }

    @Test
    @DisplayName("a commercial mediation goes to justice on a 30-day clock; sent twice it is one request; the body accepts and concludes, the enterprise sees each step")
    void mediation() {
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        assertThat(enterprise.get("/enterprise/legal/disputes").body()).contains("商事纠纷调解期限");
        // a missing claim is a field error in Chinese
        assertThat(enterprise.postForm("/enterprise/legal/disputes", Map.of("requestKey", UUID.randomUUID().toString(), "channel", "MEDIATION",
                "subject", "COMMERCIAL", "counterparty", "某公司", "claim", "")).body()).contains("请填写请求事项和事实理由");

        // a malformed amount and an unknown channel are field errors, not a server error
        var bad = enterprise.postForm("/enterprise/legal/disputes", Map.of("requestKey", UUID.randomUUID().toString(), "channel", "MEDIATION",
                "subject", "COMMERCIAL", "counterparty", "某公司", "claim", "货款", "amount", "十二万"));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("error-summary");
        assertThat(enterprise.postForm("/enterprise/legal/disputes", Map.of("requestKey", UUID.randomUUID().toString(), "channel", "LAWSUIT",
                "subject", "COMMERCIAL", "counterparty", "某公司", "claim", "货款")).body()).contains("请选择申请事项");

        String key = UUID.randomUUID().toString();
        long id = submit(enterprise, key, "MEDIATION", "COMMERCIAL");
        assertThat(submit(enterprise, key, "MEDIATION", "COMMERCIAL")).isEqualTo(id);
        assertThat(jdbc.sql("SELECT count(*) FROM legal_dispute WHERE request_key = :k").param("k", key).query(Long.class).single()).isEqualTo(1);
        Map<String, Object> d = row(id);
        WebUser justice = handlerFor(DepartmentFunction.JUSTICE);
        assertThat(departments.require(cn.yingshang.platform.DepartmentId.of(((Number) d.get("department_id")).longValue())).function())
                .isEqualTo(DepartmentFunction.JUSTICE);
        assertThat(date(d.get("conclude_due"))).isEqualTo(TODAY.plusDays(30));
        assertThat(d.get("accept_due")).isNull();

        // another enterprise does not see it; a department it was not routed to cannot act on it
        assertThat(WebUser.demo(port, "enterprise2").get("/enterprise/legal/disputes/" + id).status()).isEqualTo(404);
        WebUser hr = WebUser.demo(port, "rsj.handler");
        assertThat(hr.postForm("/workbench/legal/disputes/" + id + "/accept", Map.of("handledBy", "冒名调解员")).status()).isEqualTo(404);
        assertThat(hr.get("/workbench/legal/disputes").body()).doesNotContain("dispute-" + id);

        assertThat(justice.get("/workbench/legal/disputes").body()).contains("dispute-" + id);
        justice.postForm("/workbench/legal/disputes/" + id + "/accept", Map.of("handledBy", "乌鲁木齐市商事调解委员会 李调解员"));
        assertThat(enterprise.get("/enterprise/legal/disputes/" + id).body()).contains("已受理", "李调解员", "《");
        justice.postForm("/workbench/legal/disputes/" + id + "/conclude", Map.of("outcome", "RESOLVED", "outcomeNote", "双方达成分期付款协议"));
        assertThat(enterprise.get("/enterprise/legal/disputes/" + id).body()).contains("纠纷已化解", "双方达成分期付款协议", "历时0日");
        assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE target_type = 'legal_dispute' AND target_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    @DisplayName("labour arbitration goes to human resources: acceptance in time on its 5th day, late on the 6th; the award clock starts at acceptance")
    void labourArbitration() {
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        long id = submit(enterprise, UUID.randomUUID().toString(), "ARBITRATION", "LABOUR");
        Map<String, Object> d = row(id);
        assertThat(date(d.get("accept_due"))).isEqualTo(TODAY.plusDays(5));
        assertThat(d.get("conclude_due")).isNull();
        String page = "/enterprise/legal/disputes/" + id;
        assertThat(enterprise.get(page).body()).contains("劳动争议调解仲裁法》第29条").doesNotContain("已超期");

        jdbc.sql("UPDATE legal_dispute SET accept_due = :d WHERE id = :id").param("d", TODAY).param("id", id).update();
        assertThat(enterprise.get(page).body()).doesNotContain("已超期");
        jdbc.sql("UPDATE legal_dispute SET accept_due = :d WHERE id = :id").param("d", TODAY.minusDays(1)).param("id", id).update();
        assertThat(enterprise.get(page).body()).contains("已超期");

        assertThat(handlerFor(DepartmentFunction.JUSTICE).postForm("/workbench/legal/disputes/" + id + "/accept",
                Map.of("handledBy", "x")).status()).isEqualTo(404);
        WebUser hr = handlerFor(DepartmentFunction.HUMAN_RESOURCES);
        hr.postForm("/workbench/legal/disputes/" + id + "/accept", Map.of("handledBy", "劳动人事争议仲裁委员会 王仲裁员"));
        assertThat(date(row(id).get("conclude_due"))).isEqualTo(TODAY.plusDays(45));
        // accepted a day late: it stays marked late
        assertThat(enterprise.get(page).body()).contains("已超期");
    }

    @Test
    @DisplayName("002 #38: the public directory lists the 12348 hotline; legal aid is decided within 7 days by justice; a refusal needs a reason")
    void legalAidAndDirectory() {
        assertThat(WebUser.anonymous(port).get("/public/legal-services").body()).contains("12348", "公共法律服务名录");
        WebUser enterprise = WebUser.demo(port, "enterprise2");
        long id = LegalAccessHttpTest.idFrom(enterprise.postForm("/enterprise/legal/disputes", Map.of("requestKey", UUID.randomUUID().toString(),
                "channel", "LEGAL_AID", "subject", "LABOUR", "claim", "申请法律援助：工伤赔偿纠纷")));
        assertThat(date(row(id).get("accept_due"))).isEqualTo(TODAY.plusDays(7));
        WebUser justice = handlerFor(DepartmentFunction.JUSTICE);
        assertThat(justice.postForm("/workbench/legal/disputes/" + id + "/refuse", Map.of("reason", "")).body()).contains("请填写不予受理的理由");
        justice.postForm("/workbench/legal/disputes/" + id + "/refuse", Map.of("reason", "申请人经济状况不符合法律援助条件"));
        assertThat(enterprise.get("/enterprise/legal/disputes/" + id).body()).contains("不予受理", "不符合法律援助条件");
    }

    @Test
    @DisplayName("000 §57: the judicial administration keeps the legal service directory; another department can neither open nor change it")
    void directoryKeptByJustice() {
        String name = "涉外法律专家 " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> entry = Map.of("kind", "FOREIGN_EXPERT", "name", name, "phone", "0991-1234567", "languages", "俄语");
        WebUser market = WebUser.demo(port, "scj.handler");
        assertThat(market.get("/workbench/legal/directory").status()).isEqualTo(403);
        assertThat(market.postForm("/workbench/legal/directory", entry).status()).isEqualTo(403);
        assertThat(market.get("/workbench/legal/disputes").body()).doesNotContain("/workbench/legal/directory");
        WebUser justice = handlerFor(DepartmentFunction.JUSTICE);
        assertThat(justice.postForm("/workbench/legal/directory", Map.of("kind", "FOREIGN_EXPERT", "name", "", "phone", "1")).body())
                .contains("请填写名称");
        justice.postForm("/workbench/legal/directory", entry);
        assertThat(WebUser.anonymous(port).get("/public/legal-services?kind=FOREIGN_EXPERT&q="
                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)).body()).contains(name, "涉外法律服务专家", "共 1 条");
    }
}
