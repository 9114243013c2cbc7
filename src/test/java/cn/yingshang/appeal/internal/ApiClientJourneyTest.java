package cn.yingshang.appeal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yingshang.platform.Accounts;
import cn.yingshang.support.PlatformTest;
import generated.yingshang.client.ApiClient;
import generated.yingshang.client.ApiException;
import generated.yingshang.client.api.DefaultApi;
import generated.yingshang.client.model.AppealCreated;
import generated.yingshang.client.model.AppealDispatch;
import generated.yingshang.client.model.AppealRating;
import generated.yingshang.client.model.AppealReply;
import generated.yingshang.client.model.AppealView;
import generated.yingshang.client.model.EnterpriseAppeal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One journey driven by the Java client that openapi-generator makes from the checked-in OpenAPI
 * document (build: openapi-generator-maven-plugin, library "native"): if the document misdescribes
 * a path, a body or an answer, this test does not compile or fails.
 */
@PlatformTest
class ApiClientJourneyTest {

    @LocalServerPort
    int port;

    final Accounts accounts;

    @Autowired
    ApiClientJourneyTest(Accounts accounts) {
        this.accounts = accounts;
    }

    DefaultApi as(String username) {
        ApiClient client = new ApiClient().setScheme("http").setHost("127.0.0.1").setPort(port).setBasePath("");
        String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":Demo@2025").getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", basic));
        return new DefaultApi(client);
    }

    @Test
    @DisplayName("generated client: the enterprise submits, the office dispatches, the department replies, the enterprise rates")
    void appealJourney() throws ApiException {
        AppealCreated created = as("enterprise1").submitAppeal(new EnterpriseAppeal().type("HELP").category("FINANCING")
                .title("生成客户端测试" + UUID.randomUUID().toString().substring(0, 6)).content("请问贷款贴息如何申请？")
                .phone("13800001111"), UUID.randomUUID().toString());
        assertThat(created.getTrackingNumber()).isNotBlank();
        long id = created.getId();

        long market = accounts.byUsername("scj.handler").orElseThrow().departmentId().value();
        AppealView dispatched = as("office").dispatchAppeal(id, new AppealDispatch().leadDepartment(market)
                .instruction("请按时答复"), null);
        assertThat(dispatched.getStatus()).isEqualTo("DISPATCHED");

        assertThatThrownBy(() -> as("tax.handler").replyToAppeal(id, new AppealReply().reply("不是本部门"), null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(403);
                    assertThat(e.getResponseBody()).contains("无权");
                });

        AppealView replied = as("scj.handler").replyToAppeal(id, new AppealReply().reply("已电话告知贴息申请流程。"), null);
        assertThat(replied.getStatus()).isEqualTo("REPLIED");
        assertThat(as("enterprise1").getAppeal(id).getAvailableActions()).contains("RATE", "REOPEN");

        AppealView closed = as("enterprise1").rateAppeal(id, new AppealRating()
                .resolution(AppealRating.ResolutionEnum.RESOLVED).satisfaction(AppealRating.SatisfactionEnum.SATISFIED), null);
        assertThat(closed.getStatus()).isEqualTo("CLOSED");
        assertThat(closed.getTimeline()).isNotEmpty();
    }
}
