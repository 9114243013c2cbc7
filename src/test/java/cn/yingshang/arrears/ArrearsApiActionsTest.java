package cn.yingshang.arrears;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Departments;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The arrears page actions on the API, with the page's rules: the supervising department, the right state. */
@PlatformTest
class ArrearsApiActionsTest {

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
    @DisplayName("国令802号 Art. 16: reject, plan and supervise by API only by the payer's supervising department and in the right state")
    void claimActions() {
        ArrearsFixtures fixtures = new ArrearsFixtures(port, jdbc, departments);
        WebUser office = WebUser.demo(port, "office");
        LocalDate today = LocalDate.now(clock);
        long payer = fixtures.payerId(fixtures.newPublicInstitution(office));
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        WebUser.Response registered = enterprise.postJson("/api/v1/arrears/claims",
                ArrearsFixtures.claimJson(null, payer, "80000", "0", today.minusDays(10).toString()));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        long id = json.readTree(registered.body()).get("id").asLong();
        WebUser scj = WebUser.demo(port, "scj.handler");

        assertThat(WebUser.demo(port, "rsj.handler").postJson("/api/v1/arrears/claims/" + id + "/rejection",
                "{\"reason\":\"不是本部门主管\"}").status()).isEqualTo(403);
        WebUser.Response blank = scj.postJson("/api/v1/arrears/claims/" + id + "/rejection", "{\"reason\":\"\"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        String plan = "{\"payBy\":\"" + today.plusDays(10) + "\",\"note\":\"分两期支付\"}";
        assertThat(scj.postJson("/api/v1/arrears/claims/" + id + "/repayment-plan", plan).status())
                .as("a plan needs a confirmed claim").isEqualTo(409);

        assertThat(scj.postJson("/api/v1/arrears/claims/" + id + "/confirmation", "{}").status()).isEqualTo(200);
        WebUser.Response planned = scj.postJson("/api/v1/arrears/claims/" + id + "/repayment-plan", plan);
        assertThat(planned.status()).as(planned.body()).isEqualTo(200);

        assertThat(scj.postJson("/api/v1/arrears/claims/" + id + "/supervision", "{\"kind\":\"ORDER\",\"note\":\"督办\"}").status())
                .as("only the office orders").isEqualTo(403);
        assertThat(office.postJson("/api/v1/arrears/claims/" + id + "/supervision", "{\"kind\":\"ORDER\",\"note\":\"请按计划清偿\"}")
                .status()).isEqualTo(200);
        assertThat(scj.postJson("/api/v1/arrears/claims/" + id + "/exposure", "{\"note\":\"曝光\"}").status()).isEqualTo(403);
    }

    @Test
    @DisplayName("the claim list pages with a cursor")
    void listPages() {
        WebUser office = WebUser.demo(port, "office");
        JsonNode first = json.readTree(office.getJson("/api/v1/arrears/claims?limit=1").body());
        assertThat(first.path("items").size()).isEqualTo(1);
        String next = first.path("next").asString();
        assertThat(next).isNotBlank();
        JsonNode second = json.readTree(office.getJson("/api/v1/arrears/claims?limit=1&after=" + next).body());
        assertThat(second.path("items").path(0).path("id").asLong()).isNotEqualTo(first.path("items").path(0).path("id").asLong());
    }
}
