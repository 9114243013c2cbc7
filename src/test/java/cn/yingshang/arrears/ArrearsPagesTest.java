package cn.yingshang.arrears;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class ArrearsPagesTest {

    @LocalServerPort
    int port;
    final JdbcClient jdbc;

    @Autowired
    ArrearsPagesTest(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Test
    @DisplayName("every arrears page renders for the roles that use it, and the menus lead there")
    void pagesRender() {
        WebUser office = WebUser.demo(port, "office");
        for (String path : new String[]{"/workbench/arrears", "/workbench/arrears/new", "/workbench/arrears/payers",
                "/workbench/arrears/figures", "/workbench/arrears/publicity", "/workbench/arrears?status=CONFIRMED"}) {
            WebUser.Response page = office.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).doesNotContain("??arrears");
        }
        long anyClaim = jdbc.sql("SELECT max(id) FROM arrears_claim WHERE status = 'CONFIRMED'").query(Long.class).single();
        assertThat(office.get("/workbench/arrears/" + anyClaim).body()).contains("登记还款").contains("催办");
        assertThat(office.get("/workbench").body()).contains("拖欠账款台账").contains("清欠统计");

        WebUser enterprise = WebUser.demo(port, "enterprise1");
        assertThat(enterprise.get("/enterprise").body()).contains("/enterprise/arrears");
        assertThat(enterprise.get("/enterprise/arrears").status()).isEqualTo(200);
        assertThat(enterprise.get("/enterprise/arrears/new").body()).contains("付款方是否有以下做法");
        assertThat(enterprise.get("/workbench/arrears").status()).isEqualTo(403);

        assertThat(WebUser.demo(port, "supervisor").get("/workbench/arrears/figures").status()).isEqualTo(200);
        assertThat(WebUser.demo(port, "scj.handler").get("/workbench/arrears/publicity").status()).isEqualTo(403);
        assertThat(WebUser.anonymous(port).get("/public/arrears").body()).contains("拖欠中小企业账款公开");
    }
}
