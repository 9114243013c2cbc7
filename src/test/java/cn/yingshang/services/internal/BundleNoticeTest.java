package cn.yingshang.services.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PlatformTest
class BundleNoticeTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    OpeningBundleParts opening;

    @Autowired
    Bundles bundles;

    @Test
    @DisplayName("000 §30: the 简易注销 deregistration and seal parts open as cases only when the 20-day notice has ended")
    void partsAfterNoticeOpenWhenItEnds() {
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        WebUser.Response r = enterprise.postJson("/api/v1/service-bundles", "{\"bundleCode\":\"SIMPLE_DEREGISTRATION\","
                + "\"identityName\":\"张明\",\"idNumber\":\"11010519491231002X\",\"requestKey\":\"" + UUID.randomUUID() + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long id = JSON.readTree(r.body()).get("id").asLong();
        LocalDate applied = LocalDate.parse(JSON.readTree(r.body()).get("appliedOn").asText());

        opening.openAfterNotice(applied.plusDays(19));
        assertThat(bundles.find(id).orElseThrow().status()).isEqualTo(Bundle.BundleStatus.NOTICE);

        opening.openAfterNotice(applied.plusDays(20));
        Bundle b = bundles.find(id).orElseThrow();
        assertThat(b.status()).isEqualTo(Bundle.BundleStatus.IN_PROGRESS);
        assertThat(b.parts()).allSatisfy(p -> {
            assertThat(p.status()).isEqualTo(Bundle.PartStatus.OPEN);
            assertThat(p.caseId()).isNotNull();
        });
        // The cases are the enterprise's, in the market regulator's and public security's queues.
        JsonNode shown = JSON.readTree(enterprise.getJson("/api/v1/service-bundles/" + id).body());
        assertThat(shown.get("parts").toString()).contains("乌鲁木齐市市场监督管理局").contains("乌鲁木齐市公安局");
        // Running again changes nothing.
        opening.openAfterNotice(applied.plusDays(21));
        assertThat(bundles.parts(id)).extracting(Bundle.Part::caseId).containsExactlyElementsOf(
                b.parts().stream().map(Bundle.Part::caseId).toList());
    }
}
