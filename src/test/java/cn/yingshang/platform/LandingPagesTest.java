package cn.yingshang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.TestCodes;
import cn.yingshang.support.WebUser;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each portal's landing page says what needs doing, and its counts follow the data: an appeal
 * dispatched to a department is one more on the department's page, one gone overdue shows as
 * overdue, an enterprise's new appeal is one more on its own page. The menu is not repeated as tiles.
 */
@PlatformTest
class LandingPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    /** The figure shown in the to-do item whose link reads {@code label}. */
    static String figure(String page, String label) {
        Matcher m = Pattern.compile("<span class=\"count\">([^<]*)</span>\\s*<a href=\"[^\"]*\">" + Pattern.quote(label) + "</a>")
                .matcher(page);
        assertThat(m.find()).as("to-do item " + label + " on the page").isTrue();
        return m.group(1);
    }

    static long count(String page, String label) {
        return Long.parseLong(figure(page, label));
    }

    /** The "已超期 N 件" badge of the to-do item whose link reads {@code label}, 0 if none. */
    static long overdue(String page, String label) {
        int at = page.indexOf(">" + label + "</a>");
        int end = page.indexOf("</li>\n", at);
        Matcher m = Pattern.compile("已超期 (\\d+) 件").matcher(page.substring(at, end < 0 ? page.length() : end));
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    long createdByOffice(WebUser office, String title) {
        WebUser.Response created = office.postMultipart("/workbench/appeals", null, null, null, Map.of(
                "channel", "PHONE", "type", "HELP", "category", "MARKET_ACCESS", "title", title,
                "content", "请帮助办理营业执照变更。", "name", "王五", "phone", "13900002222",
                "creditCode", TestCodes.enterprise("650102"), "region", "650102"));
        assertThat(created.status()).isEqualTo(200);
        String path = created.uri().getPath();
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    @Test
    @DisplayName("a handler's workbench counts the department's open appeals, with the nearest deadline and the overdue ones")
    void handlerLandingFollowsTheQueue() {
        WebUser office = WebUser.demo(port, "office");
        WebUser handler = WebUser.demo(port, "scj.handler");
        String before = handler.get("/workbench").body();
        long open = count(before, "本部门在办诉求");
        long late = overdue(before, "本部门在办诉求");
        assertThat(before).doesNotContain("class=\"card\"");

        String officeBefore = office.get("/workbench").body();
        long waitingForOffice = count(officeBefore, "待营商办受理、派单或审核的诉求");
        long id = createdByOffice(office, "落地页计数" + UUID.randomUUID().toString().substring(0, 8));
        assertThat(count(office.get("/workbench").body(), "待营商办受理、派单或审核的诉求")).isEqualTo(waitingForOffice + 1);

        long scj = accounts.byUsername("scj.handler").orElseThrow().departmentId().value();
        assertThat(office.postForm("/workbench/appeals/" + id + "/act", Map.of("action", "DISPATCH",
                "leadDepartment", String.valueOf(scj))).body()).contains("已派单");
        String after = handler.get("/workbench").body();
        assertThat(count(after, "本部门在办诉求")).isEqualTo(open + 1);
        assertThat(after).contains("最近期限");

        // the reply deadline passes
        jdbc.sql("UPDATE appeal SET due_on = :d, warn_on = :d WHERE id = :id")
                .param("d", LocalDate.now().minusDays(3)).param("id", id).update();
        assertThat(overdue(handler.get("/workbench").body(), "本部门在办诉求")).isEqualTo(late + 1);
    }

    @Test
    @DisplayName("an enterprise's landing page counts its open appeals and shows its credit class and matched policies")
    void enterpriseLandingFollowsItsAppeals() {
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        String before = enterprise.get("/enterprise").body();
        long open = count(before, "我的在办诉求");
        assertThat(figure(before, "本企业信用风险分类")).endsWith("风险）");
        assertThat(figure(before, "近30天新匹配到的惠企政策")).matches("\\d+");
        assertThat(before).contains("目前共匹配").doesNotContain("class=\"card\"");

        WebUser.Response created = enterprise.postJson("/api/v1/appeals", """
                {"type":"HELP","category":"FINANCING","title":"落地页企业诉求","content":"请问贷款贴息如何申请？","phone":"13800001111"}""");
        assertThat(created.status()).isEqualTo(201);
        assertThat(count(enterprise.get("/enterprise").body(), "我的在办诉求")).isEqualTo(open + 1);
        // another enterprise's count is not moved by it
        assertThat(WebUser.demo(port, "enterprise2").get("/enterprise").body()).contains("我的在办诉求");
    }

    @Test
    @DisplayName("the cockpit opens on its key indicators with last month beside them, and the alerts")
    void cockpitLandingShowsKeyFigures() {
        String page = WebUser.demo(port, "office").get("/cockpit").body();
        assertThat(page).contains("关键指标", "本月预警").doesNotContain("class=\"card\"");
        assertThat(page).containsAnyOf("上月 ", "上月无可比数据");
        Matcher m = Pattern.compile("<span class=\"count\">([^<]*)</span>\\s*<a href=\"/cockpit/indicators/").matcher(page);
        assertThat(m.find()).as("an indicator on the cockpit landing page").isTrue();
    }

    @Test
    @DisplayName("an inspector's workbench shows the unfinished inspection tasks; the public landing page stays informational")
    void inspectorAndPublic() {
        assertThat(count(WebUser.demo(port, "inspector1").get("/workbench").body(), "我的未完成检查任务")).isNotNegative();
        WebUser.Response open = WebUser.anonymous(port).get("/public");
        assertThat(open.status()).isEqualTo(200);
        assertThat(open.body()).doesNotContain("待办事项");
    }

    @Test
    @DisplayName("pages below a landing page carry breadcrumbs back to it; the landing page itself has none")
    void breadcrumbs() {
        WebUser office = WebUser.demo(port, "office");
        String queue = office.get("/workbench/appeals/new").body();
        assertThat(queue).contains("class=\"breadcrumbs\"").contains("<a href=\"/workbench\">政府工作台</a>")
                .contains("<a href=\"/workbench/appeals\">诉求总览</a>");
        assertThat(office.get("/workbench").body()).doesNotContain("class=\"breadcrumbs\"");
        assertThat(WebUser.anonymous(port).get("/public/appeals/new").body()).contains("<a href=\"/public\">信息公开</a>");
    }
}
