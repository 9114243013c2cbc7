package cn.yingshang.services;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue 15: the case queue pages by seeking past the last row shown, on the page and over the API. */
@PlatformTest
class CaseQueueHttpTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    @DisplayName("Following next page by page gives every open case once, in the order of one long page, for both sorts")
    void cursorPagesCoverTheQueueOnce() {
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        WebUser handler = WebUser.demo(port, "scj.handler");
        long guide = ServiceCasesForTests.guide(port, "SVC-SC-003");
        for (int i = 0; i < 3; i++) {
            long id = ServiceCasesForTests.apply(enterprise, guide);
            if (i == 0) {
                assertThat(handler.postJson("/api/v1/service-cases/" + id + "/acceptance", "{}").status()).isEqualTo(200);
            }
        }
        for (String sort : new String[] {"due,asc", "due,desc", "no,asc", "no,desc"}) {
            JsonNode all = get(handler, "/api/v1/service-cases/queue?limit=200&sort=" + sort);
            List<Long> expected = ids(all);
            assertThat(expected).hasSizeGreaterThanOrEqualTo(3);
            assertThat(all.get("total").asLong()).isEqualTo(expected.size());
            assertThat(all.get("more").asBoolean()).isFalse();
            List<Long> paged = new ArrayList<>();
            String next = null;
            do {
                JsonNode page = get(handler, "/api/v1/service-cases/queue?limit=2&sort=" + sort
                        + (next == null ? "" : "&after=" + next));
                paged.addAll(ids(page));
                next = page.hasNonNull("next") ? page.get("next").asText() : null;
            } while (next != null);
            assertThat(paged).as(sort).isEqualTo(expected);
        }
        List<Long> byNumber = ids(get(handler, "/api/v1/service-cases/queue?limit=200&sort=no,asc"));
        assertThat(byNumber).isSorted();
    }

    @Test
    @DisplayName("The queue page shows the count and a next link that continues after the last row")
    void queuePageLinksTheNextPage() {
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        long guide = ServiceCasesForTests.guide(port, "SVC-SC-003");
        ServiceCasesForTests.apply(enterprise, guide);
        ServiceCasesForTests.apply(enterprise, guide);
        WebUser handler = WebUser.demo(port, "scj.handler");
        String first = handler.get("/workbench/services?size=1").body();
        assertThat(first).contains("id=\"queue-pager\"").contains("件在办");
        Matcher next = Pattern.compile("href=\"([^\"]*after=[^\"]*)\" rel=\"next\"").matcher(first);
        assertThat(next.find()).as(first).isTrue();
        WebUser.Response second = handler.get(next.group(1).replace("&amp;", "&"));
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).contains("回到第一页");
        assertThat(caseIds(second.body())).doesNotContainAnyElementsOf(caseIds(first));
    }

    @Test
    @DisplayName("Another department's handler does not see the cases; an enterprise is refused; a forged cursor is bad input")
    void refusals() {
        long id = ServiceCasesForTests.apply(WebUser.demo(port, "enterprise1"), ServiceCasesForTests.guide(port, "SVC-SC-003"));
        ServiceCasesForTests.apply(WebUser.demo(port, "enterprise1"), ServiceCasesForTests.guide(port, "SVC-SC-003"));
        assertThat(ids(get(WebUser.demo(port, "scj.handler"), "/api/v1/service-cases/queue?limit=200&sort=no,desc"))).contains(id);
        assertThat(ids(get(WebUser.demo(port, "rsj.handler"), "/api/v1/service-cases/queue?limit=200&sort=no,desc"))).doesNotContain(id);
        assertThat(WebUser.demo(port, "enterprise1").getJson("/api/v1/service-cases/queue").status()).isEqualTo(403);
        WebUser handler = WebUser.demo(port, "scj.handler");
        WebUser.Response forged = handler.getJson("/api/v1/service-cases/queue?after=bm90LWEtY3Vyc29y");
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.contentType()).contains("application/problem+json");
        JsonNode firstByDue = get(handler, "/api/v1/service-cases/queue?limit=1");
        assertThat(firstByDue.hasNonNull("next")).as(firstByDue.toString()).isTrue();
        String dueCursor = firstByDue.get("next").asText();
        assertThat(handler.getJson("/api/v1/service-cases/queue?limit=1&sort=no,asc&after=" + dueCursor).status()).isEqualTo(400);
        assertThat(handler.getJson("/api/v1/service-cases/queue?sort=assignee").status()).isEqualTo(400);
    }

    private static JsonNode get(WebUser user, String path) {
        WebUser.Response r = user.getJson(path);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    private static List<String> caseIds(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("id=\"case-(\\d+)\"").matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
