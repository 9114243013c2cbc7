package cn.yingshang.cockpit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.TimeLimit;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class SupervisionTest {

    @LocalServerPort
    int port;

    final Departments departments;

    final WorkingCalendars calendars;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    SupervisionTest(Departments departments, WorkingCalendars calendars) {
        this.departments = departments;
        this.calendars = calendars;
    }

    Department urumqiMarket() {
        return departments.responsibleFor(RegionCode.of("650100"), DepartmentFunction.MARKET_REGULATION).orElseThrow();
    }

    @Test
    @DisplayName("000 §8, 001 §53: a supervisor's observation becomes an item for the department, who answers; the supervisor sees it and revisits")
    void observationBecomesRectification() {
        WebUser supervisor = WebUser.demo(port, "supervisor");
        String subject = "窗口要求重复提交材料 " + UUID.randomUUID().toString().substring(0, 6);
        var filed = supervisor.postForm("/cockpit/supervision/observations", Map.of("kind", "CONDUCT",
                "departmentId", String.valueOf(urumqiMarket().id().value()),
                "subject", subject, "detail", "窗口人员要求企业重复提交已在系统中的营业执照复印件"));
        assertThat(filed.body()).contains("已提交").contains(subject).contains("待整改");
        long id = jdbc.sql("SELECT r.id FROM cockpit_rectification r JOIN cockpit_observation o ON r.origin = 'OBSERVATION' AND r.origin_id = o.id WHERE o.subject = :s")
                .param("s", subject).query(Long.class).single();

        WebUser handler = WebUser.demo(port, "scj.handler");
        assertThat(handler.get("/workbench/rectifications").body()).contains(subject);
        assertThat(handler.postForm("/workbench/rectifications/" + id + "/response", Map.of("response", "已告知窗口通过共享获取执照信息")).body())
                .contains("已提交整改情况");
        assertThat(supervisor.get("/cockpit/supervision").body()).contains("已整改待回访");
        assertThat(supervisor.postForm("/cockpit/rectifications/" + id + "/revisit", Map.of("satisfied", "true", "note", "复访企业满意")).body())
                .contains("已办结");
        assertThat(WebUser.demo(port, "rsj.handler").get("/workbench/rectifications/" + id).status()).isEqualTo(403);
    }

    @Test
    @DisplayName("000 §8: an enterprise's problem a supervisor reports becomes an appeal; the supervisor follows it to the department's reply")
    void observationBecomesAppeal() {
        WebUser supervisor = WebUser.demo(port, "supervisor");
        String subject = "企业开办被要求提供清单外证明 " + UUID.randomUUID().toString().substring(0, 6);
        String dept = String.valueOf(urumqiMarket().id().value());
        var missingPhone = supervisor.postForm("/cockpit/supervision/observations", Map.of("kind", "ENTERPRISE_PROBLEM",
                "departmentId", dept, "subject", subject, "detail", "企业反映办理营业执照时被要求提供清单外的无犯罪证明"));
        assertThat(missingPhone.body()).contains("须留联系电话");
        assertThat(jdbc.sql("SELECT count(*) FROM cockpit_observation WHERE subject = :s").param("s", subject).query(Long.class).single())
                .isZero();

        var filed = supervisor.postForm("/cockpit/supervision/observations", Map.of("kind", "ENTERPRISE_PROBLEM",
                "departmentId", dept, "subject", subject, "detail", "企业反映办理营业执照时被要求提供清单外的无犯罪证明", "phone", "13999887766"));
        assertThat(filed.body()).contains("已提交，转为诉求").contains(subject).contains("待受理");
        String tracking = jdbc.sql("SELECT outcome_ref FROM cockpit_observation WHERE subject = :s AND outcome_kind = 'APPEAL'")
                .param("s", subject).query(String.class).single();
        long appeal = jdbc.sql("SELECT id FROM appeal WHERE tracking_number = :t AND channel = 'SUPERVISOR' AND appeal_type = 'COMPLAINT'")
                .param("t", tracking).query(Long.class).single();
        assertThat(jdbc.sql("SELECT count(*) FROM cockpit_rectification r JOIN cockpit_observation o ON r.origin = 'OBSERVATION' AND r.origin_id = o.id WHERE o.subject = :s")
                .param("s", subject).query(Long.class).single()).isZero();

        WebUser office = WebUser.demo(port, "office");
        office.postForm("/workbench/appeals/" + appeal + "/act", Map.of("action", "ACCEPT"));
        assertThat(office.postForm("/workbench/appeals/" + appeal + "/act", Map.of("action", "DISPATCH", "leadDepartment", dept)).body())
                .contains("已派单");
        String reply = "经核实，窗口已停止索要无犯罪证明，并对经办人进行了批评教育";
        WebUser.demo(port, "scj.handler").postForm("/workbench/appeals/" + appeal + "/act", Map.of("action", "REPLY", "reply", reply));
        String desk = supervisor.get("/cockpit/supervision").body();
        assertThat(desk).contains(tracking).contains("已答复待评价").contains(reply);
    }

    @Test
    @DisplayName("国办发〔2019〕51号: a 差评 of a service window opens a rectification due in 10 working days; a good rating opens none")
    void poorRatingStartsRectification() {
        WebUser supervisor = WebUser.demo(port, "supervisor");
        String place = "天山区政务服务中心 " + UUID.randomUUID().toString().substring(0, 6);
        String dept = String.valueOf(urumqiMarket().id().value());
        assertThat(supervisor.postForm("/cockpit/supervision/ratings", Map.of("departmentId", dept, "region", "650102", "place", place,
                "windowName", "3号窗口", "level", "2", "comment", "")).body()).contains("差评须写明不满意的原因");
        assertThat(supervisor.postForm("/cockpit/supervision/ratings", Map.of("departmentId", dept, "region", "650102", "place", place,
                "windowName", "3号窗口", "level", "2", "comment", "等候一小时无人接待")).body()).contains("已提交差评");
        assertThat(supervisor.postForm("/cockpit/supervision/ratings", Map.of("departmentId", dept, "region", "650102", "place", place,
                "windowName", "5号窗口", "level", "5", "comment", "")).body()).contains("已提交评价");
        var items = jdbc.sql("""
                        SELECT x.deadline FROM cockpit_rectification x JOIN cockpit_service_rating r ON x.origin = 'RATING' AND x.origin_id = r.id
                        WHERE r.place = :p""").param("p", place).query(LocalDate.class).list();
        assertThat(items).hasSize(1);
        LocalDate today = LocalDate.now(clock);
        assertThat(items.getFirst()).isEqualTo(calendars.deadline(RegionCode.of("650102"), today, TimeLimit.workingDays(10)));
    }

    @Test
    @DisplayName("001 §52: the office appoints supervisors for a term; someone out of term cannot file")
    void register() {
        WebUser office = WebUser.demo(port, "office");
        var appointed = office.postForm("/cockpit/supervisors", Map.of("name", "李监督", "affiliation", "克拉玛依市工商联",
                "region", "650200", "termStart", "2026-01-01", "termEnd", "2025-12-31"));
        assertThat(appointed.body()).contains("聘任结束日期不能早于开始日期");
        appointed = office.postForm("/cockpit/supervisors", Map.of("name", "李监督", "affiliation", "克拉玛依市工商联",
                "region", "650200", "termStart", "2026-01-01", "termEnd", "2028-12-31", "username", "office"));
        assertThat(appointed.body()).contains("该账号不是监督员角色");
        appointed = office.postForm("/cockpit/supervisors", Map.of("name", "李监督", "affiliation", "克拉玛依市工商联",
                "region", "650200", "termStart", "2026-01-01", "termEnd", "2028-12-31"));
        assertThat(appointed.body()).contains("已聘任监督员：李监督").contains("营商环境监督员 赵敏".replace("营商环境监督员 ", ""));
        assertThat(WebUser.demo(port, "supervisor").get("/cockpit/supervisors").status()).isEqualTo(403);
    }
}
