package cn.yingshang.services;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class ServiceGuidesHttpTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("002 #7: the public API finds 刻章备案 with its department, region, statutory and promised limits")
    void publicApiAnswersMatchingGuides() {
        WebUser.Response r = WebUser.anonymous(port).getJson("/api/v1/public/service-items?q=" + q("刻章备案"));
        assertThat(r.status()).isEqualTo(200);
        JsonNode items = JSON.readTree(r.body());
        assertThat(items.size()).isEqualTo(2);
        JsonNode city = null;
        for (JsonNode i : items) {
            assertThat(i.get("code").asText()).isEqualTo("SVC-GA-001");
            if (i.get("region").asText().equals("650100")) {
                city = i;
            }
        }
        assertThat(city).isNotNull();
        assertThat(city.get("name").asText()).isEqualTo("刻章备案");
        assertThat(city.get("department").asText()).isEqualTo("乌鲁木齐市公安局");
        assertThat(city.get("statutoryLimit").get("days").asInt()).isEqualTo(5);
        assertThat(city.get("promisedLimit").get("days").asInt()).isEqualTo(1);
        assertThat(city.get("promisedLimit").get("count").asText()).isEqualTo("WORKING");
        assertThat(city.get("compressionPercent").asInt()).isEqualTo(80);

        JsonNode none = JSON.readTree(
                WebUser.anonymous(port).getJson("/api/v1/public/service-items?q=" + q("没有这种事项")).body());
        assertThat(none.size()).isZero();
    }

    @Test
    @DisplayName("001 §28, 004 #18: the consistency report finds the city and county 刻章备案 citing different bases")
    void consistencyReportFindsCityCountyDisagreement() {
        String body = WebUser.anonymous(port).get("/public/services/consistency").body();
        assertThat(body).contains("id=\"disagreements\"").contains("SVC-GA-001").contains("设定依据")
                .contains("《印铸刻字业暨印章治安管理办法》").contains("《乌鲁木齐县印章管理规定》")
                .contains("乌鲁木齐市公安局").contains("乌鲁木齐县公安局");
        // Name and type agree, so only the basis is reported for this item.
        assertThat(body.split("SVC-GA-001", -1).length - 1).isEqualTo(2);
    }

    @Test
    @DisplayName("001 §34, 000 §29: a guide marks shared materials as never asked, 容缺 materials, and links each fee to the fee catalogue")
    void guideShowsMaterialsFlagsAndCatalogueFees() {
        WebUser anonymous = WebUser.anonymous(port);
        JsonNode items = JSON.readTree(anonymous.getJson("/api/v1/public/service-items?q=" + q("刻章备案 市公安局")).body());
        assertThat(items.size()).isEqualTo(1);
        String guide = anonymous.get(items.get(0).get("guide").asText()).body();
        assertThat(guide).contains("免提交（电子证照：营业执照）").contains("免提交（数据共享：人口库）")
                .contains("经办人授权委托书").contains("承诺时限").contains("80%");

        JsonNode id = JSON.readTree(anonymous.getJson("/api/v1/public/service-items?q=" + q("居民身份证")).body());
        String idGuide = anonymous.get(id.get(0).get("guide").asText()).body();
        assertThat(idGuide).contains("15个工作日").contains("收费目录清单 FEE-028");
        assertThat(anonymous.get(id.get(0).get("guide").asText() + "/print").body()).contains("window.print()").contains("FEE-028");
    }

    @Test
    @DisplayName("The public change list names the first version's items")
    void changeListIsPublic() {
        assertThat(WebUser.anonymous(port).get("/public/services/changes").body()).contains("SVC-GA-001").contains("新增");
    }
}
