package cn.yingshang.legal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Role;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.shared.TimeLimit;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 004 #43: the appointed administrator, identity-checked, queries the debtor's property; departments answer on the clock. */
@PlatformTest
class PropertyQueryHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    Departments departments;
    @Autowired
    WorkingCalendars calendars;

    BankruptcyHttpTest cases() {
        BankruptcyHttpTest t = new BankruptcyHttpTest();
        t.port = port;
        t.jdbc = jdbc;
        return t;
    }

    /** A market entity without an account, signed in through a new account of its own (the administrator's firm). */
    record Firm(String creditCode, WebUser user) {
    }

    Firm firm(int offset) {
        String code = jdbc.sql("""
                SELECT credit_code FROM registry_market_entity WHERE kind = 'ENTERPRISE'
                  AND credit_code NOT IN (SELECT credit_code FROM platform_account WHERE credit_code IS NOT NULL)
                ORDER BY credit_code DESC LIMIT 1 OFFSET :o""").param("o", offset).query(String.class).single();
        String username = "adm" + Long.toString(System.nanoTime(), 36);
        accounts.createDemoAccount(new Accounts.NewAccount(username, "Demo@2025", "administrator firm", Role.ENTERPRISE, null, code, null));
        return new Firm(code, WebUser.signedIn(port, username, "Demo@2025"));
    }

    WebUser official(DepartmentFunction function, Role role) {
        long court = jdbc.sql("SELECT department_id FROM platform_account WHERE username = 'court.clerk'").query(Long.class).single();
        var department = departments.responsibleFor(departments.require(DepartmentId.of(court)).region(), function).orElseThrow();
        String username = "pq" + Long.toString(System.nanoTime(), 36);
        accounts.createDemoAccount(new Accounts.NewAccount(username, "Demo@2025", "property " + function, role, department.id(), null, null));
        return WebUser.signedIn(port, username, "Demo@2025");
    }

    long administeredCase(WebUser clerk) {
        BankruptcyHttpTest t = cases();
        long id = t.accept(clerk, "（2026）新01破P" + UUID.randomUUID().toString().substring(0, 5) + "号");
        clerk.postForm("/workbench/legal/bankruptcy/" + id + "/administrator", Map.of("administrator", "新疆某清算事务所"));
        return id;
    }

    List<Map<String, Object>> queries(long caseId) {
        return jdbc.sql("SELECT holder, department_id, answer_due, answer FROM legal_property_query WHERE case_id = :c ORDER BY holder")
                .param("c", caseId).query().listOfRows();
    }

    @Test
    @DisplayName("004 #43: only the registered administrator with its decision number queries; registry answers at once, real estate within 5 working days")
    void administratorQueries() {
        WebUser clerk = WebUser.demo(port, "court.clerk");
        long id = administeredCase(clerk);
        Firm administrator = firm(1);
        String page = "/enterprise/legal/administered/" + id;
        // not registered yet: the firm has no access
        assertThat(administrator.user().get(page).status()).isEqualTo(404);

        assertThat(clerk.postForm("/workbench/legal/bankruptcy/" + id + "/property/administrator",
                Map.of("administratorCode", "123", "decisionNumber", "（2026）新01破P号之一")).body()).contains("统一社会信用代码");
        clerk.postForm("/workbench/legal/bankruptcy/" + id + "/property/administrator",
                Map.of("administratorCode", administrator.creditCode(), "decisionNumber", "（2026）新01破P号之一"));
        assertThat(administrator.user().get("/enterprise/legal/administered").body()).contains(page);

        // identity check: the decision number must match the court's
        assertThat(administrator.user().postForm(page + "/queries", Map.of("decisionNumber", "（2026）新01破X号", "holders", "REGISTRY")).body())
                .contains("身份核验未通过");
        assertThat(queries(id)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE action = 'legal.property.identityRefused' AND target_id = :c")
                .param("c", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        // another enterprise, even a creditor, cannot query or read
        WebUser creditor = WebUser.demo(port, "enterprise1");
        assertThat(creditor.get(page).status()).isEqualTo(404);
        assertThat(creditor.postForm(page + "/queries", Map.of("decisionNumber", "（2026）新01破P号之一", "holders", "REGISTRY")).status())
                .isEqualTo(404);

        var form = new java.util.LinkedHashMap<String, String>();
        form.put("decisionNumber", "（2026）新01破P号之一");
        form.put("holders", "REGISTRY");
        administrator.user().postForm(page + "/queries", form);
        form.put("holders", "REAL_ESTATE");
        administrator.user().postForm(page + "/queries", form);
        var rows = queries(id);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("holder")).isEqualTo("REAL_ESTATE");
        var land = departments.responsibleFor(departments.require(DepartmentId.of(((Number) jdbc.sql(
                "SELECT court_id FROM legal_bankruptcy_case WHERE id = :id").param("id", id).query().singleValue()).longValue())).region(),
                DepartmentFunction.NATURAL_RESOURCES).orElseThrow();
        assertThat(((Number) rows.get(0).get("department_id")).longValue()).isEqualTo(land.id().value());
        LocalDate today = BankruptcyHttpTest.TODAY;
        assertThat(((java.sql.Date) rows.get(0).get("answer_due")).toLocalDate())
                .isEqualTo(calendars.forRegion(land.region()).deadline(today, TimeLimit.workingDays(5)));
        assertThat((String) rows.get(1).get("answer")).contains("登记状态");
        assertThat(administrator.user().get(page).body()).contains("5个工作日", "待答复");

        // the department answers; another department neither sees nor answers it
        long query = jdbc.sql("SELECT id FROM legal_property_query WHERE case_id = :c AND holder = 'REAL_ESTATE'").param("c", id)
                .query(Long.class).single();
        WebUser hr = WebUser.demo(port, "rsj.handler");
        assertThat(hr.get("/workbench/legal/property-queries").body()).doesNotContain("query-" + query);
        assertThat(hr.postForm("/workbench/legal/property-queries/" + query + "/answer", Map.of("answer", "冒答")).status()).isEqualTo(404);
        WebUser registry = official(DepartmentFunction.NATURAL_RESOURCES, Role.HANDLER);
        assertThat(registry.get("/workbench/legal/property-queries").body()).contains("query-" + query);
        registry.postForm("/workbench/legal/property-queries/" + query + "/answer", Map.of("answer", "名下不动产一处：乌鲁木齐市某路1号厂房"));
        assertThat(administrator.user().get(page).body()).contains("名下不动产一处");
        assertThat(clerk.get("/workbench/legal/bankruptcy/" + id + "/property").body()).contains("名下不动产一处", administrator.creditCode());
        assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE action LIKE 'legal.property.%'"
                        + " AND (target_id = :c OR target_id = :q)").param("c", String.valueOf(id)).param("q", String.valueOf(query))
                .query(Long.class).single()).isGreaterThanOrEqualTo(4);
    }

    @Test
    @DisplayName("004 #43: the property query's answer is in time on its due day and late the day after; another court cannot register or read; a concluded case closes the query")
    void clockAndRefusals() {
        WebUser clerk = WebUser.demo(port, "court.clerk");
        long id = administeredCase(clerk);
        Firm administrator = firm(2);
        clerk.postForm("/workbench/legal/bankruptcy/" + id + "/property/administrator",
                Map.of("administratorCode", administrator.creditCode(), "decisionNumber", "决定书1号"));
        String page = "/enterprise/legal/administered/" + id;
        administrator.user().postForm(page + "/queries", Map.of("decisionNumber", "决定书1号", "holders", "VEHICLES"));
        long query = jdbc.sql("SELECT id FROM legal_property_query WHERE case_id = :c").param("c", id).query(Long.class).single();

        LocalDate today = BankruptcyHttpTest.TODAY;
        jdbc.sql("UPDATE legal_property_query SET answer_due = :d WHERE id = :id").param("d", today).param("id", query).update();
        assertThat(administrator.user().get(page).body()).doesNotContain("已超期");
        jdbc.sql("UPDATE legal_property_query SET answer_due = :d WHERE id = :id").param("d", today.minusDays(1)).param("id", query).update();
        assertThat(administrator.user().get(page).body()).contains("已超期");

        WebUser other = BankruptcyRefusalsHttpTest.otherCourt(port, jdbc, accounts);
        assertThat(other.get("/workbench/legal/bankruptcy/" + id + "/property").status()).isIn(403, 404);
        assertThat(other.postForm("/workbench/legal/bankruptcy/" + id + "/property/administrator",
                Map.of("administratorCode", administrator.creditCode(), "decisionNumber", "冒名")).status()).isIn(403, 404);
        assertThat(jdbc.sql("SELECT decision_number FROM legal_administrator_access WHERE case_id = :c").param("c", id)
                .query(String.class).single()).isEqualTo("决定书1号");

        clerk.postForm("/workbench/legal/bankruptcy/" + id + "/conclude", Map.of("outcome", "宣告破产并终结"));
        assertThat(administrator.user().postForm(page + "/queries", Map.of("decisionNumber", "决定书1号", "holders", "TAX")).body())
                .contains("已审结");
    }
}
