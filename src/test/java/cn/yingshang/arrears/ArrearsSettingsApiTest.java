package cn.yingshang.arrears;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.ApiCaller;
import cn.yingshang.support.PlatformTest;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The arrears office's payer register, annual publicity and daily check by API, for the office only. */
@PlatformTest
class ArrearsSettingsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("a public payer is registered by API by the office; a bad type is refused; departments read the register but cannot add to it")
    void payerRegister() {
        ApiCaller office = ApiCaller.demo(port, "office");
        long department = jdbc.sql("SELECT department_id FROM platform_account WHERE username = 'scj.handler'").query(Long.class).single();
        String name = "乌鲁木齐市某局" + UUID.randomUUID().toString().substring(0, 5);
        String payer = "{\"name\":\"" + name + "\",\"type\":\"GOVERNMENT_ORGAN\",\"regionCode\":\"650100\",\"supervisingDepartmentId\":"
                + department + "}";
        assertThat(ApiCaller.demo(port, "scj.handler").post("/api/v1/arrears/payers", payer, UUID.randomUUID().toString()).status())
                .isEqualTo(403);
        var added = office.post("/api/v1/arrears/payers", payer, UUID.randomUUID().toString());
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.body()).contains(name).contains("\"type\":\"GOVERNMENT_ORGAN\"");
        var badType = office.post("/api/v1/arrears/payers", payer.replace("GOVERNMENT_ORGAN", "SHOP"), UUID.randomUUID().toString());
        assertThat(badType.status()).isEqualTo(422);
        assertThat(badType.contentType()).startsWith("application/problem+json");
        assertThat(ApiCaller.demo(port, "scj.handler").get("/api/v1/arrears/payers").body()).contains(name);
        assertThat(ApiCaller.demo(port, "enterprise1").get("/api/v1/arrears/payers").status()).isEqualTo(403);
    }

    @Test
    @DisplayName("the annual publicity is read and published by API by the office; the daily check runs on demand")
    void publicityAndWatch() {
        ApiCaller office = ApiCaller.demo(port, "office");
        var publicity = office.get("/api/v1/arrears/publicity/2025");
        assertThat(publicity.status()).as(publicity.body()).isEqualTo(200);
        assertThat(publicity.body()).contains("\"deadline\":\"2026-03-31\"");
        assertThat(ApiCaller.demo(port, "scj.handler").get("/api/v1/arrears/publicity/2025").status()).isEqualTo(403);
        assertThat(ApiCaller.demo(port, "scj.handler").post("/api/v1/arrears/watch-runs", "{}").status()).isEqualTo(403);
        var run = office.post("/api/v1/arrears/watch-runs", "{}");
        assertThat(run.status()).isEqualTo(200);
        assertThat(run.body()).contains("\"steps\":");
        assertThat(office.get("/api/v1/arrears/publicity/1999").status()).isEqualTo(400);
    }
}
