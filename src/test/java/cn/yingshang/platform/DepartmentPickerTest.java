package cn.yingshang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The department pickers: grouped by region without JavaScript, narrowed by the search endpoint. */
@PlatformTest
class DepartmentPickerTest {

    @LocalServerPort
    int port;

    static int count(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    @DisplayName("the account form's department field is a select grouped by region with a search box wired to the search endpoint")
    void groupedSelectWithSearch() {
        String page = WebUser.demo(port, "admin").get("/workbench/accounts").body();
        assertThat(page).contains("<optgroup label=\"乌鲁木齐市\">").contains("class=\"picker-search\"")
                .contains("hx-get=\"/departments/options?");
        assertThat(count(page, "<optgroup ")).isGreaterThan(5);
    }

    @Test
    @DisplayName("searching by function narrows the options to departments of that function, still grouped by region")
    void searchNarrows() {
        WebUser office = WebUser.demo(port, "office");
        String all = office.get("/departments/options").body();
        String tax = office.get("/departments/options?q=" + URLEncoder.encode("税务", StandardCharsets.UTF_8) + "&selected=").body();
        int allOptions = count(all, "<option value=\"\\d+\"");
        int taxOptions = count(tax, "<option value=\"\\d+\"");
        assertThat(taxOptions).isPositive().isLessThan(allOptions / 5);
        assertThat(tax).contains("<optgroup").doesNotContain("市场监督管理局");
        String region = office.get("/departments/options?q=" + URLEncoder.encode("乌鲁木齐", StandardCharsets.UTF_8)).body();
        assertThat(count(region, "<option value=\"\\d+\"")).isPositive().isLessThan(allOptions);
        // the dispatch picker leaves the 营商办 out
        assertThat(office.get("/departments/options?withOffice=false").body()).doesNotContain("营商环境建设局");
    }

    @Test
    @DisplayName("the picker's search is for signed-in users; a search too long is a 400")
    void access() {
        assertThat(WebUser.anonymous(port).get("/departments/options").body()).doesNotContain("<optgroup");
        assertThat(WebUser.demo(port, "office").get("/departments/options?q=" + "税".repeat(60)).status()).isEqualTo(400);
    }
}
