package cn.yingshang.services.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** 000 §19: a 容缺 case is withdrawn when its supply day passes without the materials, and only then. */
@PlatformTest
class DeficiencyLapsesTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DeficiencyLapses lapses;
    @Autowired
    Clock clock;

    long acceptedWithDeficiency() {
        long guide = jdbc.sql("SELECT id FROM svc_implementation WHERE item_code = 'SVC-GA-001' AND level = 'CITY'")
                .query(Long.class).single();
        WebUser.Response r = WebUser.demo(port, "enterprise1").postJson("/api/v1/service-cases",
                "{\"guideId\":" + guide + ",\"requestKey\":\"" + UUID.randomUUID() + "\"}");
        long id = JSON.readTree(r.body()).get("id").asLong();
        WebUser.Response accepted = WebUser.demo(port, "gaj.handler").postJson("/api/v1/service-cases/" + id
                + "/acceptance-with-deficiency", "{\"missing\":[\"经办人授权委托书\"]}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        return id;
    }

    String status(long id) {
        return jdbc.sql("SELECT status FROM svc_case WHERE id = :id").param("id", id).query(String.class).single();
    }

    void supplyBy(long id, LocalDate day) {
        jdbc.sql("UPDATE svc_case_deficiency SET supply_by = :d WHERE case_id = :id").param("d", day).param("id", id).update();
    }

    WebUser.Response supply(long id) {
        return WebUser.demo(port, "enterprise1").sendWithCsrf(new cn.yingshang.support.Multipart()
                .file("deficiency-file-0", "委托书.png", cn.yingshang.support.Multipart.PNG)
                .post(port, "/api/v1/service-cases/" + id + "/deficiency-supplied"));
    }

    @Test
    @DisplayName("the supply day itself is in time; the day after, unsupplied cases are withdrawn and supplied ones stay")
    void withdrawsOnlyLapsedUnsuppliedCases() {
        LocalDate today = LocalDate.now(clock);
        long lastDay = acceptedWithDeficiency();
        supplyBy(lastDay, today);
        long lapsed = acceptedWithDeficiency();
        supplyBy(lapsed, today.minusDays(1));
        long supplied = acceptedWithDeficiency();
        assertThat(supply(supplied).status()).isEqualTo(200);
        supplyBy(supplied, today.minusDays(1));

        assertThat(lapses.withdrawLapsed()).contains(lapsed).doesNotContain(lastDay, supplied);
        assertThat(status(lapsed)).isEqualTo("WITHDRAWN");
        assertThat(status(lastDay)).isEqualTo("ACCEPTED");
        assertThat(status(supplied)).isEqualTo("ACCEPTED");
        // too late to supply after the day has passed
        long late = acceptedWithDeficiency();
        supplyBy(late, today.minusDays(1));
        assertThat(supply(late).status()).isEqualTo(422);
    }
}
