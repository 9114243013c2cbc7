package cn.yingshang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API documentation is public in the demo profile (what the suite runs). Outside it, it needs a
 * login: RestoreDrillTest starts the platform without the demo profile and checks that.
 */
@PlatformTest
class ApiDocsAccessTest {

    @LocalServerPort
    int port;

    @Test
    @DisplayName("in the demo profile anyone reads the OpenAPI document and the Swagger UI")
    void apiDocsArePublicInTheDemo() {
        WebUser anonymous = WebUser.anonymous(port);
        WebUser.Response docs = anonymous.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("\"openapi\"");
        assertThat(anonymous.get("/swagger-ui.html").uri().getPath()).isNotEqualTo("/login");
    }
}
