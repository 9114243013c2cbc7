package cn.yingshang.reference;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class CalendarAdministrationTest {

    @LocalServerPort
    int port;

    @Test
    @DisplayName("next year's notice is data: an administrator enters a holiday and deadlines follow at once")
    void administratorEntersAHoliday() {
        WebUser admin = WebUser.demo(port, "admin");
        String before = admin.getJson("/api/v1/reference/deadlines?start=2027-03-08&days=1&count=WORKING&region=650100").body();
        assertThat(before).contains("\"deadline\":\"2027-03-09\"");

        var saved = admin.postForm("/workbench/calendar", Map.of("region", "650000", "first", "2027-03-09",
                "last", "2027-03-10", "offDay", "true", "name", "肉孜节"));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body()).contains("已保存 2 天");

        String after = admin.getJson("/api/v1/reference/deadlines?start=2027-03-08&days=1&count=WORKING&region=650100").body();
        assertThat(after).contains("\"deadline\":\"2027-03-11\"");

        admin.postForm("/workbench/calendar/remove", Map.of("region", "650000", "day", "2027-03-09"));
        admin.postForm("/workbench/calendar/remove", Map.of("region", "650000", "day", "2027-03-10"));
        assertThat(admin.getJson("/api/v1/reference/deadlines?start=2027-03-08&days=1&count=WORKING&region=650100").body())
                .contains("\"deadline\":\"2027-03-09\"");
    }

    @Test
    @DisplayName("《全国年节及纪念日放假办法》: after 1 November the calendar page warns that next year's notice is missing")
    void warnsWhenNextYearsNoticeIsMissing() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        String page = WebUser.demo(port, "admin").get("/workbench/calendar").body();
        boolean nextYearLoaded = WebUser.anonymous(port)
                .getJson("/api/v1/reference/deadlines?start=" + (today.getYear() + 1) + "-06-30&days=0&count=WORKING&region=000000")
                .body().contains("\"provisional\":false");
        if (today.getMonthValue() >= 11 && !nextYearLoaded) {
            assertThat(page).contains("id=\"missing-notice\"").contains((today.getYear() + 1) + "年放假安排通知尚未录入");
        } else {
            assertThat(page).doesNotContain("id=\"missing-notice\"");
        }
    }

    @Test
    @DisplayName("a holiday-cn JSON notice imports through the page")
    void importsHolidayCnJson() {
        WebUser admin = WebUser.demo(port, "admin");
        String json = """
                {"year":2028,"papers":[],"days":[{"name":"元旦","date":"2028-01-03","isOffDay":true}]}""";
        var imported = admin.postMultipart("/workbench/calendar/import", "file", "2028.json",
                json.getBytes(StandardCharsets.UTF_8), Map.of("region", "000000"));
        assertThat(imported.body()).contains("已导入 1 天");
        assertThat(admin.getJson("/api/v1/reference/deadlines?start=2027-12-31&days=1&count=WORKING&region=650000").body())
                .contains("\"deadline\":\"2028-01-04\"");
        admin.postForm("/workbench/calendar/remove", Map.of("region", "000000", "day", "2028-01-03"));
    }

    @Test
    @DisplayName("only holders of calendar:manage may change the calendar")
    void handlersCannotChangeTheCalendar() {
        WebUser handler = WebUser.demo(port, "scj.handler");
        var denied = handler.postForm("/workbench/calendar", Map.of("region", "650000", "first", "2027-05-06",
                "offDay", "true", "name", "试图篡改"));
        assertThat(denied.status()).isEqualTo(403);
    }
}
