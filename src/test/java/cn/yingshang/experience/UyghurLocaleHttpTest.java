package cn.yingshang.experience;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 14: the language choice is a cookie (any node reads it), and only translated portals follow it. */
@PlatformTest
class UyghurLocaleHttpTest {

    @LocalServerPort
    int port;

    @Test
    @DisplayName("?lang=ug-CN sets a cookie; the public portal answers in Uyghur, right to left, on every later request")
    void choiceIsACookie() {
        WebUser reader = WebUser.anonymous(port);
        assertThat(reader.get("/public").body()).contains("lang=\"zh-CN\"").contains("dir=\"ltr\"");
        WebUser.Response chosen = reader.get("/public/credit?lang=ug-CN");
        assertThat(chosen.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("lang=ug-CN"));
        String later = reader.get("/public/policies").body();
        assertThat(later).contains("lang=\"ug\"").contains("dir=\"rtl\"").contains("سىياسەت");
        // another reader, no cookie: Chinese
        assertThat(WebUser.anonymous(port).get("/public/policies").body()).contains("lang=\"zh-CN\"");
    }

    @Test
    @DisplayName("the workbench stays Chinese for an official who chose Uyghur; an unknown language is Chinese")
    void governmentPortalsStayChinese() {
        WebUser office = WebUser.demo(port, "office");
        String workbench = office.get("/workbench?lang=ug-CN").body();
        assertThat(workbench).contains("lang=\"zh-CN\"").contains("dir=\"ltr\"");
        assertThat(office.get("/cockpit").body()).contains("lang=\"zh-CN\"");
        assertThat(office.get("/public").body()).contains("lang=\"ug\"");
        WebUser other = WebUser.anonymous(port);
        assertThat(other.get("/public?lang=fr").body()).contains("lang=\"zh-CN\"");
    }
}
