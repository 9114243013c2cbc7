package cn.yingshang.legal;

import static cn.yingshang.support.Matches.count;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Role;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dispute requests and the administrators' property queries page on the server (they stopped at
 * 200 rows): 50 a page, searched and sorted, each body and enterprise seeing only its own.
 */
@PlatformTest
class LegalServiceListsHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    Departments departments;

    private final String tag = "lsl" + UUID.randomUUID().toString().substring(0, 6);

    private String credit(String username) {
        return jdbc.sql("SELECT credit_code FROM platform_account WHERE username = :u").param("u", username).query(String.class).single();
    }

    private long department(String username) {
        return jdbc.sql("SELECT department_id FROM platform_account WHERE username = :u").param("u", username).query(Long.class).single();
    }

    @Test
    void disputesPage() {
        String mine = credit("enterprise1");
        long body = department("scj.handler");
        for (int i = 1; i <= 260; i++) {
            jdbc.sql("""
                            INSERT INTO legal_dispute (reference, request_key, credit_code, enterprise, channel, subject, counterparty, claim,
                                                       department_id, filed_on, accept_due, status)
                            VALUES (:ref, :ref, :c, '某公司', 'MEDIATION', 'INTELLECTUAL_PROPERTY', :other, '请求调解', :d, :on, :due, 'SUBMITTED')""")
                    .param("ref", String.format("%s-%03d", tag, i)).param("c", mine).param("other", tag + "对方" + i).param("d", body)
                    .param("on", LocalDate.of(2026, 11, 2)).param("due", LocalDate.of(2026, 11, 2).plusDays(i % 30)).update();
        }
        try {
            WebUser enterprise = WebUser.demo(port, "enterprise1");
            String first = enterprise.get("/enterprise/legal/disputes?q=" + tag).body();
            assertThat(first).contains("共 260 条");
            assertThat(count(first, "href=\"/enterprise/legal/disputes/\\d+\"")).isEqualTo(50);
            assertThat(count(enterprise.get("/enterprise/legal/disputes?q=" + tag + "&page=6").body(), "href=\"/enterprise/legal/disputes/\\d+\"")).isEqualTo(10);
            assertThat(enterprise.get("/enterprise/legal/disputes?q=" + tag + "-201").body()).contains("共 1 条");
            assertThat(enterprise.get("/enterprise/legal/disputes?sort=nonsense").status()).isEqualTo(400);
            assertThat(WebUser.demo(port, "enterprise2").get("/enterprise/legal/disputes?q=" + tag).body()).contains("共 0 条");

            WebUser handler = WebUser.demo(port, "scj.handler");
            String routed = handler.get("/workbench/legal/disputes?q=" + tag).body();
            assertThat(routed).contains("共 260 条");
            assertThat(count(routed, "id=\"dispute-\\d+\"")).isEqualTo(50);
            assertThat(handler.get("/workbench/legal/disputes?q=" + java.net.URLEncoder.encode(tag + "对方201", java.nio.charset.StandardCharsets.UTF_8)).body()).contains("共 1 条");
            assertThat(WebUser.demo(port, "rsj.handler").get("/workbench/legal/disputes?q=" + tag).body()).contains("共 0 条");
        } finally {
            jdbc.sql("DELETE FROM legal_dispute WHERE reference LIKE :t").param("t", tag + "-%").update();
        }
    }

    @Test
    void propertyQueriesPage() {
        long department = department("scj.handler");
        long bankruptcy = jdbc.sql("SELECT id FROM legal_bankruptcy_case ORDER BY id LIMIT 1").query(Long.class).single();
        String caseNumber = jdbc.sql("SELECT case_number FROM legal_bankruptcy_case WHERE id = :id").param("id", bankruptcy)
                .query(String.class).single();
        long before = jdbc.sql("SELECT count(*) FROM legal_property_query WHERE department_id = :d").param("d", department).query(Long.class).single();
        LocalDate start = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < 120; i++) {
            jdbc.sql("""
                            INSERT INTO legal_property_query (case_id, holder, department_id, asked_by, asked_on, answer_due)
                            VALUES (:c, 'REAL_ESTATE', :d, 0, :on, :due)""")
                    .param("c", bankruptcy).param("d", department).param("on", start.plusDays(i)).param("due", start.plusDays(i + 7)).update();
        }
        try {
            WebUser handler = WebUser.demo(port, "scj.handler");
            String first = handler.get("/workbench/legal/property-queries").body();
            assertThat(first).contains("共 " + (before + 120) + " 条");
            assertThat(count(first, "id=\"query-\\d+\"")).isEqualTo(50);
            long last = (before + 120 - 1) / 50 + 1;
            assertThat(count(handler.get("/workbench/legal/property-queries?page=" + last).body(), "id=\"query-\\d+\""))
                    .isEqualTo((int) ((before + 120) - (last - 1) * 50));
            assertThat(handler.get("/workbench/legal/property-queries?q=" + caseNumber).body()).contains("共 " + (before + 120) + " 条");
            assertThat(handler.get("/workbench/legal/property-queries?q=" + tag).body()).contains("共 0 条");
            assertThat(WebUser.demo(port, "rsj.handler").get("/workbench/legal/property-queries").body()).doesNotContain(caseNumber);
        } finally {
            jdbc.sql("DELETE FROM legal_property_query WHERE case_id = :c AND department_id = :d AND asked_by = 0 AND asked_on < :end")
                    .param("c", bankruptcy).param("d", department).param("end", start.plusDays(120)).update();
        }
    }

    @Test
    void publishedBenchmarksPage() {
        long department = department("scj.handler");
        for (int i = 1; i <= 60; i++) {
            jdbc.sql("""
                            INSERT INTO legal_discretion_benchmark (department_id, item_code, item_name, penalty_basis, version, published_on,
                                                                    review_due, status)
                            VALUES (:d, :code, :name, '《行政处罚法》', 1, DATE '2026-10-01', DATE '2027-01-01', 'PUBLISHED')""")
                    .param("d", department).param("code", String.format("%s-%03d", tag, i)).param("name", tag + "事项" + i).update();
        }
        try {
            String first = WebUser.anonymous(port).get("/public/discretion-benchmarks?q=" + tag).body();
            assertThat(first).contains("共 60 条").contains(tag + "-001").doesNotContain(tag + "-051");
            assertThat(WebUser.anonymous(port).get("/public/discretion-benchmarks?q=" + tag + "&page=2").body())
                    .contains(tag + "-060").doesNotContain(tag + "-001");
            assertThat(WebUser.demo(port, "office").get("/cockpit/legal/benchmarks?q=" + tag + "-007").body()).contains("共 1 条");
            WebUser own = WebUser.demo(port, "scj.handler");
            assertThat(own.get("/workbench/legal/benchmarks?q=" + tag).body()).contains("共 60 条");
            assertThat(own.get("/workbench/legal/benchmarks?q=" + tag + "&page=2").body()).contains(tag + "事项60 v1").doesNotContain(tag + "事项1 v1");
            assertThat(WebUser.demo(port, "rsj.handler").get("/workbench/legal/benchmarks?q=" + tag).body()).contains("共 0 条");
        } finally {
            jdbc.sql("DELETE FROM legal_discretion_benchmark WHERE item_code LIKE :t").param("t", tag + "-%").update();
        }
    }

    @Test
    void legalServiceDirectoryPages() {
        for (int i = 1; i <= 130; i++) {
            jdbc.sql("""
                            INSERT INTO legal_service_directory (kind, name, region_code, phone, fields, languages)
                            VALUES (:k, :n, '650100', :p, '商事调解', :l)""")
                    .param("k", i % 2 == 0 ? "MEDIATION" : "FOREIGN_LAWYER").param("n", String.format("%s调解室%03d", tag, i))
                    .param("p", "0991-" + (5000000 + i)).param("l", i % 2 == 0 ? "国家通用语言" : "俄语").update();
        }
        try {
            WebUser visitor = WebUser.anonymous(port);
            String first = visitor.get("/public/legal-services?q=" + tag).body();
            assertThat(first).contains("共 130 条");
            assertThat(count(first, tag + "调解室\\d{3}")).isEqualTo(50);
            assertThat(count(visitor.get("/public/legal-services?q=" + tag + "&page=3").body(), tag + "调解室\\d{3}")).isEqualTo(30);
            assertThat(visitor.get("/public/legal-services?kind=MEDIATION&q=" + tag).body()).contains("共 65 条");
            assertThat(visitor.get("/public/legal-services?q=" + java.net.URLEncoder.encode(tag + "调解室077", java.nio.charset.StandardCharsets.UTF_8))
                    .body()).contains("共 1 条", "0991-5000077");
            assertThat(visitor.get("/public/legal-services?sort=nonsense").status()).isEqualTo(400);
            // the unfiltered directory is paged too: it no longer lists every entry on one page
            assertThat(count(visitor.get("/public/legal-services").body(), "<td>[^<]*</td><td>0991-\\d+</td>")).isLessThanOrEqualTo(50);

            var justice = departments.responsibleFor(cn.yingshang.shared.RegionCode.of("650100"), DepartmentFunction.JUSTICE).orElseThrow();
            String username = "sfj" + Long.toString(System.nanoTime(), 36);
            accounts.createDemoAccount(new Accounts.NewAccount(username, "Demo@2025", "司法局经办人", Role.HANDLER, justice.id(), null, null));
            String desk = WebUser.signedIn(port, username, "Demo@2025").get("/workbench/legal/directory?q=" + tag).body();
            assertThat(desk).contains("共 130 条");
            assertThat(count(desk, tag + "调解室\\d{3}")).isEqualTo(50);
        } finally {
            jdbc.sql("DELETE FROM legal_service_directory WHERE name LIKE :t").param("t", tag + "调解室%").update();
        }
    }

    @Test
    void administeredCasesPage() {
        String firm = credit("enterprise1");
        long court = department("court.clerk");
        for (int i = 1; i <= 60; i++) {
            long id = jdbc.sql("""
                            INSERT INTO legal_bankruptcy_case (reference, court_id, case_number, credit_code, debtor_name, procedure, simplified,
                                                               accepted_on, claims_by, status)
                            VALUES (:ref, :court, :ref, '91650100MA00000000', :debtor, 'LIQUIDATION', TRUE, :on, :on, 'ADMINISTERED')
                            RETURNING id""")
                    .param("ref", String.format("%s-P%03d", tag, i)).param("court", court).param("debtor", tag + "债务人" + i)
                    .param("on", LocalDate.of(2026, 10, 1)).query(Long.class).single();
            jdbc.sql("""
                            INSERT INTO legal_administrator_access (case_id, credit_code, entity_name, decision_number, granted_on)
                            VALUES (:id, :c, '某律师事务所', :no, :on)""")
                    .param("id", id).param("c", firm).param("no", tag + "决定" + i).param("on", LocalDate.of(2026, 10, 1).plusDays(i % 40)).update();
        }
        try {
            WebUser administrator = WebUser.demo(port, "enterprise1");
            String first = administrator.get("/enterprise/legal/administered?q=" + tag).body();
            assertThat(first).contains("共 60 条");
            assertThat(count(first, "href=\"/enterprise/legal/administered/\\d+\"")).isEqualTo(50);
            assertThat(count(administrator.get("/enterprise/legal/administered?q=" + tag + "&page=2").body(),
                    "href=\"/enterprise/legal/administered/\\d+\"")).isEqualTo(10);
            assertThat(administrator.get("/enterprise/legal/administered?q=" + tag + "-P042").body()).contains("共 1 条", tag + "债务人42");
            assertThat(WebUser.demo(port, "enterprise2").get("/enterprise/legal/administered?q=" + tag).body()).contains("共 0 条");
        } finally {
            jdbc.sql("DELETE FROM legal_administrator_access WHERE decision_number LIKE :t").param("t", tag + "决定%").update();
            jdbc.sql("DELETE FROM legal_bankruptcy_case WHERE reference LIKE :t").param("t", tag + "-P%").update();
        }
    }
}
