package cn.yingshang.services;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.WebUser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Cases opened through the public API, for tests that need some: a guide by item code, an application under a fresh key. */
public final class ServiceCasesForTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private ServiceCasesForTests() {
    }

    /** The first guide the public search finds for {@code itemCode}. */
    public static long guide(int port, String itemCode) {
        JsonNode items = JSON.readTree(WebUser.anonymous(port).getJson("/api/v1/public/service-items?q="
                + URLEncoder.encode(itemCode, StandardCharsets.UTF_8)).body());
        return items.get(0).get("id").asLong();
    }

    /** Applies for the guide under a new request key; returns the case id. */
    public static long apply(WebUser enterprise, long guide) {
        WebUser.Response r = enterprise.postJson("/api/v1/service-cases",
                "{\"guideId\":" + guide + ",\"requestKey\":\"" + UUID.randomUUID() + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).get("id").asLong();
    }
}
