package cn.yingshang.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.ArrayList;
import java.util.List;
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

    static List<String> appealNumbers(String page) {
        return matches(page, "<a href=\"/(?:workbench|enterprise)/appeals/\\d+\">([^<]+)</a>");
    }

    @Test
    @DisplayName("the office's appeal list: page 2 differs from page 1, a search narrows it to one, the pager keeps the filter")
    void officeAppealList() {
        WebUser office = WebUser.demo(port, "office");
        String first = office.get("/workbench/appeals?status=CLOSED&size=5").body();
        String second = office.get("/workbench/appeals?status=CLOSED&size=5&page=2").body();
        List<String> one = appealNumbers(first);
        List<String> two = appealNumbers(second);
        assertThat(one).hasSize(5);
        assertThat(two).isNotEmpty().doesNotContainAnyElementsOf(one);
        assertThat(first).contains("第 1 / ").contains("page=2").contains("status=CLOSED");

        String number = one.get(0);
        List<String> found = appealNumbers(office.get("/workbench/appeals?status=CLOSED&q=" + number).body());
        assertThat(found).containsExactly(number);

        List<String> ascending = appealNumbers(office.get("/workbench/appeals?status=CLOSED&size=20&sort=number,asc").body());
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
        Long batch = jdbc.sql("""
                        SELECT b.id FROM policy_grant_batch b WHERE b.status = 'APPROVED'
                        AND (SELECT count(*) FROM policy_grant_item i WHERE i.batch_id = b.id) > 4
                        ORDER BY b.id LIMIT 1""").query(Long.class).optional().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(batch != null, "demo data has an approved payout list");
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
