package cn.yingshang.policy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.Race;
import cn.yingshang.support.WebUser;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 19: a double click on "apply" makes one application; even two different forms cannot make two open ones. */
@PlatformTest
class PolicyApplicationOnceTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MarketEntities entities;

    @Test
    @DisplayName("one application per enterprise and policy while open — a double click and a second form both give one")
    void oneApplication() {
        WebUser office = WebUser.demo(port, "office");
        MarketEntity e1 = PolicyFixtures.demoEnterprise(jdbc, entities, "enterprise1");
        Map<String, String> form = PolicyFixtures.form("双击申报 " + UUID.randomUUID().toString().substring(0, 8), "APPLICATION",
                "region", "eq", e1.region().code(), "industry", "eq", e1.industry().code());
        form.put("action", "publish");
        long id = PolicyFixtures.idFrom(office.postForm("/workbench/policies", form).uri().toString());

        WebUser enterprise = WebUser.demo(port, "enterprise1");
        Matcher m = Pattern.compile("name=\"_submission\" value=\"([0-9a-f]{32})\"").matcher(enterprise.get("/enterprise/policies/" + id).body());
        assertThat(m.find()).isTrue();
        Map<String, String> apply = Map.of("statement", "2026年申报", "_submission", m.group(1));
        List<WebUser.Response> answers = Race.run(
                () -> enterprise.postMultipart("/enterprise/policies/" + id + "/applications", null, null, null, apply),
                () -> enterprise.postMultipart("/enterprise/policies/" + id + "/applications", null, null, null, apply));
        assertThat(answers).extracting(WebUser.Response::status).containsOnly(200);
        assertThat(count(id)).isEqualTo(1);

        // another rendering of the form (a second tab): refused with a message, not a second application or a 500
        List<WebUser.Response> secondTabs = Race.run(
                () -> enterprise.postMultipart("/enterprise/policies/" + id + "/applications", null, null, null, Map.of("statement", "再次")),
                () -> enterprise.postMultipart("/enterprise/policies/" + id + "/applications", null, null, null, Map.of("statement", "再次")));
        assertThat(secondTabs).extracting(WebUser.Response::status).allMatch(s -> s < 500);
        assertThat(secondTabs).allSatisfy(r -> assertThat(r.body()).containsAnyOf("已申请该政策", "已存在"));
        assertThat(count(id)).isEqualTo(1);
    }

    long count(long policy) {
        return jdbc.sql("SELECT count(*) FROM policy_application WHERE policy_id = :p").param("p", policy).query(Long.class).single();
    }
}
