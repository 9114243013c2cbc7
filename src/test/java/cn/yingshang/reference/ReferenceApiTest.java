package cn.yingshang.reference;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class ReferenceApiTest {

    @LocalServerPort
    int port;

    @Test
    @DisplayName("国办发明电〔2024〕12号: one working day after 2025-09-30 is 2025-10-09, past the National Day holiday")
    void workingDeadlineSkipsNationalDay() {
        var response = WebUser.anonymous(port)
                .getJson("/api/v1/reference/deadlines?start=2025-09-30&days=1&count=WORKING&region=650000");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("\"deadline\":\"2025-10-09\"").contains("\"start\":\"2025-09-30\"");
    }

    @Test
    @DisplayName("《全国年节及纪念日放假办法》: one working day after 2027-09-30 is not National Day, and is provisional while 2027's notice is not loaded")
    void statutoryHolidaysWithoutTheYearsNotice() {
        var response = WebUser.anonymous(port)
                .getJson("/api/v1/reference/deadlines?start=2027-09-30&days=1&count=WORKING&region=650000");
        assertThat(response.status()).isEqualTo(200);
        // 国庆节 1–3 October 2027 (Friday to Sunday) are statutory whatever the notice says.
        assertThat(response.body()).doesNotContain("\"deadline\":\"2027-10-01\"")
                .contains("\"deadline\":\"2027-10-04\"").contains("\"provisional\":true");
        // 2025's notice is loaded: the same question there is final.
        assertThat(WebUser.anonymous(port).getJson("/api/v1/reference/deadlines?start=2025-09-30&days=1&count=WORKING&region=650000")
                .body()).contains("\"provisional\":false");
    }

    @Test
    @DisplayName("民法典 Art. 203: a natural-day period ending on a holiday ends on the next working day")
    void naturalDeadlineRollsPastHoliday() {
        var response = WebUser.anonymous(port)
                .getJson("/api/v1/reference/deadlines?start=2025-09-25&days=7&count=NATURAL&region=650100");
        assertThat(response.body()).contains("\"deadline\":\"2025-10-09\"");
    }

    @Test
    @DisplayName("Xinjiang's own festivals count: 2025-03-28 + 1 working day skips 肉孜节 to 2025-04-01")
    void regionalFestivalIsARestDay() {
        var response = WebUser.anonymous(port)
                .getJson("/api/v1/reference/deadlines?start=2025-03-28&days=1&count=WORKING&region=650102");
        assertThat(response.body()).contains("\"deadline\":\"2025-04-01\"");
    }

    @Test
    @DisplayName("GB 32100-2015: a wrong check character answers valid:false naming the expected character")
    void wrongCheckCharacter() {
        var response = WebUser.anonymous(port).getJson("/api/v1/reference/credit-codes/91350100M000100Y44");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("\"valid\":false").contains("应为3");
    }

    @Test
    @DisplayName("GB 32100-2015: a correct code answers valid:true")
    void validCode() {
        var response = WebUser.anonymous(port).getJson("/api/v1/reference/credit-codes/91350100M000100Y43");
        assertThat(response.body()).contains("\"valid\":true");
    }

    @Test
    @DisplayName("bad parameters answer problem+json with a Chinese detail")
    void badParameters() {
        WebUser anyone = WebUser.anonymous(port);
        var notNumber = anyone.getJson("/api/v1/reference/deadlines?start=2025-09-30&days=x");
        assertThat(notNumber.status()).isEqualTo(400);
        assertThat(notNumber.contentType()).startsWith("application/problem+json");
        assertThat(notNumber.body()).contains("参数格式错误");
        var unknownRegion = anyone.getJson("/api/v1/reference/deadlines?start=2025-09-30&days=1&region=123456");
        assertThat(unknownRegion.status()).isEqualTo(422);
        assertThat(unknownRegion.body()).contains("行政区划代码不存在");
    }
}
