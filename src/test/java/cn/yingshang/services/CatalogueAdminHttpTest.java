package cn.yingshang.services;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class CatalogueAdminHttpTest {

    @LocalServerPort
    int port;

    static Map<String, String> item(String code, String name, String basis, int statutory, int promised) {
        Map<String, String> f = new HashMap<>();
        f.put("itemCode", code);
        f.put("name", name);
        f.put("type", "LICENSING");
        f.put("basis", basis);
        f.put("statutoryDays", Integer.toString(statutory));
        f.put("promisedDays", Integer.toString(promised));
        return f;
    }

    static long idOf(WebUser.Response r) {
        Matcher m = Pattern.compile("/workbench/services/catalogue/(\\d+)$").matcher(r.uri().toString());
        assertThat(m.find()).as(r.uri().toString()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    @DisplayName("001 §28, 004 #18: the office's basic-catalogue item and a department's implementation of the same code disagree on basis: the save warns, the consistency report lists it, every save is in the public change list")
    void itemVersionsAndConsistencyWarning() {
        String code = "TST-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        WebUser office = WebUser.demo(port, "office");
        Map<String, String> basic = item(code, "测试登记", "《测试条例》第五条", 20, 10);
        basic.put("department", "自治区市场监督管理局");
        WebUser.Response created = office.postForm("/workbench/services/catalogue", basic);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        assertThat(created.body()).contains("已发布第").doesNotContain("consistency-warnings");

        WebUser market = WebUser.demo(port, "scj.handler");
        WebUser.Response implemented = market.postForm("/workbench/services/catalogue", item(code, "测试登记", "《乌鲁木齐市测试办法》", 20, 5));
        assertThat(implemented.body()).contains("consistency-warnings").contains("自治区市场监督管理局的设定依据为“《测试条例》第五条”");
        long cityItem = idOf(implemented);

        assertThat(WebUser.anonymous(port).get("/public/services/consistency").body()).contains(code).contains("《乌鲁木齐市测试办法》");

        // A new version: the form carries the version it was loaded at; a stale form is refused.
        String page = market.get("/workbench/services/catalogue/" + cityItem).body();
        Matcher seen = Pattern.compile("name=\"seenVersion\" value=\"(\\d+)\"").matcher(page);
        assertThat(seen.find()).isTrue();
        Map<String, String> edit = item(code, "测试登记", "《测试条例》第五条", 20, 3);
        edit.put("seenVersion", seen.group(1));
        WebUser.Response edited = market.postForm("/workbench/services/catalogue/" + cityItem, edit);
        assertThat(edited.body()).contains("已发布第").doesNotContain("consistency-warnings");
        edit.put("promisedDays", "2");
        assertThat(market.postForm("/workbench/services/catalogue/" + cityItem, edit).body()).contains("该事项已被他人修改");

        String changes = WebUser.anonymous(port).get("/public/services/changes").body();
        assertThat(changes).contains(code).contains("承诺时限（工作日）由“5”改为“3”").contains("设定依据由“《乌鲁木齐市测试办法》”改为“《测试条例》第五条”");
        assertThat(WebUser.anonymous(port).get("/public/services/consistency").body()).doesNotContain(code);

        assertThat(market.get("/workbench/services/catalogue").body()).contains(code).contains("新增事项");
        assertThat(office.get("/workbench/services/catalogue").body()).contains(code).contains("自治区市场监督管理局");

        // Another department cannot open or edit the market regulator's item.
        WebUser hr = WebUser.demo(port, "rsj.handler");
        assertThat(hr.get("/workbench/services/catalogue/" + cityItem).status()).isEqualTo(404);
        assertThat(hr.postForm("/workbench/services/catalogue/" + cityItem, edit).status()).isEqualTo(404);
        assertThat(WebUser.demo(port, "enterprise1").get("/workbench/services/catalogue").status()).isEqualTo(403);
    }
}
