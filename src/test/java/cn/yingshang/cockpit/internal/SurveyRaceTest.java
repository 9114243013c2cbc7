package cn.yingshang.cockpit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.Race;
import cn.yingshang.support.WebUser;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 19: an enterprise's survey answer is counted once, even when the form is sent twice at the same moment. */
@PlatformTest
class SurveyRaceTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    Departments departments;

    @Test
    @DisplayName("004 五(六): two submissions of one questionnaire at once store one answer set and neither is a 5xx")
    void answeredTwiceAtOnce() {
        WebUser office = WebUser.demo(port, "office");
        var created = office.postForm("/cockpit/surveys", Map.of("title", "并发提交测试 " + UUID.randomUUID().toString().substring(0, 6),
                "intro", "请如实评价"));
        long id = SurveyAndLedgerTest.idFrom(created.uri().toString(), "/cockpit/surveys/");
        long market = departments.responsibleFor(RegionCode.of("650100"), DepartmentFunction.MARKET_REGULATION).orElseThrow().id().value();
        office.postForm("/cockpit/surveys/" + id + "/questions", Map.of("text", "对登记服务的满意度", "kind", "RATING",
                "departmentId", String.valueOf(market)));
        String code = accounts.byUsername("enterprise2").orElseThrow().creditCode();
        assertThat(office.postForm("/cockpit/surveys/" + id + "/sending", Map.of("size", "0", "invited", code)).body())
                .contains("已向 1 家企业发放问卷");
        long question = jdbc.sql("SELECT id FROM cockpit_survey_question WHERE survey_id = :s").param("s", id).query(Long.class).single();

        WebUser first = WebUser.demo(port, "enterprise2");
        WebUser second = WebUser.demo(port, "enterprise2");
        List<WebUser.Response> answers = Race.run(
                () -> first.postForm("/enterprise/surveys/" + id, Map.of("q" + question, "5")),
                () -> second.postForm("/enterprise/surveys/" + id, Map.of("q" + question, "1")));

        assertThat(answers).extracting(WebUser.Response::status).as(answers.toString()).allMatch(s -> s < 500);
        assertThat(answers.stream().filter(a -> a.body().contains("问卷已提交")).count()).isEqualTo(1);
        assertThat(answers.stream().filter(a -> a.body().contains("已提交过本问卷")).count()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM cockpit_survey_answer WHERE survey_id = :s").param("s", id)
                .query(Long.class).single()).isEqualTo(1);
    }
}
