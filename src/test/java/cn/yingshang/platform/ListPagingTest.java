package cn.yingshang.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Long lists are searched, filtered, sorted and paged on the server, and bad paging input is a 400 page. */
@PlatformTest
class ListPagingTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    static List<String> matches(String page, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(page);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The officials' policy publication form with one group of rule rows ({attr, op, value} triples). */
    static Map<String, String> policyForm(String title, String mode, String... rows) {
        Map<String, String> f = new java.util.LinkedHashMap<>();
        f.put("title", title);
        f.put("issuingDepartment", "乌鲁木齐市财政局");
        f.put("documentNumber", "乌财测〔2026〕2号");
        f.put("legalBasis", "003 §36 惠企政策直达快享");
        f.put("regionScope", "650100");
        f.put("benefitType", "SUBSIDY");
        f.put("mode", mode);
        f.put("amountKind", "FIXED");
        f.put("amountFixed", "5");
        f.put("validFrom", "2020-01-01");
        f.put("decisionDays", "10");
        f.put("g0.join", "all");
        for (int i = 0; i < rows.length / 3; i++) {
            f.put("g0.r" + i + ".attr", rows[3 * i]);
            f.put("g0.r" + i + ".op", rows[3 * i + 1]);
            f.put("g0.r" + i + ".value", rows[3 * i + 2]);
        }
        f.put("action", "publish");
        return f;
    }

    static long policyId(WebUser.Response published) {
        Matcher m = Pattern.compile("/workbench/policies/(\\d+)").matcher(published.uri().toString());
        assertThat(m.find()).as(published.body()).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** The appeal numbers in the list's table (not the side lists of overdue or assisted appeals). */
    static List<String> appealNumbers(String page) {
        int table = page.indexOf("<table class=\"table\"", page.indexOf("<form class=\"filters\""));
        if (table < 0) {
            return List.of();
        }
        page = page.substring(table, page.indexOf("</table>", table));
        return matches(page, "<a href=\"/(?:workbench|enterprise)/appeals/\\d+\">([^<]+)</a>");
    }

    @Test
    @DisplayName("the office's appeal list: page 2 differs from page 1, a search narrows it to one, the pager keeps the filter")
    void officeAppealList() {
        WebUser office = WebUser.demo(port, "office");
        String status = jdbc.sql("SELECT status FROM appeal WHERE status <> 'MERGED' GROUP BY status ORDER BY count(*) DESC LIMIT 1")
                .query(String.class).single();
        String first = office.get("/workbench/appeals?status=" + status + "&size=1").body();
        String second = office.get("/workbench/appeals?status=" + status + "&size=1&page=2").body();
        List<String> one = appealNumbers(first);
        List<String> two = appealNumbers(second);
        assertThat(one).hasSize(1);
        assertThat(two).hasSize(1).doesNotContainAnyElementsOf(one);
        assertThat(first).contains("第 1 / ").contains("page=2").contains("status=" + status);

        String number = one.get(0);
        List<String> found = appealNumbers(office.get("/workbench/appeals?status=" + status + "&q=" + number).body());
        assertThat(found).containsExactly(number);

        List<String> ascending = appealNumbers(office.get("/workbench/appeals?status=" + status + "&size=20&sort=number,asc").body());
        assertThat(ascending).isSortedAccordingTo(String::compareTo);
        assertThat(first).contains("class=\"status");
    }

    @Test
    @DisplayName("the department queue and the enterprise's own list take the same paging")
    void departmentAndEnterpriseLists() {
        String queue = WebUser.demo(port, "scj.handler").get("/workbench/appeals?size=2").body();
        assertThat(appealNumbers(queue).size()).isLessThanOrEqualTo(2);
        assertThat(queue).contains("aria-label=\"分页\"");
        String mine = WebUser.demo(port, "enterprise1").get("/enterprise/appeals?size=1&sort=submitted,desc").body();
        assertThat(appealNumbers(mine).size()).isLessThanOrEqualTo(1);
    }

    @Test
    @DisplayName("malformed paging input gets the Chinese 400 page, not a 500")
    void badParameters() {
        WebUser office = WebUser.demo(port, "office");
        for (String query : List.of("page=abc", "page=0", "size=100000", "size=-1", "sort=bogus", "sort=due,sideways",
                "sort=due;drop", "status=NOPE")) {
            WebUser.Response r = office.get("/workbench/appeals?" + query);
            assertThat(r.status()).as(query).isEqualTo(400);
            assertThat(r.body()).as(query).contains("<html").doesNotContain("Whitelabel");
        }
        assertThat(WebUser.anonymous(port).get("/public/policies/payouts/1?page=x").status()).isIn(400, 404);
    }

    @Test
    @DisplayName("the public payout list is paged and searchable, and each row links to an objection form at the top of its own page")
    void payoutList() {
        // a free benefit for every enterprise of the city: a long list, approved by the leader (four eyes)
        long policy = policyId(WebUser.demo(port, "scj.handler").postForm("/workbench/policies",
                policyForm("分页公示 " + java.util.UUID.randomUUID().toString().substring(0, 8), "AUTO_GRANT", "kind", "eq", "ENTERPRISE")));
        long batch = jdbc.sql("SELECT id FROM policy_grant_batch WHERE policy_id = :p").param("p", policy).query(Long.class).single();
        assertThat(WebUser.demo(port, "scj.leader").postForm("/workbench/policies/" + policy + "/batches/" + batch + "/approval",
                java.util.Map.of()).body()).contains("已审批兑现");
        assertThat(jdbc.sql("SELECT count(*) FROM policy_grant_item WHERE batch_id = :b").param("b", batch)
                .query(Long.class).single()).isGreaterThan(4);
        WebUser anyone = WebUser.anonymous(port);
        String codes = "<td>(9[0-9A-Z]{17})</td>";
        List<String> one = matches(anyone.get("/public/policies/payouts/" + batch + "?size=2").body(), codes);
        List<String> two = matches(anyone.get("/public/policies/payouts/" + batch + "?size=2&page=2").body(), codes);
        assertThat(one).hasSize(2);
        assertThat(two).hasSize(2).doesNotContainAnyElementsOf(one);
        String searched = anyone.get("/public/policies/payouts/" + batch + "?q=" + one.get(1)).body();
        assertThat(matches(searched, codes)).containsExactly(one.get(1));

        WebUser.Response form = anyone.get("/public/policies/payouts/" + batch + "/objections/new?subjectCode=" + one.get(0));
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("value=\"" + one.get(0) + "\"").contains("name=\"reason\"")
                .doesNotContain(one.get(1));
        assertThat(anyone.get("/public/policies/payouts/" + batch + "?size=2").body())
                .contains("/public/policies/payouts/" + batch + "/objections/new?subjectCode=" + one.get(0));
    }

    @Test
    @DisplayName("the public inspection results and the task ledger are paged too, with the same 400 for bad input")
    void inspectionResultsAndLedger() {
        WebUser anyone = WebUser.anonymous(port);
        long published = jdbc.sql("SELECT count(*) FROM inspection_task WHERE published_on IS NOT NULL").query(Long.class).single();
        String first = anyone.get("/public/inspections?size=1").body();
        assertThat(first).contains("共 " + java.text.NumberFormat.getIntegerInstance(java.util.Locale.CHINA).format(published) + " 条");
        if (published > 1) {
            String rows = "<table id=\"results\">[\\s\\S]*?<tbody>([\\s\\S]*?)</tbody>";
            List<String> one = matches(first, rows);
            List<String> two = matches(anyone.get("/public/inspections?size=1&page=2").body(), rows);
            assertThat(one).hasSize(1);
            assertThat(two).hasSize(1).doesNotContainAnyElementsOf(one);
        }
        assertThat(anyone.get("/public/inspections?page=-3").status()).isEqualTo(400);
        WebUser office = WebUser.demo(port, "office");
        long tasks = jdbc.sql("SELECT count(*) FROM cockpit_task").query(Long.class).single();
        String ledger = office.get("/cockpit/tasks?size=3").body();
        assertThat(matches(ledger, "<a href=\"/cockpit/tasks/(\\d+)\"").size()).isEqualTo((int) Math.min(3, tasks));
        assertThat(office.get("/cockpit/tasks?sort=nonsense").status()).isEqualTo(400);
        assertThat(office.get("/cockpit/tasks?status=VERIFIED&q=" + java.util.UUID.randomUUID()).body()).contains("共 0 条");
    }

    @Test
    @DisplayName("the inspector's own tasks (once cut at 200) are paged and searched on the server")
    void inspectorTasks() {
        WebUser inspector = WebUser.demo(port, "inspector1");
        long account = jdbc.sql("SELECT id FROM platform_account WHERE username = 'inspector1'").query(Long.class).single();
        List<String> names = jdbc.sql("""
                SELECT t.entity_name FROM inspection_task t JOIN inspection_task_inspector ti ON ti.task_id = t.id
                WHERE ti.account_id = :a ORDER BY t.id""").param("a", account).query(String.class).list();
        String link = "<a href=\"/workbench/inspections/tasks/(\\d+)\"";
        String first = inspector.get("/workbench/inspections/tasks?size=1").body();
        assertThat(first).contains("共 " + java.text.NumberFormat.getIntegerInstance(java.util.Locale.CHINA).format(names.size()) + " 条");
        assertThat(matches(first, link)).hasSize(Math.min(1, names.size()));
        if (names.size() > 1) {
            assertThat(matches(inspector.get("/workbench/inspections/tasks?size=1&page=2").body(), link))
                    .hasSize(1).doesNotContainAnyElementsOf(matches(first, link));
            String name = names.get(0);
            long same = names.stream().filter(name::equals).count();
            assertThat(inspector.get("/workbench/inspections/tasks?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))
                    .body()).contains("共 " + same + " 条");
        }
        assertThat(inspector.get("/workbench/inspections/tasks?q=" + java.util.UUID.randomUUID()).body()).contains("共 0 条");
        assertThat(inspector.get("/workbench/inspections/tasks?sort=nonsense").status()).isEqualTo(400);
    }

    @Test
    @DisplayName("the credit workbench's own records (once cut at 50) are paged on the server")
    void creditRecords() {
        WebUser office = WebUser.demo(port, "office");
        String dept = jdbc.sql("""
                SELECT d.code FROM platform_account a LEFT JOIN platform_department d ON d.id = a.department_id
                WHERE a.username = 'office'""").query(String.class).optional().orElse(null);
        long total = dept == null ? jdbc.sql("SELECT count(*) FROM credit_record").query(Long.class).single()
                : jdbc.sql("SELECT count(*) FROM credit_record WHERE source_department_code = :d").param("d", dept).query(Long.class).single();
        String link = "<tr>\\s*<td><a href=\"/workbench/credit/entities/([0-9A-Z]{18})\"";
        String first = office.get("/workbench/credit?size=1").body();
        assertThat(first).contains("共 " + java.text.NumberFormat.getIntegerInstance(java.util.Locale.CHINA).format(total) + " 条");
        assertThat(matches(first, link)).hasSize((int) Math.min(1, total));
        if (total > 1) {
            String second = office.get("/workbench/credit?size=1&page=2").body();
            assertThat(second).contains("第 2 / ").contains("rel=\"prev\"");
            assertThat(matches(second, link)).hasSize(1);
        }
        assertThat(office.get("/workbench/credit?sort=nonsense").status()).isEqualTo(400);
    }

    @Test
    @DisplayName("the appeal queue's overdue and assisting side lists have their own paged, searchable pages")
    void appealSideLists() {
        WebUser office = WebUser.demo(port, "office");
        String item = "<li[^>]*>\\s*<a href=\"/workbench/appeals/(\\d+)\"";
        String first = office.get("/workbench/appeals/overdue?size=1").body();
        Matcher total = Pattern.compile("共 ([0-9,]+) 条").matcher(first);
        assertThat(total.find()).as("a pager on the overdue list").isTrue();
        long overdue = Long.parseLong(total.group(1).replace(",", ""));
        assertThat(matches(first, item)).hasSize((int) Math.min(1, overdue));
        if (overdue > 1) {
            assertThat(matches(office.get("/workbench/appeals/overdue?size=1&page=2").body(), item))
                    .hasSize(1).doesNotContainAnyElementsOf(matches(first, item));
        }
        assertThat(office.get("/workbench/appeals/overdue?q=" + java.util.UUID.randomUUID()).body()).contains("共 0 条");
        assertThat(WebUser.demo(port, "scj.handler").get("/workbench/appeals/assisting?size=5").body()).containsPattern("共 [0-9,]+ 条");
        assertThat(WebUser.demo(port, "enterprise1").get("/workbench/appeals/overdue").status()).isIn(403, 404);
    }

    @Test
    @DisplayName("ListPage: defaults, bounds, and sorting only by whitelisted columns")
    void listPageRules() {
        ListPage p = ListPage.parse(null, null, null);
        assertThat(p.page()).isEqualTo(1);
        assertThat(p.size()).isEqualTo(ListPage.DEFAULT_SIZE);
        assertThat(ListPage.parse("3", "20", "due,desc").offset()).isEqualTo(40);
        assertThat(ListPage.parse("1", "20", "due,desc").orderBy(java.util.Map.of("due", "due_on"), "id"))
                .isEqualTo("due_on DESC, id");
        assertThatThrownBy(() -> ListPage.parse("1", "20", "x").orderBy(java.util.Map.of("due", "due_on"), "id"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ListPage.parse("1", "201", null)).isInstanceOf(IllegalArgumentException.class);
        PageOf<Integer> page = PageOf.slice(java.util.stream.IntStream.rangeClosed(1, 95).boxed().toList(), ListPage.parse("2", "10", null));
        assertThat(page.rows()).containsExactly(11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
        assertThat(page.pages()).isEqualTo(10);
        assertThat(page.links()).containsExactly(1, 2, 3, 4, 0, 10);
    }
}
