package cn.yingshang.credit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The credit commitment review on the API, with the page's rules: only the receiving department, once. */
@PlatformTest
class CreditApiActionsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("004 #50: a commitment is approved by API only by its receiving department, a rejection needs a reason, a second review is refused")
    void commitmentReview() {
        WebUser enterprise = WebUser.demo(port, "enterprise2");
        String matter = "接口审核承诺" + UUID.randomUUID().toString().substring(0, 6);
        enterprise.postForm("/enterprise/credit/commitments", Map.of("kind", "TOLERANCE_ACCEPTANCE", "matter", matter,
                "content", "承诺10个工作日内补齐材料", "departmentCode", CommitmentModerationTest.SCJ));
        long id = jdbc.sql("SELECT id FROM credit_commitment WHERE matter = :m").param("m", matter).query(Long.class).single();

        assertThat(WebUser.demo(port, "rsj.handler").postJson("/api/v1/credit/commitments/" + id + "/review",
                "{\"decision\":\"APPROVE\"}").status()).isEqualTo(403);
        WebUser scj = WebUser.demo(port, "scj.handler");
        assertThat(scj.postJson("/api/v1/credit/commitments/" + id + "/review", "{\"decision\":\"REJECT\",\"reason\":\"\"}").status())
                .isEqualTo(422);
        WebUser.Response approved = scj.postJson("/api/v1/credit/commitments/" + id + "/review", "{\"decision\":\"APPROVE\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.body()).contains("\"status\":\"APPROVED\"");
        assertThat(scj.postJson("/api/v1/credit/commitments/" + id + "/review", "{\"decision\":\"APPROVE\"}").status())
                .isEqualTo(422);
        assertThat(WebUser.anonymous(port).get("/public/credit/commitments").body()).contains(matter);
    }
}
