package cn.yingshang.credit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Accounts;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class CommitmentModerationTest {

    static final String SCJ = "650100-MARKET_REGULATION";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    /** The reviewer's form on the department's queue for the commitment with this matter, posted with {@code fields}. */
    static WebUser.Response review(WebUser reviewer, String matter, Map<String, String> fields) {
        String queue = reviewer.get("/workbench/credit/commitments").body();
        int at = queue.indexOf(matter);
        assertThat(at).as("the commitment waits in the department's queue").isPositive();
        String action = queue.substring(at).replaceAll("(?s)^.*?action=\"(/workbench/credit/commitments/\\d+/review)\".*$", "$1");
        return reviewer.postForm(action, fields);
    }

    WebUser.Response commit(WebUser enterprise, String matter, String content) {
        return enterprise.postForm("/enterprise/credit/commitments", Map.of("kind", "TOLERANCE_ACCEPTANCE", "matter", matter,
                "content", content, "departmentCode", SCJ));
    }

    @Test
    @DisplayName("004 #50: a commitment is published only after the receiving department approves it; a rejected one shows its reason to the enterprise only")
    void publishedOnlyWhenApproved() {
        WebUser enterprise = WebUser.demo(port, "enterprise2");
        String code = accounts.byUsername("enterprise2").orElseThrow().creditCode();
        String kept = "待审承诺" + UUID.randomUUID().toString().substring(0, 6);
        String refused = "不当承诺" + UUID.randomUUID().toString().substring(0, 6);
        commit(enterprise, kept, "承诺10个工作日内补齐材料");
        commit(enterprise, refused, "本企业是全疆最好的企业，欢迎来电 13900000000");
        WebUser anyone = WebUser.anonymous(port);
        assertThat(anyone.get("/public/credit/commitments").body()).doesNotContain(kept, refused);
        assertThat(anyone.get("/public/credit/" + code).body()).doesNotContain(kept, refused);
        assertThat(enterprise.get("/enterprise/credit").body()).contains(kept, "待受理部门审核");

        // another department cannot review it: it is not in its queue, and posting directly is refused
        long id = jdbc.sql("SELECT id FROM credit_commitment WHERE matter = :m").param("m", kept).query(Long.class).single();
        WebUser rsj = WebUser.demo(port, "rsj.handler");
        assertThat(rsj.get("/workbench/credit/commitments").body()).doesNotContain(kept);
        rsj.postForm("/workbench/credit/commitments/" + id + "/review", Map.of("decision", "APPROVE"));
        assertThat(jdbc.sql("SELECT status FROM credit_commitment WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("PENDING");

        WebUser scj = WebUser.demo(port, "scj.handler");
        assertThat(review(scj, refused, Map.of("decision", "REJECT", "reason", "")).body()).contains("不予公示须写明理由");
        review(scj, refused, Map.of("decision", "REJECT", "reason", "内容与承诺事项无关"));
        review(scj, kept, Map.of("decision", "APPROVE"));
        // a second approval changes nothing
        assertThat(scj.postForm("/workbench/credit/commitments/" + id + "/review", Map.of("decision", "APPROVE")).body())
                .contains("该承诺已审核");

        assertThat(anyone.get("/public/credit/commitments").body()).contains(kept).doesNotContain(refused);
        assertThat(anyone.get("/public/credit/" + code).body()).contains(kept).doesNotContain(refused);
        assertThat(enterprise.get("/enterprise/credit").body()).contains("已公示", "已退回", "退回理由：内容与承诺事项无关");
    }

    @Test
    @DisplayName("004 #50: a commitment's matter and content have length limits")
    void lengthLimits() {
        WebUser enterprise = WebUser.demo(port, "enterprise2");
        String matter = "超长承诺" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(commit(enterprise, matter, "长".repeat(1001)).body()).contains("承诺内容不能超过1000字");
        assertThat(commit(enterprise, "事".repeat(101), "承诺按期补齐材料").body()).contains("承诺事项不能超过100字");
        assertThat(jdbc.sql("SELECT count(*) FROM credit_commitment WHERE matter = :m").param("m", matter).query(Long.class).single())
                .isZero();
    }
}
