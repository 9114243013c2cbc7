package cn.yingshang.reference;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.Authorisation;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 17: the working-day calendar's writes as API operations — calendar:manage only, deadlines
 * follow at once, bad ranges are problem+json in Chinese.
 */
@PlatformTest
class CalendarActionsApiTest {

    @LocalServerPort
    int port;

    private WebUser.Response delete(WebUser user, String path) {
        return user.sendWithCsrf(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).DELETE());
    }

    private String deadline(WebUser user) {
        return user.getJson("/api/v1/reference/deadlines?start=2027-04-12&days=1&count=WORKING&region=650100").body();
    }

    @Test
    @DisplayName("add, import and remove days by API as the office; a handler is refused; a reversed range is problem+json")
    void calendarByApi() {
        WebUser office = WebUser.demo(port, "office");
        String range = "{\"first\":\"2027-04-13\",\"last\":\"2027-04-14\",\"offDay\":true,\"name\":\"接口假日\"}";
        assertThat(deadline(office)).contains("\"deadline\":\"2027-04-13\"");

        Authorisation.assertRefused(WebUser.demo(port, "scj.handler").postJson("/api/v1/calendars/650100/days", range));
        assertThat(deadline(office)).contains("\"deadline\":\"2027-04-13\"");

        var reversed = office.postJson("/api/v1/calendars/650100/days",
                "{\"first\":\"2027-04-14\",\"last\":\"2027-04-13\",\"offDay\":true,\"name\":\"接口假日\"}");
        assertThat(reversed.status()).as(reversed.body()).isEqualTo(422);
        assertThat(reversed.contentType()).contains("application/problem+json");
        assertThat(reversed.body()).contains("结束日期不能早于开始日期");

        var added = office.postJson("/api/v1/calendars/650100/days", range);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.body()).contains("\"count\":2");
        assertThat(deadline(office)).contains("\"deadline\":\"2027-04-15\"");

        Authorisation.assertRefused(delete(WebUser.demo(port, "scj.handler"), "/api/v1/calendars/650100/days/2027-04-13"));
        assertThat(delete(office, "/api/v1/calendars/650100/days/2027-04-13").status()).isEqualTo(204);
        assertThat(delete(office, "/api/v1/calendars/650100/days/2027-04-14").status()).isEqualTo(204);
        assertThat(deadline(office)).contains("\"deadline\":\"2027-04-13\"");

        String json = """
                {"year":2027,"papers":[],"days":[{"name":"接口导入","date":"2027-04-13","isOffDay":true}]}""";
        var imported = office.postMultipart("/api/v1/calendars/650100/imports", "file", "2027.json",
                json.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(deadline(office)).contains("\"deadline\":\"2027-04-14\"");
        assertThat(delete(office, "/api/v1/calendars/650100/days/2027-04-13").status()).isEqualTo(204);
    }
}
