package cn.yingshang.legal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 002 #45: courts and procuratorates publish typical cases on 信息公开 and withdraw their own. */
@PlatformTest
class TypicalCaseHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    long publish(WebUser body, String title) {
        assertThat(body.postForm("/workbench/legal/typical-cases", Map.of("caseYear", String.valueOf(LocalDate.now().getYear()),
                "title", title, "caseNumber", "（2026）新01民初18号", "summary", "某机关拖欠中小企业工程款，法院依法判决支付并快立快审快执。",
                "significance", "依法保护民营企业合法权益。")).status()).isEqualTo(200);
        return jdbc.sql("SELECT id FROM legal_typical_case WHERE title = :t").param("t", title).query(Long.class).single();
    }

    @Test
    @DisplayName("002 #45: a court publishes a typical case, anyone finds it on 信息公开 (searched, paged), the court withdraws it with a reason and it is gone")
    void publishFindWithdraw() {
        String title = "拖欠工程款案" + UUID.randomUUID().toString().substring(0, 6);
        WebUser clerk = WebUser.demo(port, "court.clerk");
        long id = publish(clerk, title);
        WebUser anyone = WebUser.anonymous(port);
        assertThat(anyone.get("/public/legal/typical-cases?q=" + title).body()).contains(title, "乌鲁木齐市");
        assertThat(anyone.get("/public/legal/typical-cases?q=nothing-like-this").body()).doesNotContain(title).contains("暂无典型案例");
        assertThat(anyone.get("/public/legal/typical-cases?size=1&page=1&sort=publishedOn,desc").status()).isEqualTo(200);
        assertThat(anyone.get("/public/legal/typical-cases/" + id).body()).contains("典型意义", "依法保护民营企业合法权益");

        // another body cannot withdraw it; the procuratorate does not even see it among its own
        WebUser procurator = WebUser.demo(port, "procurator");
        assertThat(procurator.postForm("/workbench/legal/typical-cases/" + id + "/withdraw", Map.of("reason", "x")).status()).isEqualTo(404);
        assertThat(procurator.get("/workbench/legal/typical-cases").body()).doesNotContain(title);
        assertThat(WebUser.demo(port, "police.officer").get("/workbench/legal/typical-cases").status()).isEqualTo(403);
        assertThat(WebUser.demo(port, "scj.handler").postForm("/workbench/legal/typical-cases/" + id + "/withdraw",
                Map.of("reason", "x")).status()).isEqualTo(403);

        assertThat(clerk.postForm("/workbench/legal/typical-cases/" + id + "/withdraw", Map.of("reason", "")).body()).contains("请填写撤回理由");
        assertThat(clerk.postForm("/workbench/legal/typical-cases/" + id + "/withdraw", Map.of("reason", "当事人申请隐去")).body())
                .contains("典型案例已撤回");
        assertThat(anyone.get("/public/legal/typical-cases?q=" + title).body()).contains("暂无典型案例").doesNotContain(">" + title + "<");
        assertThat(anyone.get("/public/legal/typical-cases/" + id).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("Bad input is named field by field in Chinese")
    void badInput() {
        WebUser clerk = WebUser.demo(port, "court.clerk");
        assertThat(clerk.postForm("/workbench/legal/typical-cases", Map.of("caseYear", "1999", "title", "x", "summary", "x",
                "significance", "x")).body()).contains("请填写案例年度");
        assertThat(clerk.postForm("/workbench/legal/typical-cases", Map.of("caseYear", "2026", "title", "", "summary", "x",
                "significance", "x")).body()).contains("请填写案例标题");
    }
}
