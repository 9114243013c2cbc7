package cn.yingshang.legal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Role;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Figures by prefecture: the office reads every prefecture, a court only its own work. */
@PlatformTest
class PrefectureFiguresHttpTest {

    static final String PASSWORD = "Figures#2026-legal";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;

    long body(String code) {
        return jdbc.sql("SELECT id FROM platform_department WHERE code = :c").param("c", code).query(Long.class).single();
    }

    String kashgarClerk() {
        String username = "k" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new Accounts.NewAccount(username, PASSWORD, "喀什法院测试", Role.LEGAL_OFFICER, DepartmentId.of(body("653100-COURT")),
                null, null));
        return username;
    }

    void fileWith(long court) {
        assertThat(WebUser.demo(port, "enterprise1").postForm("/enterprise/legal", Map.of("courtId", String.valueOf(court), "caseType",
                "CONTRACT", "procedure", "SIMPLE", "opponent", "某公司", "claim", "请求支付货款", "amount", "80000",
                "materials", "起诉状")).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("The office's legal cockpit shows every prefecture's figures; a court reads only its own, and not the cockpit")
    void officeAllCourtOwn() {
        long kashgar = body("653100-COURT");
        fileWith(kashgar);
        fileWith(body("650100-COURT"));

        String cockpit = WebUser.demo(port, "office").get("/cockpit/legal").body();
        assertThat(cockpit).contains("各地州市兑现情况", "乌鲁木齐市", "喀什地区");
        assertThat(WebUser.demo(port, "supervisor").get("/cockpit/legal").body()).contains("喀什地区");

        WebUser urumqi = WebUser.demo(port, "court.clerk");
        assertThat(urumqi.get("/cockpit/legal").status()).isEqualTo(403);
        String own = urumqi.get("/workbench/legal/figures").body();
        assertThat(own).contains("各地州市兑现情况", "乌鲁木齐市").doesNotContain("喀什地区");
        long urumqiFiled = jdbc.sql("SELECT count(*) FROM legal_court_case WHERE court_id = :c").param("c", body("650100-COURT"))
                .query(Long.class).single();
        assertThat(own).contains("<td>" + urumqiFiled + "</td>");

        WebUser kashgarClerk = WebUser.signedIn(port, kashgarClerk(), PASSWORD);
        String theirs = kashgarClerk.get("/workbench/legal/figures").body();
        assertThat(theirs).contains("喀什地区").doesNotContain("乌鲁木齐市</td>");
        assertThat(WebUser.demo(port, "scj.handler").get("/workbench/legal/figures").status()).isEqualTo(403);
        assertThat(WebUser.demo(port, "enterprise1").get("/workbench/legal/figures").status()).isEqualTo(403);
    }
}
