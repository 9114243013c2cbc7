package cn.yingshang.arrears;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Departments;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.Race;
import cn.yingshang.support.WebUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Issue 19: arrears state changes are status-guarded, so two officials acting at once cannot both succeed. */
@PlatformTest
class ArrearsRaceTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Departments departments;
    @Autowired
    JsonMapper json;
    @Autowired
    Clock clock;

    @Test
    @DisplayName("two officials confirming the same claim at once: exactly one succeeds, the other gets 409 problem+json")
    void twoConfirmationsAtOnce() {
        ArrearsFixtures fixtures = new ArrearsFixtures(port, jdbc, departments);
        WebUser office = WebUser.demo(port, "office");
        WebUser handler = WebUser.demo(port, "scj.handler");
        long payer = fixtures.payerId(fixtures.newPublicInstitution(office));
        String payee = fixtures.newEntity(office, 50, "2000", "1500");
        for (int round = 0; round < 3; round++) {
            WebUser.Response registered = office.postJson("/api/v1/arrears/claims", ArrearsFixtures.claimJson(payee, payer,
                    "30000", "0", LocalDate.now(clock).minusDays(5).toString()));
            assertThat(registered.status()).as(registered.body()).isEqualTo(201);
            long id = json.readTree(registered.body()).get("id").asLong();

            List<WebUser.Response> answers = Race.run(
                    () -> office.postJson("/api/v1/arrears/claims/" + id + "/confirmation", ""),
                    () -> handler.postJson("/api/v1/arrears/claims/" + id + "/confirmation", ""));

            assertThat(answers).extracting(WebUser.Response::status).as(answers.toString()).containsExactlyInAnyOrder(200, 409);
            WebUser.Response lost = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
            assertThat(lost.contentType()).contains("application/problem+json");
            assertThat(json.readTree(lost.body()).get("detail").asString()).containsPattern("\\p{IsHan}");
            assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE action = 'arrears.confirm' AND target_id = :id")
                    .param("id", Long.toString(id)).query(Long.class).single()).as("one confirmation recorded").isEqualTo(1);
        }
    }
}
