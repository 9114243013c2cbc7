package cn.yingshang.arrears;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Both modules running: the appeal module's event, after commit, becomes an arrears claim. */
@PlatformTest
class AppealToArrearsEndToEndTest {

    @LocalServerPort
    int port;

    private final JdbcClient jdbc;

    @Autowired
    AppealToArrearsEndToEndTest(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Test
    @DisplayName("004 #37: an enterprise's 拖欠账款 appeal, once the office accepts it, appears in the arrears ledger")
    void acceptedArrearsAppealBecomesAClaim() throws InterruptedException {
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        var submitted = enterprise.postJson("/api/v1/appeals", """
                {"type":"COMPLAINT","category":"ARREARS","title":"检测服务费被拖欠",
                 "content":"区某事业单位验收合格后半年仍未支付检测服务费5万元，多次催要无果。","phone":"13900000000"}""");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(submitted.body());
        assertThat(id.find()).isTrue();
        long appealId = Long.parseLong(id.group(1));

        WebUser office = WebUser.demo(port, "office");
        var accepted = office.postForm("/workbench/appeals/" + appealId + "/act", Map.of("action", "ACCEPT"));
        assertThat(accepted.status()).isEqualTo(200);

        long claims = org.awaitility.Awaitility.await("a claim for appeal " + appealId).atMost(java.time.Duration.ofSeconds(10))
                .until(() -> jdbc.sql("SELECT count(*) FROM arrears_claim WHERE source_appeal_id = :a").param("a", appealId)
                        .query(Long.class).single(), n -> n > 0);
        assertThat(claims).isEqualTo(1);
    }
}
