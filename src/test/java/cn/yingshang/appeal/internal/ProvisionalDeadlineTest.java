package cn.yingshang.appeal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.appeal.AppealIntake;
import cn.yingshang.platform.Accounts;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class ProvisionalDeadlineTest {

    @LocalServerPort
    int port;
    final AppealIntake intake;
    final Accounts accounts;
    final JdbcClient jdbc;

    @Autowired
    ProvisionalDeadlineTest(AppealIntake intake, Accounts accounts, JdbcClient jdbc) {
        this.intake = intake;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @Test
    @DisplayName("《全国年节及纪念日放假办法》: an appeal due in a year whose holiday notice is not loaded shows its deadline as provisional")
    void appealDetailMarksAProvisionalDeadline() {
        AppealIntake.Receipt r = intake.submit(new AppealIntake.NewAppeal(AppealIntake.Source.SUPERVISOR, "SUGGESTION", "GOV_SERVICES",
                "期限暂定测试" + UUID.randomUUID().toString().substring(0, 6), "办理时限跨入尚未公布放假安排的年份。", "监督员乙",
                "13900002222", null, RegionCode.of("650102"), accounts.byUsername("supervisor").orElseThrow().id()), "营商环境监督员");
        WebUser office = WebUser.demo(port, "office");
        long scj = accounts.byUsername("scj.handler").orElseThrow().departmentId().value();
        office.postForm("/workbench/appeals/" + r.id() + "/act", Map.of("action", "DISPATCH", "leadDepartment", String.valueOf(scj)));
        // a due date in a year whose notice is loaded (2025 and 2026 ship with the platform) is final
        if (LocalDate.now().getYear() <= 2026) {
            jdbc.sql("UPDATE appeal SET due_on = :d, warn_on = :d WHERE id = :id").param("d", LocalDate.now()).param("id", r.id()).update();
            assertThat(office.get("/workbench/appeals/" + r.id()).body()).doesNotContain("id=\"deadline-provisional\"");
        }

        // 2100 has no notice: a due date there is provisional whatever today is
        jdbc.sql("UPDATE appeal SET due_on = DATE '2100-10-08', warn_on = DATE '2100-10-01' WHERE id = :id").param("id", r.id()).update();
        assertThat(office.get("/workbench/appeals/" + r.id()).body()).contains("id=\"deadline-provisional\"").contains("暂定");
    }
}
