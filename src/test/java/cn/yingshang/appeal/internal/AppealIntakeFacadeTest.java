package cn.yingshang.appeal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yingshang.appeal.AppealIntake;
import cn.yingshang.platform.Accounts;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class AppealIntakeFacadeTest {

    @LocalServerPort
    int port;

    final AppealIntake intake;
    final Accounts accounts;
    final JdbcClient jdbc;

    @Autowired
    AppealIntakeFacadeTest(AppealIntake intake, Accounts accounts, JdbcClient jdbc) {
        this.intake = intake;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @Test
    @DisplayName("000 §8: a supervisor's observation raised through AppealIntake reaches the office queue labelled with its channel, and progress() follows it through dispatch")
    void supervisorAppealReachesOfficeQueue() {
        String title = "监督员反映窗口多头跑" + UUID.randomUUID().toString().substring(0, 6);
        long supervisor = accounts.byUsername("supervisor").orElseThrow().id();
        AppealIntake.Receipt r = intake.submit(new AppealIntake.NewAppeal(AppealIntake.Source.SUPERVISOR, "SUGGESTION", "GOV_SERVICES",
                title, "企业办理变更登记需往返三个窗口，建议一窗受理。", "营商环境监督员甲", "13900001111", null,
                RegionCode.of("650102"), supervisor), "营商环境监督员");
        assertThat(r.trackingNumber()).startsWith("SQ");

        AppealIntake.Progress submitted = intake.progress(r.trackingNumber()).orElseThrow();
        assertThat(submitted.status()).isEqualTo("SUBMITTED");
        assertThat(submitted.statusLabel()).isEqualTo("待受理");

        WebUser office = WebUser.demo(port, "office");
        String queue = office.get("/workbench/appeals?status=SUBMITTED").body();
        int row = queue.indexOf(r.trackingNumber());
        assertThat(row).as("the appeal is in the office queue").isPositive();
        String tr = queue.substring(queue.lastIndexOf("<tr", row), queue.indexOf("</tr>", row));
        assertThat(tr).contains(title, "营商环境监督员");
        assertThat(office.get("/workbench/appeals/" + r.id()).body()).contains("营商环境监督员");

        long scj = accounts.byUsername("scj.handler").orElseThrow().departmentId().value();
        assertThat(office.postForm("/workbench/appeals/" + r.id() + "/act",
                Map.of("action", "DISPATCH", "leadDepartment", String.valueOf(scj))).body()).contains("已派单");
        AppealIntake.Progress dispatched = intake.progress(r.trackingNumber()).orElseThrow();
        assertThat(dispatched.status()).isEqualTo("DISPATCHED");
        assertThat(dispatched.dueOn()).isAfter(java.time.LocalDate.now().minusDays(1));
        assertThat(dispatched.link()).isEqualTo("/workbench/appeals/" + r.id());
        assertThat(intake.progress("SQ0000000000000")).isEmpty();
    }

    @Test
    @DisplayName("an invalid appeal through AppealIntake is refused with a Chinese message and stores nothing")
    void invalidStoresNothing() {
        String title = "无电话的监督意见" + UUID.randomUUID().toString().substring(0, 6);
        assertThatThrownBy(() -> intake.submit(new AppealIntake.NewAppeal(AppealIntake.Source.POLICY_OBJECTION, "COMPLAINT", "FEES",
                title, "公示名单有误，请核实。", "异议人", "", null, RegionCode.of("650102"), null), "政策公示异议"))
                .isInstanceOf(DomainViolation.class).hasMessageContaining("联系电话");
        assertThat(jdbc.sql("SELECT count(*) FROM appeal WHERE title = :t").param("t", title).query(Long.class).single()).isZero();
    }
}
