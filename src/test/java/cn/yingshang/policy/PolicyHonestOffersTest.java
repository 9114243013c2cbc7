package cn.yingshang.policy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.EnterpriseSize;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 18: officials pick the enterprise size by its Chinese label; enterprises are offered "apply" only where they qualify. */
@PlatformTest
class PolicyHonestOffersTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MarketEntities entities;

    @Test
    @DisplayName("the rule builder offers sizes as 大型/中型/小型/微型 and stores the code; a size rule the enterprise fails shows the reason, not 立即申请")
    void sizeSelectAndNoApplyWhereNotQualified() {
        WebUser office = WebUser.demo(port, "office");
        String form = office.get("/workbench/policies/new").body();
        assertThat(form).containsPattern("<select name=\"g0\\.r0\\.size\"[^>]*>")
                .containsPattern("<option value=\"MICRO\"[^>]*>微型</option>")
                .containsPattern("<option value=\"LARGE\"[^>]*>大型</option>");

        MarketEntity e1 = PolicyFixtures.demoEnterprise(jdbc, entities, "enterprise1");
        assertThat(e1.size()).isNotNull();
        EnterpriseSize other = e1.size() == EnterpriseSize.LARGE ? EnterpriseSize.MICRO : EnterpriseSize.LARGE;
        long fits = publishWithSize(office, e1, e1.size());
        long fails = publishWithSize(office, e1, other);

        WebUser enterprise = WebUser.demo(port, "enterprise1");
        assertThat(enterprise.get("/enterprise/policies/" + fits).body()).contains("立即申请").doesNotContain("id=\"cannot-apply\"");
        String refused = enterprise.get("/enterprise/policies/" + fails).body();
        assertThat(refused).doesNotContain("立即申请").contains("id=\"cannot-apply\"", "✗ ")
                .contains(other.label()).doesNotContain(">" + other.name() + "<");
    }

    private long publishWithSize(WebUser office, MarketEntity e1, EnterpriseSize size) {
        Map<String, String> form = PolicyFixtures.form("规模条件 " + UUID.randomUUID().toString().substring(0, 8), "INSTANT_ON_APPLY",
                "region", "eq", e1.region().code(), "size", "eq", "");
        form.put("g0.r1.size", size.name());
        form.put("action", "publish");
        return PolicyFixtures.idFrom(office.postForm("/workbench/policies", form).uri().toString());
    }
}
