package cn.yingshang.policy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class PolicyRulesApiTest {

    @LocalServerPort
    int port;

    @Test
    @DisplayName("explain API (public): each condition with its path, result, the entity's value and the threshold; unknown is null")
    void explainsRule() {
        WebUser anyone = WebUser.anonymous(port);
        WebUser.Response r = anyone.postJson("/api/v1/policy-rules/evaluations", """
                {"rule":{"all":[{"attr":"region","op":"prefix","value":"6501"},
                                {"attr":"ageYears","op":"gte","value":3},
                                {"attr":"headcount","op":"between","value":[10,300]}]},
                 "entity":{"region":"650102","established":"2023-07-01","industry":"I6513"},
                 "asOf":"2026-07-01"}""");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("\"eligible\":null")
                .contains("{\"path\":\"$.all[0]\",\"attr\":\"region\",\"op\":\"prefix\",\"result\":true,\"actual\":\"650102\",\"expected\":\"6501\"}")
                .contains("{\"path\":\"$.all[1]\",\"attr\":\"ageYears\",\"op\":\"gte\",\"result\":true,\"actual\":3,\"expected\":3}")
                .contains("{\"path\":\"$.all[2]\",\"attr\":\"headcount\",\"op\":\"between\",\"result\":null,\"actual\":null,\"expected\":[10,300]}");

        WebUser.Response dayBefore = anyone.postJson("/api/v1/policy-rules/evaluations", """
                {"rule":{"attr":"ageYears","op":"gte","value":3},"entity":{"established":"2023-07-01"},"asOf":"2026-06-30"}""");
        assertThat(dayBefore.body()).contains("\"eligible\":false");
    }

    @Test
    @DisplayName("003 §11: the explain API refuses a rule on ownership, naming the node; invalid rules get 422")
    void refusesOwnership() {
        WebUser anyone = WebUser.anonymous(port);
        WebUser.Response r = anyone.postJson("/api/v1/policy-rules/evaluations", """
                {"rule":{"all":[{"attr":"size","op":"eq","value":"SMALL"},{"attr":"ownership","op":"eq","value":"PRIVATE"}]},
                 "entity":{"ownership":"PRIVATE"},"asOf":"2026-01-01"}""");
        assertThat(r.status()).isEqualTo(422);
        // the article is cited as people read it (issue 18), not in the project's internal form
        assertThat(r.body()).contains("$.all[1]").contains("《自治区促进民营经济发展办法》第十一条").doesNotContain("003 §11");

        WebUser.Response empty = anyone.postJson("/api/v1/policy-rules/evaluations",
                "{\"rule\":{\"any\":[]},\"entity\":{},\"asOf\":\"2026-01-01\"}");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.body()).contains("规则节点 $");
    }
}
