package cn.yingshang.experience;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 18: the lists that were still cut at a fixed number of rows (100 to 500) page, search and sort
 * on the server: each is seeded past its old cap, its last page shows the rest, the search narrows
 * it, and an enterprise still sees only its own rows.
 */
@PlatformTest
class CappedListsHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final String tag = "cap" + UUID.randomUUID().toString().substring(0, 6);

    private String credit(String username) {
        return jdbc.sql("SELECT credit_code FROM platform_account WHERE username = :u").param("u", username).query(String.class).single();
    }

    private long department(String username) {
        return jdbc.sql("SELECT department_id FROM platform_account WHERE username = :u").param("u", username).query(Long.class).single();
    }

    /** How many times a link to one of the list's detail pages (the path, then a number) occurs. */
    static int links(String body, String pathBeforeId) {
        Matcher m = Pattern.compile("href=\"" + Pattern.quote(pathBeforeId) + "\\d+\"").matcher(body);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static List<String> found(String body, Pattern pattern) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(body);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    @DisplayName("help requests: an enterprise's 120 (was cut at 100) page 50 at a time, search finds one, sort by date; the department sees them all, another enterprise none")
    void helpRequests() {
        String mine = credit("enterprise1");
        long impl = jdbc.sql("SELECT id FROM svc_implementation WHERE department = '乌鲁木齐市公安局' ORDER BY id LIMIT 1")
                .query(Long.class).single();
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            ids.add(jdbc.sql("""
                            INSERT INTO svc_help_request (request_key, credit_code, implementation_id, department, description, contact_name,
                                                          contact_phone, status, requested_at)
                            VALUES (:k, :c, :impl, '乌鲁木齐市公安局', :d, '张三', '13800000000', 'REQUESTED',
                                    TIMESTAMPTZ '2026-01-01 10:00+08' + make_interval(mins => :i)) RETURNING id""")
                    .param("k", tag + i).param("c", mine).param("impl", impl).param("d", String.format("%s-%03d", tag, i)).param("i", i)
                    .query(Long.class).single());
        }
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        String first = enterprise.get("/enterprise/services/help?q=" + tag).body();
        assertThat(links(first, "/enterprise/services/help/")).isEqualTo(50);
        assertThat(first).contains("共 120 条", "rel=\"next\"");
        assertThat(links(enterprise.get("/enterprise/services/help?q=" + tag + "&page=3").body(), "/enterprise/services/help/")).isEqualTo(20);
        String one = enterprise.get("/enterprise/services/help?q=" + tag + "-077").body();
        assertThat(links(one, "/enterprise/services/help/")).isEqualTo(1);
        assertThat(one).contains("/enterprise/services/help/" + ids.get(76) + "\"");
        String oldest = enterprise.get("/enterprise/services/help?q=" + tag + "&sort=requested,asc").body();
        assertThat(found(oldest, Pattern.compile("href=\"/enterprise/services/help/(\\d+)\"")).getFirst()).isEqualTo(ids.getFirst().toString());
        assertThat(enterprise.get("/enterprise/services/help?q=" + tag + "&status=RESOLVED").body()).contains("共 0 条");
        assertThat(enterprise.get("/enterprise/services/help?sort=nonsense").status()).isEqualTo(400);

        assertThat(WebUser.demo(port, "enterprise2").get("/enterprise/services/help?q=" + tag).body()).contains("共 0 条");
        String queue = WebUser.demo(port, "gaj.handler").get("/workbench/services/help?q=" + tag + "&page=3").body();
        assertThat(queue).contains("共 120 条");
        assertThat(links(queue, "/workbench/services/help/")).isEqualTo(20);
    }

    @Test
    @DisplayName("bundles: an enterprise's 130 (was cut at 100) page and search by the applicant; another enterprise sees none")
    void bundles() {
        String mine = credit("enterprise1");
        String code = jdbc.sql("SELECT code FROM svc_bundle_definition ORDER BY sort_order LIMIT 1").query(String.class).single();
        for (int i = 1; i <= 130; i++) {
            jdbc.sql("""
                            INSERT INTO svc_bundle (request_key, bundle_code, credit_code, identity_name, identity_checked_at, identity_checked_by,
                                                    status, applied_on)
                            VALUES (:k, :b, :c, :n, now(), 'enterprise1', 'IN_PROGRESS', :on)""")
                    .param("k", tag + i).param("b", code).param("c", mine).param("n", String.format("%s-%03d", tag, i))
                    .param("on", LocalDate.of(2026, 1, 1).plusDays(i)).update();
        }
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        String first = enterprise.get("/enterprise/services/bundles?q=" + tag).body();
        assertThat(links(first, "/enterprise/services/bundles/")).isEqualTo(50);
        assertThat(first).contains("共 130 条");
        assertThat(links(enterprise.get("/enterprise/services/bundles?q=" + tag + "&page=3").body(), "/enterprise/services/bundles/"))
                .isEqualTo(30);
        assertThat(links(enterprise.get("/enterprise/services/bundles?q=" + tag + "-101").body(), "/enterprise/services/bundles/"))
                .isEqualTo(1);
        assertThat(enterprise.get("/enterprise/services/bundles?q=" + tag + "&sort=applied,desc").body()).contains("2026-05-11");
        assertThat(WebUser.demo(port, "enterprise2").get("/enterprise/services/bundles?q=" + tag).body()).contains("共 0 条");
        assertThat(WebUser.demo(port, "office").get("/workbench/services/bundles?q=" + tag + "&page=3").body()).contains("共 130 条");
    }

    @Test
    @DisplayName("bad ratings (were cut at 200) and an enterprise's service cases (were cut at 200) page; a department sees only its own ratings")
    void badRatingsAndServiceCases() {
        String mine = credit("enterprise1");
        long police = department("gaj.handler");
        long market = department("scj.handler");
        long impl = jdbc.sql("SELECT id FROM svc_implementation WHERE department = '乌鲁木齐市公安局' ORDER BY id LIMIT 1")
                .query(Long.class).single();
        for (int i = 1; i <= 230; i++) {
            long dept = i <= 220 ? police : market;
            long caseId = jdbc.sql("""
                            INSERT INTO svc_case (request_key, implementation_id, department, region_code, credit_code, channel, status, applied_on,
                                                  department_id)
                            VALUES (:k, :impl, '乌鲁木齐市公安局', '650100', :c, 'ONLINE', 'GRANTED', :on, :d) RETURNING id""")
                    .param("k", tag + i).param("impl", impl).param("c", mine).param("on", LocalDate.of(2026, 1, 1)).param("d", dept)
                    .query(Long.class).single();
            jdbc.sql("""
                            INSERT INTO svc_rating (case_id, level, comment, department, window_name, rated_on, rated_at)
                            VALUES (:id, 1, :comment, '乌鲁木齐市公安局', '窗口', :on, now())""")
                    .param("id", caseId).param("comment", String.format("%s-%03d", tag, i)).param("on", LocalDate.of(2026, 2, 1).plusDays(i))
                    .update();
            jdbc.sql("INSERT INTO svc_bad_rating (case_id, status, rectify_by) VALUES (:id, 'RECTIFYING', :by)")
                    .param("id", caseId).param("by", LocalDate.of(2026, 6, 1).plusDays(i)).update();
        }
        WebUser office = WebUser.demo(port, "office");
        String all = office.get("/workbench/services/bad-ratings?q=" + tag).body();
        assertThat(all).contains("共 230 条");
        assertThat(links(all, "/workbench/services/cases/")).isEqualTo(50);
        assertThat(links(office.get("/workbench/services/bad-ratings?q=" + tag + "&page=5").body(), "/workbench/services/cases/"))
                .isEqualTo(30);
        assertThat(office.get("/workbench/services/bad-ratings?q=" + tag + "-229").body()).contains("共 1 条");
        String latest = office.get("/workbench/services/bad-ratings?q=" + tag + "&sort=rectifyBy,desc").body();
        assertThat(latest.indexOf(tag + "-230")).isPositive().isLessThan(latest.indexOf(tag + "-229"));
        assertThat(WebUser.demo(port, "gaj.handler").get("/workbench/services/bad-ratings?q=" + tag).body()).contains("共 220 条")
                .doesNotContain(tag + "-221");

        WebUser enterprise = WebUser.demo(port, "enterprise1");
        long total = jdbc.sql("SELECT count(*) FROM svc_case WHERE credit_code = :c").param("c", mine).query(Long.class).single();
        long lastPage = (total + 49) / 50;
        assertThat(enterprise.get("/enterprise/services").body()).contains(String.format("共 %,d 条", total));
        assertThat(links(enterprise.get("/enterprise/services?page=" + lastPage).body(), "/enterprise/services/cases/"))
                .isEqualTo((int) (total - (lastPage - 1) * 50));
        long someCase = jdbc.sql("SELECT id FROM svc_case WHERE request_key = :k").param("k", tag + 7).query(Long.class).single();
        assertThat(links(enterprise.get("/enterprise/services?q=" + someCase).body(), "/enterprise/services/cases/")).isEqualTo(1);
        String other = WebUser.demo(port, "enterprise2").get("/enterprise/services?q=" + someCase).body();
        assertThat(links(other, "/enterprise/services/cases/")).isZero();
    }

    @Test
    @DisplayName("an enterprise's own arrears claims and court cases (were cut at 200) page, search and sort; another enterprise sees none of them")
    void enterpriseArrearsAndCourtCases() {
        String mine = credit("enterprise1");
        long court = department("court.clerk");
        for (int i = 1; i <= 230; i++) {
            jdbc.sql("""
                            INSERT INTO arrears_claim (source, status, payee_credit_code, payee_name, payer_name, contract_name, amount, reported_on,
                                                       created_by)
                            VALUES ('ENTERPRISE', 'REPORTED', :c, '某公司', :contract, :contract, :amount, :on, 'enterprise1')""")
                    .param("c", mine).param("contract", String.format("%s-%03d", tag, i)).param("amount", 1000 + i)
                    .param("on", LocalDate.of(2026, 1, 1)).update();
            jdbc.sql("""
                            INSERT INTO legal_court_case (reference, credit_code, enterprise_name, private_enterprise, court_id, case_type, procedure,
                                                          opponent, claim, mediation_consent, materials, status, filed_on, review_due)
                            VALUES (:ref, :c, '某公司', TRUE, :court, 'CONTRACT', 'SIMPLE', '某单位', '支付货款', FALSE, '{}', 'FILED', :on, :due)""")
                    .param("ref", String.format("%s-%03d", tag, i)).param("c", mine).param("court", court)
                    .param("on", LocalDate.of(2026, 1, 1)).param("due", LocalDate.of(2026, 1, 8)).update();
        }
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        String claims = enterprise.get("/enterprise/arrears?q=" + tag).body();
        assertThat(claims).contains("共 230 条");
        assertThat(links(claims, "/enterprise/arrears/")).isEqualTo(50);
        assertThat(links(enterprise.get("/enterprise/arrears?q=" + tag + "&page=5").body(), "/enterprise/arrears/")).isEqualTo(30);
        assertThat(enterprise.get("/enterprise/arrears?q=" + tag + "-123").body()).contains("共 1 条");
        String biggest = enterprise.get("/enterprise/arrears?q=" + tag + "&sort=amount,desc").body();
        assertThat(biggest.indexOf(tag + "-230")).isPositive().isLessThan(biggest.indexOf(tag + "-229"));
        assertThat(enterprise.get("/enterprise/arrears?q=" + tag + "&status=CLOSED").body()).contains("共 0 条");

        String cases = enterprise.get("/enterprise/legal?q=" + tag).body();
        assertThat(cases).contains("共 230 条");
        assertThat(links(cases, "/enterprise/legal/")).isEqualTo(50);
        assertThat(links(enterprise.get("/enterprise/legal?q=" + tag + "&page=5").body(), "/enterprise/legal/")).isEqualTo(30);
        assertThat(links(enterprise.get("/enterprise/legal?q=" + tag + "-201").body(), "/enterprise/legal/")).isEqualTo(1);
        String reversed = enterprise.get("/enterprise/legal?q=" + tag + "&sort=reference,desc").body();
        assertThat(reversed.indexOf(tag + "-230")).isPositive().isLessThan(reversed.indexOf(tag + "-229"));
        assertThat(enterprise.get("/enterprise/legal?sort=nonsense").status()).isEqualTo(400);

        WebUser other = WebUser.demo(port, "enterprise2");
        assertThat(other.get("/enterprise/arrears?q=" + tag).body()).contains("共 0 条");
        assertThat(other.get("/enterprise/legal?q=" + tag).body()).contains("共 0 条");
        // 230 overdue filings would head the court's review queue in the tests that follow (the filing browser test)
        jdbc.sql("DELETE FROM legal_court_case WHERE reference LIKE :t").param("t", tag + "-%").update();
    }

    @Test
    @DisplayName("public draws (were cut at 100) have their own paged list searched by plan title and year; an enterprise's inspection tasks (were cut at 100) page too")
    void drawsAndInspectionTasks() {
        String mine = credit("enterprise1");
        long lead = department("scj.handler");
        String hex = "0".repeat(64);
        long firstPlan = 0;
        for (int i = 1; i <= 120; i++) {
            long plan = jdbc.sql("""
                            INSERT INTO inspection_plan (title, plan_year, lead_department_id, ratio_a, ratio_b, ratio_c, ratio_d,
                                                         exclusion_days, created_by, created_at)
                            VALUES (:t, :y, :d, 5, 5, 5, 5, 365, 'scj.handler', now()) RETURNING id""")
                    .param("t", String.format("%s-%03d", tag, i)).param("y", i <= 30 ? 2025 : 2026).param("d", lead)
                    .query(Long.class).single();
            firstPlan = firstPlan == 0 ? plan : firstPlan;
            jdbc.sql("""
                            INSERT INTO inspection_draw (plan_id, algorithm, seed_commitment, seed, committed_at, pool_hash, pool_size,
                                                         excluded_count, excluded_expected_visits)
                            VALUES (:p, 'SHA256-RANK-v1', :h, :h, now() - make_interval(mins => :i), :h, 10, 0, 0)""")
                    .param("p", plan).param("h", hex).param("i", i).update();
        }
        for (int i = 1; i <= 120; i++) {
            jdbc.sql("""
                            INSERT INTO inspection_task (plan_id, code, credit_code, entity_name, region_code, risk_class, key_supervision,
                                                         departments_covered, drawn_on)
                            VALUES (:p, :code, :c, '某公司', '650102', 'B', FALSE, 1, :on)""")
                    .param("p", firstPlan).param("code", String.format("%s-T%03d", tag, i)).param("c", mine)
                    .param("on", LocalDate.of(2026, 1, 1)).update();
        }
        WebUser visitor = WebUser.anonymous(port);
        String index = visitor.get("/public/inspections").body();
        assertThat(links(index, "/public/inspections/draws/")).isLessThanOrEqualTo(10);
        assertThat(index).contains("href=\"/public/inspections/draws\"");
        String draws = visitor.get("/public/inspections/draws?q=" + tag).body();
        assertThat(draws).contains("共 120 条");
        assertThat(links(draws, "/public/inspections/draws/")).isEqualTo(50);
        assertThat(links(visitor.get("/public/inspections/draws?q=" + tag + "&page=3").body(), "/public/inspections/draws/")).isEqualTo(20);
        assertThat(visitor.get("/public/inspections/draws?q=" + tag + "&year=2025").body()).contains("共 30 条");
        String byTitle = visitor.get("/public/inspections/draws?q=" + tag + "&sort=title,desc").body();
        assertThat(byTitle.indexOf(tag + "-120")).isPositive().isLessThan(byTitle.indexOf(tag + "-119"));
        assertThat(visitor.get("/public/inspections/draws?year=abc").status()).isEqualTo(400);

        WebUser enterprise = WebUser.demo(port, "enterprise1");
        String tasks = enterprise.get("/enterprise/inspections?q=" + tag).body();
        assertThat(tasks).contains("共 120 条");
        assertThat(found(tasks, Pattern.compile("id=\"task-(\\d+)\""))).hasSize(50);
        assertThat(found(enterprise.get("/enterprise/inspections?q=" + tag + "&page=3").body(), Pattern.compile("id=\"task-(\\d+)\"")))
                .hasSize(20);
        assertThat(found(enterprise.get("/enterprise/inspections?q=" + tag + "-T077").body(), Pattern.compile("id=\"task-(\\d+)\"")))
                .hasSize(1);
        assertThat(WebUser.demo(port, "enterprise2").get("/enterprise/inspections?q=" + tag).body()).contains("共 0 条");
    }

    @Test
    @DisplayName("hotline callbacks (undelivered were cut at 500, delivered at 50) page by status, search by ticket; only the office sees them")
    void hotlineCallbacks() {
        long appeal = jdbc.sql("SELECT id FROM appeal ORDER BY id LIMIT 1").query(Long.class).single();
        for (int i = 1; i <= 580; i++) {
            boolean delivered = i > 520;
            jdbc.sql("""
                            INSERT INTO appeal_hotline_callback (event_id, appeal_id, ticket, kind, payload, status, attempts, next_attempt_at,
                                                                 last_error, created_at, delivered_at)
                            VALUES (gen_random_uuid(), :a, :t, 'ACCEPTED', '{}', :s, 3, now() + interval '30 days', 'HTTP 500', now(),
                                    CASE WHEN :delivered THEN now() END)""")
                    .param("a", appeal).param("t", String.format("%s-%03d", tag, i)).param("s", delivered ? "DELIVERED" : "FAILED")
                    .param("delivered", delivered).update();
        }
        WebUser office = WebUser.demo(port, "office");
        String first = office.get("/workbench/hotline-callbacks?q=" + tag).body();
        assertThat(first).contains("共 520 条");
        assertThat(found(first, Pattern.compile("id=\"callback-(\\d+)\""))).hasSize(50);
        assertThat(found(office.get("/workbench/hotline-callbacks?q=" + tag + "&page=11").body(), Pattern.compile("id=\"callback-(\\d+)\"")))
                .hasSize(20);
        assertThat(office.get("/workbench/hotline-callbacks?q=" + tag + "-511").body()).contains("共 1 条");
        assertThat(office.get("/workbench/hotline-callbacks?shown=DELIVERED&q=" + tag).body()).contains("共 60 条");
        String byTicket = office.get("/workbench/hotline-callbacks?q=" + tag + "&sort=ticket,desc").body();
        assertThat(byTicket.indexOf(tag + "-520")).isPositive().isLessThan(byTicket.indexOf(tag + "-519"));
        assertThat(office.get("/workbench/hotline-callbacks?shown=NONSENSE").status()).isEqualTo(400);
        assertThat(WebUser.demo(port, "scj.handler").get("/workbench/hotline-callbacks?q=" + tag).status()).isEqualTo(403);
    }

    @Test
    @DisplayName("a survey's written answers (were cut at 200) page, search by text and sort by time")
    void surveyComments() {
        long survey = jdbc.sql("INSERT INTO cockpit_survey (title, status, created_at, sent_at) VALUES (:t, 'SENT', now(), now()) RETURNING id")
                .param("t", tag).query(Long.class).single();
        long question = jdbc.sql("""
                        INSERT INTO cockpit_survey_question (survey_id, position, text, kind) VALUES (:s, 1, '您的意见和建议', 'TEXT')
                        RETURNING id""").param("s", survey).query(Long.class).single();
        for (int i = 1; i <= 230; i++) {
            jdbc.sql("""
                            INSERT INTO cockpit_survey_answer (survey_id, question_id, credit_code, region_code, text, answered_at)
                            VALUES (:s, :q, :c, '650102', :text, TIMESTAMPTZ '2026-03-01 10:00+08' + make_interval(mins => :i))""")
                    .param("s", survey).param("q", question).param("c", String.format("91650102TEST%06d", i))
                    .param("text", String.format("%s-%03d", tag, i)).param("i", i).update();
        }
        WebUser office = WebUser.demo(port, "office");
        String first = office.get("/cockpit/surveys/" + survey).body();
        assertThat(first).contains("共 230 条").contains(tag + "-230").doesNotContain(tag + "-180");
        String last = office.get("/cockpit/surveys/" + survey + "?page=5").body();
        assertThat(last).contains(tag + "-001").contains(tag + "-030").doesNotContain(tag + "-031");
        assertThat(office.get("/cockpit/surveys/" + survey + "?q=" + tag + "-117").body()).contains("共 1 条");
        String oldest = office.get("/cockpit/surveys/" + survey + "?sort=answered,asc").body();
        assertThat(oldest).contains(tag + "-001").doesNotContain(tag + "-230");
    }

    @Test
    @DisplayName("notifications (were cut at 100) page and search, and stay the recipient's own; the public bankruptcy announcements (were cut at 200) page and search")
    void notificationsAndBankruptcyAnnouncements() {
        String mine = credit("enterprise1");
        long court = department("court.clerk");
        for (int i = 1; i <= 130; i++) {
            jdbc.sql("""
                            INSERT INTO platform_notification (recipient_type, recipient_key, title, body, created_at)
                            VALUES ('ENTITY', :c, :t, '请查看', TIMESTAMPTZ '2026-01-01 10:00+08' + make_interval(mins => :i))""")
                    .param("c", mine).param("t", String.format("%s-%03d", tag, i)).param("i", i).update();
            jdbc.sql("""
                            INSERT INTO legal_bankruptcy_case (reference, court_id, case_number, credit_code, debtor_name, procedure, simplified,
                                                               accepted_on, claims_by, status)
                            VALUES (:ref, :court, :no, :c, :debtor, 'LIQUIDATION', FALSE, :on, :by, 'ACCEPTED')""")
                    .param("ref", tag + "R" + i).param("court", court).param("no", tag + "N" + i).param("c", mine)
                    .param("debtor", String.format("%s-%03d", tag, i)).param("on", LocalDate.of(2026, 1, 1).plusDays(i))
                    .param("by", LocalDate.of(2026, 6, 1).plusDays(i)).update();
        }
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        String first = enterprise.get("/notifications?q=" + tag).body();
        assertThat(first).contains("共 130 条", tag + "-130").doesNotContain(tag + "-080");
        String last = enterprise.get("/notifications?q=" + tag + "&page=3").body();
        assertThat(last).contains(tag + "-001", tag + "-030").doesNotContain(tag + "-031");
        assertThat(enterprise.get("/notifications?q=" + tag + "-099").body()).contains("共 1 条");
        assertThat(WebUser.demo(port, "enterprise2").get("/notifications?q=" + tag).body()).contains("共 0 条");

        WebUser visitor = WebUser.anonymous(port);
        String announced = visitor.get("/public/bankruptcy?q=" + tag).body();
        assertThat(announced).contains("共 130 条", tag + "-130").doesNotContain(tag + "-080");
        assertThat(visitor.get("/public/bankruptcy?q=" + tag + "&page=3").body()).contains(tag + "-001").doesNotContain(tag + "-031");
        String byDebtor = visitor.get("/public/bankruptcy?q=" + tag + "&sort=debtor,asc").body();
        assertThat(byDebtor).contains(tag + "-001").doesNotContain(tag + "-130");
    }

    @Test
    @DisplayName("alert lists are whole: the office's overdue stalled cases (read from the first 500 cases) and the arrears publicity candidates (from the latest 300 confirmed claims)")
    void alertListsAreWhole() {
        long police = department("police.officer");
        String code = credit("enterprise1");
        for (int i = 1; i <= 510; i++) {
            jdbc.sql("""
                            INSERT INTO legal_stalled_case (reference, case_number, lead_body_id, credit_code, enterprise_name, offence,
                              registered_on, status, clear_by)
                            VALUES (:ref, :no, :body, :code, '某公司', '涉嫌合同诈骗', :reg, 'PENDING', :clear)""")
                    .param("ref", tag + "S" + i).param("no", String.format("%s-S%03d", tag, i)).param("body", police).param("code", code)
                    .param("reg", LocalDate.of(2020, 1, 1)).param("clear", LocalDate.of(2021, 1, 1).plusDays(i)).update();
        }
        for (int i = 1; i <= 310; i++) {
            jdbc.sql("""
                            INSERT INTO arrears_claim (source, status, payee_credit_code, payee_name, payer_name, contract_name, amount, due_on,
                                                       reported_on, created_by)
                            VALUES ('ENTERPRISE', 'CONFIRMED', :c, '某公司', :payer, '合同', 5000, :due, :due, 'enterprise1')""")
                    .param("c", code).param("payer", String.format("%s-P%03d", tag, i)).param("due", LocalDate.of(2025, 1, 1)).update();
        }
        WebUser office = WebUser.demo(port, "office");
        String legal = office.get("/cockpit/legal").body();
        assertThat(legal).contains(tag + "-S001", tag + "-S510");
        String publicity = office.get("/workbench/arrears/publicity").body();
        assertThat(publicity).contains(tag + "-P001", tag + "-P310");
    }
}
