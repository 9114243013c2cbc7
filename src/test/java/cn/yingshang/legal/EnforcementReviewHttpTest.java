package cn.yingshang.legal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.shared.TimeLimit;
import cn.yingshang.support.ApiCaller;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 002 #49: the office reviews a past quarter's enterprise complaints about law enforcement department by department,
 * sets rectification deadlines on the region's calendar and sees overdue ones; each department sees and rectifies only
 * its own findings; supervisors read.
 */
@PlatformTest
class EnforcementReviewHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    WorkingCalendars calendars;
    @Autowired
    Departments departments;

    long departmentOf(String username) {
        return jdbc.sql("SELECT department_id FROM platform_account WHERE username = :u").param("u", username).query(Long.class).single();
    }

    static long id(String json) {
        return Long.parseLong(json.replaceAll("(?s)^\\{\"(?:review\":\\{\")?id\":(\\d+).*", "$1"));
    }

    long complaint(ApiCaller office, String type, String title, Long department) {
        String body = "{\"channel\":\"PHONE\",\"type\":\"" + type + "\",\"category\":\"INSPECTION\",\"title\":\"" + title + "\","
                + "\"content\":\"执法检查中的问题反映\",\"name\":\"钱先生\",\"phone\":\"13900003333\",\"region\":\"650102\"}";
        var taken = office.post("/api/v1/appeals/staff-intake", body, UUID.randomUUID().toString());
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        long id = jdbc.sql("SELECT id FROM appeal WHERE title = :t").param("t", title).query(Long.class).single();
        if (department != null) {
            var dispatched = office.post("/api/v1/appeals/" + id + "/dispatch", "{\"leadDepartment\":" + department + ",\"assisting\":[]}");
            assertThat(dispatched.status()).as(dispatched.body()).isEqualTo(200);
        }
        return id;
    }

    @Test
    @DisplayName("a quarter's review: complaints per department, findings with deadlines, conclusion once all are found, own rectification only, overdue alert")
    void quarterlyReview() {
        int year = ThreadLocalRandom.current().nextInt(2001, 2021);
        int quarter = ThreadLocalRandom.current().nextInt(1, 5);
        jdbc.sql("DELETE FROM legal_enforcement_finding WHERE review_id IN (SELECT id FROM legal_enforcement_review WHERE review_year = :y AND quarter = :q)")
                .param("y", year).param("q", quarter).update();
        jdbc.sql("DELETE FROM legal_enforcement_review_complaint WHERE review_id IN (SELECT id FROM legal_enforcement_review WHERE review_year = :y AND quarter = :q)")
                .param("y", year).param("q", quarter).update();
        jdbc.sql("DELETE FROM legal_enforcement_review WHERE review_year = :y AND quarter = :q").param("y", year).param("q", quarter).update();

        ApiCaller office = ApiCaller.demo(port, "office");
        long scj = departmentOf("scj.handler");
        long rsj = departmentOf("rsj.handler");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        List<Long> appeals = new ArrayList<>();
        appeals.add(complaint(office, "COMPLAINT", "重复检查" + tag, scj));
        appeals.add(complaint(office, "COMPLAINT", "未出示清单" + tag, scj));
        appeals.add(complaint(office, "COMPLAINT", "稽核材料" + tag, rsj));
        appeals.add(complaint(office, "CONSULTATION", "咨询检查" + tag, scj));
        appeals.add(complaint(office, "COMPLAINT", "未分派" + tag, null));
        LocalDate inQuarter = LocalDate.of(year, (quarter - 1) * 3 + 2, 10);
        jdbc.sql("UPDATE appeal SET submitted_on = :d WHERE id IN (:ids)").param("d", inQuarter).param("ids", appeals).update();

        LocalDate today = LocalDate.now(clock);
        var current = office.post("/api/v1/legal/enforcement-reviews",
                "{\"year\":" + today.getYear() + ",\"quarter\":" + ((today.getMonthValue() - 1) / 3 + 1) + "}", UUID.randomUUID().toString());
        assertThat(current.status()).as("a quarter not over yet").isEqualTo(422);
        assertThat(current.body()).contains("尚未结束");

        String quarterBody = "{\"year\":" + year + ",\"quarter\":" + quarter + "}";
        assertThat(ApiCaller.demo(port, "scj.handler").post("/api/v1/legal/enforcement-reviews", quarterBody, UUID.randomUUID().toString())
                .status()).isEqualTo(403);
        var opened = office.post("/api/v1/legal/enforcement-reviews", quarterBody, UUID.randomUUID().toString());
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long review = id(opened.body());
        assertThat(opened.body()).contains("\"complaints\":3").contains("\"departmentId\":" + scj + ",\"departmentName\"")
                .doesNotContain("咨询检查" + tag).doesNotContain("未分派" + tag);
        var again = office.post("/api/v1/legal/enforcement-reviews", quarterBody, UUID.randomUUID().toString());
        assertThat(id(again.body())).as("the quarter's review is opened once").isEqualTo(review);

        String base = "/api/v1/legal/enforcement-reviews/" + review;
        var notReviewed = office.post(base + "/findings", "{\"departmentId\":" + departmentOf("tax.handler")
                + ",\"kind\":\"INACTION\",\"description\":\"未涉及\"}", UUID.randomUUID().toString());
        assertThat(notReviewed.status()).isEqualTo(422);
        var found = office.post(base + "/findings", "{\"departmentId\":" + scj
                + ",\"kind\":\"MECHANICAL_ENFORCEMENT\",\"description\":\"入企检查未出示检查事项清单\"}", UUID.randomUUID().toString());
        assertThat(found.status()).as(found.body()).isEqualTo(201);
        long finding = id(found.body());
        LocalDate due = calendars.forRegion(departments.require(DepartmentId.of(scj)).region()).deadline(today, TimeLimit.workingDays(20));
        assertThat(found.body()).as("20 working days on the department's calendar")
                .contains("\"rectificationDue\":\"" + due + "\"").contains("\"status\":\"RECTIFYING\"");
        assertThat(office.post(base + "/findings", "{\"departmentId\":" + scj
                + ",\"kind\":\"MECHANICAL_ENFORCEMENT\",\"description\":\"重复\"}", UUID.randomUUID().toString()).status()).isEqualTo(422);
        assertThat(ApiCaller.demo(port, "supervisor").post(base + "/findings", "{\"departmentId\":" + rsj
                + ",\"kind\":\"NO_PROBLEM\",\"description\":\"监督人员不能记录\"}", UUID.randomUUID().toString()).status()).isEqualTo(403);

        var early = office.post(base + "/conclusion", "{\"conclusion\":\"已评查\"}", UUID.randomUUID().toString());
        assertThat(early.status()).as("a department without a finding").isEqualTo(422);
        assertThat(early.body()).contains(departments.require(DepartmentId.of(rsj)).name());
        var none = office.post(base + "/findings", "{\"departmentId\":" + rsj + ",\"kind\":\"NO_PROBLEM\",\"description\":\"已纠正，无需整改\"}",
                UUID.randomUUID().toString());
        assertThat(none.body()).contains("\"status\":\"NONE\"").contains("\"rectificationDue\":null");
        var concluded = office.post(base + "/conclusion", "{\"conclusion\":\"本季度涉企执法投诉已评查\"}", UUID.randomUUID().toString());
        assertThat(concluded.status()).as(concluded.body()).isEqualTo(200);
        assertThat(concluded.body()).contains("\"status\":\"CONCLUDED\"");
        assertThat(office.post(base + "/findings", "{\"departmentId\":" + scj + ",\"kind\":\"INACTION\",\"description\":\"迟到\"}",
                UUID.randomUUID().toString()).status()).isEqualTo(422);
        assertThat(ApiCaller.demo(port, "supervisor").get(base).status()).isEqualTo(200);
        assertThat(ApiCaller.demo(port, "enterprise1").get("/api/v1/legal/enforcement-reviews").status()).isEqualTo(403);

        // the department sees its own finding and only its own complaints behind it
        ApiCaller scjHandler = ApiCaller.demo(port, "scj.handler");
        var own = scjHandler.get("/api/v1/legal/rectifications/" + finding);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("重复检查" + tag).contains("未出示清单" + tag).doesNotContain("稽核材料" + tag);
        assertThat(scjHandler.get("/api/v1/legal/rectifications").body()).contains("\"id\":" + finding);
        ApiCaller rsjHandler = ApiCaller.demo(port, "rsj.handler");
        assertThat(rsjHandler.get("/api/v1/legal/rectifications/" + finding).status()).as("another department's finding").isEqualTo(404);
        assertThat(rsjHandler.post("/api/v1/legal/rectifications/" + finding, "{\"report\":\"代为整改\"}").status()).isEqualTo(404);
        assertThat(rsjHandler.get("/api/v1/legal/rectifications").body()).doesNotContain("\"id\":" + finding + ",");
        assertThat(WebUser.demo(port, "rsj.handler").get("/workbench/legal/rectifications/" + finding).status()).isEqualTo(404);
        assertThat(WebUser.demo(port, "rsj.handler").postForm("/workbench/legal/rectifications/" + finding,
                Map.of("report", "代为整改")).status()).as("another department's rectification page").isEqualTo(404);
        assertThat(WebUser.demo(port, "scj.handler").postForm("/cockpit/legal/enforcement-reviews/" + review + "/findings",
                Map.of("departmentId", String.valueOf(scj), "kind", "INACTION", "description", "自查")).status())
                .as("a department records no finding on the office's page").isEqualTo(403);

        // the last day is in time; the day after, the office's legal page raises the alert
        jdbc.sql("UPDATE legal_enforcement_finding SET rectification_due = :d WHERE id = :id").param("d", today).param("id", finding).update();
        WebUser officePages = WebUser.demo(port, "office");
        assertThat(office.get("/api/v1/legal/enforcement-reviews/overdue-rectifications").body()).doesNotContain("\"id\":" + finding + ",");
        jdbc.sql("UPDATE legal_enforcement_finding SET rectification_due = :d WHERE id = :id").param("d", today.minusDays(1)).param("id", finding).update();
        assertThat(office.get("/api/v1/legal/enforcement-reviews/overdue-rectifications").body()).contains("\"id\":" + finding + ",");
        String legalPage = officePages.get("/cockpit/legal").body();
        assertThat(legalPage).contains("id=\"overdue-rectifications\"").contains("/cockpit/legal/enforcement-reviews/" + review);

        // the department records its rectification once, on its page
        WebUser scjPages = WebUser.demo(port, "scj.handler");
        var blank = scjPages.postForm("/workbench/legal/rectifications/" + finding, Map.of("report", " "));
        assertThat(blank.body()).contains("请填写整改情况");
        var rectified = scjPages.postForm("/workbench/legal/rectifications/" + finding, Map.of("report", "已组织执法人员培训并公开检查事项清单"));
        assertThat(rectified.status()).isEqualTo(200);
        assertThat(rectified.body()).contains("已整改");
        var twice = scjHandler.post("/api/v1/legal/rectifications/" + finding, "{\"report\":\"再次报送\"}", UUID.randomUUID().toString());
        assertThat(twice.status()).isEqualTo(422);
        assertThat(office.get("/api/v1/legal/enforcement-reviews/overdue-rectifications").body()).doesNotContain("\"id\":" + finding + ",");
        assertThat(officePages.get("/cockpit/legal/enforcement-reviews/" + review).body()).contains("已整改").contains("逾期整改")
                .contains(departments.require(DepartmentId.of(rsj)).name());
    }

    @Test
    @DisplayName("the office opens a review on its page, with a field error for a quarter out of range; supervisors read without the form")
    void pages() {
        WebUser office = WebUser.demo(port, "office");
        var list = office.get("/cockpit/legal/enforcement-reviews");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("id=\"open-review\"");
        var wrong = office.postForm("/cockpit/legal/enforcement-reviews", Map.of("year", "2020", "quarter", "5"));
        assertThat(wrong.body()).contains("季度应为1至4");
        var supervisor = WebUser.demo(port, "supervisor").get("/cockpit/legal/enforcement-reviews");
        assertThat(supervisor.status()).isEqualTo(200);
        assertThat(supervisor.body()).doesNotContain("id=\"open-review\"");
        assertThat(WebUser.demo(port, "scj.handler").get("/cockpit/legal/enforcement-reviews").status()).isEqualTo(403);
        assertThat(WebUser.demo(port, "scj.handler").get("/workbench/legal/rectifications").status()).isEqualTo(200);
        assertThat(WebUser.demo(port, "enterprise1").get("/workbench/legal/rectifications").status()).isEqualTo(403);
    }
}
