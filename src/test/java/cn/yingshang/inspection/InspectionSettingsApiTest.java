package cn.yingshang.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.ApiCaller;
import cn.yingshang.support.PlatformTest;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The inspection settings and an enterprise's report of an unregistered visit, by API, with the pages' checks. */
@PlatformTest
class InspectionSettingsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("the draw ratios per credit class and the time limits are read and changed by API by the settings' keeper only; an invalid change keeps the old ones")
    void settingsByApi() {
        ApiCaller office = ApiCaller.demo(port, "office");
        var before = office.get("/api/v1/inspections/settings");
        assertThat(before.status()).isEqualTo(200);
        assertThat(ApiCaller.demo(port, "scj.handler").get("/api/v1/inspections/settings").status()).isEqualTo(403);
        assertThat(ApiCaller.demo(port, "enterprise1").post("/api/v1/inspections/settings", before.body()).status()).isEqualTo(403);
        var tooMany = office.post("/api/v1/inspections/settings", "{\"ratioA\":200,\"ratioB\":0.1,\"ratioC\":0.2,\"ratioD\":0.5,"
                + "\"exclusionDays\":90,\"publicationWorkingDays\":20}");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(office.get("/api/v1/inspections/settings").body()).isEqualTo(before.body());
        var same = office.post("/api/v1/inspections/settings", before.body());
        assertThat(same.status()).as(same.body()).isEqualTo(200);
        assertThat(same.body()).isEqualTo(before.body());
    }

    @Test
    @DisplayName("an enterprise reports by API a visit no task explains; the supervisors' flags list it; a department cannot report")
    void unregisteredVisitReported() {
        String certificate = "XJ" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var reported = ApiCaller.demo(port, "enterprise1").post("/api/v1/inspections/unregistered-visits",
                "{\"certificateNo\":\"" + certificate + "\",\"note\":\"两人自称执法人员到店检查\"}", UUID.randomUUID().toString());
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        String code = jdbc.sql("SELECT credit_code FROM platform_account WHERE username = 'enterprise1'").query(String.class).single();
        assertThat(jdbc.sql("SELECT count(*) FROM inspection_visit_flag WHERE certificate_no = :c AND credit_code = :e")
                .param("c", certificate).param("e", code).query(Long.class).single()).isEqualTo(1);
        assertThat(ApiCaller.demo(port, "scj.handler").post("/api/v1/inspections/unregistered-visits",
                "{\"certificateNo\":\"" + certificate + "\"}", UUID.randomUUID().toString()).status()).isEqualTo(403);
        assertThat(ApiCaller.demo(port, "enterprise1").post("/api/v1/inspections/unregistered-visits", "{\"certificateNo\":\"\"}",
                UUID.randomUUID().toString()).status()).isEqualTo(400);
    }
}
