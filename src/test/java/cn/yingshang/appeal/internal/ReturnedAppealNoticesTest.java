package cn.yingshang.appeal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Accounts;
import cn.yingshang.support.ApiCaller;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Found by the crawler: a department whose return was approved kept notices linking to an appeal it may no longer open (403). */
@PlatformTest
class ReturnedAppealNoticesTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("After an approved return the department's notices about the appeal no longer link to it, and its landing page offers no 403 link")
    void returnedAppealNoticesStopLinking() {
        ApiCaller enterprise = ApiCaller.demo(port, "enterprise1");
        ApiCaller office = ApiCaller.demo(port, "office");
        ApiCaller hr = ApiCaller.demo(port, "rsj.handler");
        long hrDepartment = accounts.byUsername("rsj.handler").orElseThrow().departmentId().value();
        WebUser.Response created = enterprise.post("/api/v1/appeals", """
                {"type":"HELP","category":"FINANCING","title":"退回测试%s","content":"营业执照变更迟迟未办结","phone":"13800001111"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8)), UUID.randomUUID().toString());
        long id = json.readTree(created.body()).path("id").asLong();
        office.post("/api/v1/appeals/" + id + "/acceptance", "");
        assertThat(office.post("/api/v1/appeals/" + id + "/dispatch", "{\"leadDepartment\":" + hrDepartment + "}").status()).isEqualTo(200);
        String link = "/workbench/appeals/" + id;
        assertThat(links(hrDepartment, link)).isNotEmpty();

        assertThat(hr.post("/api/v1/appeals/" + id + "/return-request", "{\"reason\":\"不属于人社部门职责\"}").status()).isEqualTo(200);
        assertThat(office.post("/api/v1/appeals/" + id + "/return-decision", "{\"approve\":true}").status()).isEqualTo(200);

        assertThat(links(hrDepartment, link)).as("the department's notices about the appeal").isEmpty();
        WebUser handler = WebUser.demo(port, "rsj.handler");
        assertThat(handler.get(link).status()).isEqualTo(403);
        assertThat(handler.get("/workbench").body()).doesNotContain("href=\"" + link + "\"");
        assertThat(handler.get("/notifications").body()).doesNotContain("href=\"" + link + "\"").contains("退回");
    }

    List<String> links(long department, String link) {
        return jdbc.sql("SELECT link FROM platform_notification WHERE recipient_type = 'DEPARTMENT' AND recipient_key = :d AND link = :l")
                .param("d", String.valueOf(department)).param("l", link).query(String.class).list();
    }
}
