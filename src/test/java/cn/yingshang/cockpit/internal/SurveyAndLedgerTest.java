package cn.yingshang.cockpit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class SurveyAndLedgerTest {

    @LocalServerPort
    int port;

    final Accounts accounts;

    final Departments departments;

    @Autowired
    TaskLedger ledger;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SurveyAndLedgerTest(Accounts accounts, Departments departments) {
        this.accounts = accounts;
        this.departments = departments;
    }

    static long idFrom(String uri, String prefix) {
        Matcher m = Pattern.compile(Pattern.quote(prefix) + "(\\d+)").matcher(uri);
        assertThat(m.find()).as(uri).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    @DisplayName("004 五(六): the office sends a survey to a sample plus invited enterprises; an invited enterprise answers once; results by department")
    void surveySentAndAnswered() {
        WebUser office = WebUser.demo(port, "office");
        String title = "2026 年营商环境满意度调查 " + UUID.randomUUID().toString().substring(0, 6);
        var created = office.postForm("/cockpit/surveys", Map.of("title", title, "intro", "请如实评价"));
        long id = idFrom(created.uri().toString(), "/cockpit/surveys/");
        long market = departments.responsibleFor(RegionCode.of("650100"), DepartmentFunction.MARKET_REGULATION).orElseThrow().id().value();
        assertThat(office.postForm("/cockpit/surveys/" + id + "/sending", Map.of("size", "3")).body()).contains("请先添加题目");
        assertThat(office.postForm("/cockpit/surveys/" + id + "/questions", Map.of("text", "对市场监管局登记服务的满意度", "kind", "RATING")).body())
                .contains("评分题须指明被评价的部门");
        office.postForm("/cockpit/surveys/" + id + "/questions", Map.of("text", "对市场监管局登记服务的满意度", "kind", "RATING",
                "departmentId", String.valueOf(market)));
        office.postForm("/cockpit/surveys/" + id + "/questions", Map.of("text", "您的意见建议", "kind", "TEXT"));
        String code = accounts.byUsername("enterprise1").orElseThrow().creditCode();
        var sent = office.postForm("/cockpit/surveys/" + id + "/sending", Map.of("region", "654000", "size", "5", "invited", code));
        assertThat(sent.body()).contains("已向 6 家企业发放问卷");

        WebUser enterprise = WebUser.demo(port, "enterprise1");
        assertThat(enterprise.get("/notifications").body()).contains(title);
        assertThat(enterprise.get("/enterprise/surveys").body()).contains(title).contains("待填写");
        long ratingQuestion = jdbc.sql("SELECT id FROM cockpit_survey_question WHERE survey_id = :s AND kind = 'RATING'").param("s", id)
                .query(Long.class).single();
        long textQuestion = jdbc.sql("SELECT id FROM cockpit_survey_question WHERE survey_id = :s AND kind = 'TEXT'").param("s", id)
                .query(Long.class).single();
        assertThat(enterprise.postForm("/enterprise/surveys/" + id, Map.of("q" + textQuestion, "无")).body()).contains("请为");
        assertThat(enterprise.postForm("/enterprise/surveys/" + id, Map.of("q" + ratingQuestion, "4", "q" + textQuestion, "希望延长窗口时间")).body())
                .contains("问卷已提交");
        assertThat(enterprise.postForm("/enterprise/surveys/" + id, Map.of("q" + ratingQuestion, "1")).body()).contains("已提交过本问卷");
        assertThat(WebUser.demo(port, "enterprise2").get("/enterprise/surveys/" + id).status()).isEqualTo(404);

        var results = office.get("/cockpit/surveys/" + id).body();
        assertThat(results).contains("已回收").contains("100.0%").contains("希望延长窗口时间").contains("4.00");

        // the records behind the survey-satisfaction figure (the cockpit's click-through from an alert): was a 500
        String period = jdbc.sql("""
                        SELECT to_char(answered_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') FROM cockpit_survey_answer
                        WHERE survey_id = :s LIMIT 1""").param("s", id).query(String.class).single();
        var cases = office.get("/cockpit/indicators/cockpit.survey-satisfaction/cases?period=" + period + "&region=650000");
        assertThat(cases.status()).isEqualTo(200);
        assertThat(cases.body()).contains(title);
    }

    @Test
    @DisplayName("004 五(二): the ledger holds the plan's 53 measures; a lead unit reports with evidence, overdue tasks are flagged, the office verifies")
    void taskLedger() {
        assertThat(jdbc.sql("SELECT count(*) FROM cockpit_task WHERE plan = '004'").query(Long.class).single()).isEqualTo(53);
        TaskLedger.Task third = ledger.all().stream().filter(t -> t.plan().equals("004") && t.number() == 3).findFirst().orElseThrow();
        assertThat(third.title()).isEqualTo("建立健全“僵尸”市场主体清吊制度");
        assertThat(third.area()).isEqualTo("提高开办企业便利度");

        WebUser office = WebUser.demo(port, "office");
        long market = departments.responsibleFor(RegionCode.of("650100"), DepartmentFunction.MARKET_REGULATION).orElseThrow().id().value();
        long task = jdbc.sql("SELECT id FROM cockpit_task WHERE plan = '004' AND number = 3").query(Long.class).single();
        jdbc.sql("UPDATE cockpit_task SET status = 'OPEN', verified_on = NULL WHERE id = :id").param("id", task).update();
        office.postForm("/cockpit/tasks/" + task + "/assignment", Map.of("leadDepartmentId", String.valueOf(market),
                "responsibleUnits", "市税务局", "deadline", "2024-12-31"));
        assertThat(office.get("/cockpit/tasks?overdue=true").body()).contains("建立健全“僵尸”市场主体清吊制度").contains("逾期");

        WebUser lead = WebUser.demo(port, "scj.handler");
        assertThat(lead.get("/workbench/tasks").body()).contains("建立健全“僵尸”市场主体清吊制度");
        assertThat(lead.postForm("/workbench/tasks/" + task + "/progress", Map.of("percent", "100", "note", "已完成清吊")).body())
                .contains("报完成须附佐证材料");
        // Another department may not report on a task it does not lead.
        WebUser.demo(port, "rsj.handler").postForm("/workbench/tasks/" + task + "/progress", Map.of("percent", "50", "note", "越权报送"));
        assertThat(ledger.progress(task)).noneMatch(p -> p.note().equals("越权报送"));
        assertThat(lead.postForm("/workbench/tasks/" + task + "/progress", Map.of("percent", "100", "note", "已完成第一批清吊",
                "evidence", "乌市监〔2026〕12号")).body()).contains("已报完成待核查");
        assertThat(office.postForm("/cockpit/tasks/" + task + "/verification", Map.of("confirmed", "true", "note", "材料齐全")).body())
                .contains("已核查完成");
        assertThat(office.get("/cockpit/tasks.xlsx").body()).startsWith("PK");
    }
}
