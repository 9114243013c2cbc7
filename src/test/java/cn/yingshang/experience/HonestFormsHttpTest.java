package cn.yingshang.experience;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Accounts;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Records that do not mislead: the requester never reads the office's internal notes, and no rating is chosen for them. */
@PlatformTest
class HonestFormsHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;

    @Test
    @DisplayName("the enterprise's appeal timeline leaves out dispatch and reminder notes, and its rating form starts with nothing chosen")
    void enterpriseTimelineAndRating() {
        String marker = "内部派单意见" + UUID.randomUUID().toString().substring(0, 8);
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        WebUser.Response submitted = enterprise.postMultipart("/enterprise/appeals", null, null, null,
                Map.of("type", "HELP", "category", "FINANCING", "title", "时间线测试" + marker.substring(6),
                        "content", "请问贷款贴息如何申请？", "phone", "13900001111"));
        String path = submitted.uri().getPath();
        assertThat(path).matches("/enterprise/appeals/\\d+");
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));

        WebUser office = WebUser.demo(port, "office");
        long scj = accounts.byUsername("scj.handler").orElseThrow().departmentId().value();
        office.postForm("/workbench/appeals/" + id + "/act", Map.of("action", "DISPATCH", "leadDepartment", String.valueOf(scj),
                "instruction", marker));
        office.postForm("/workbench/appeals/" + id + "/act", Map.of("action", "REMIND", "note", marker + "催办"));
        WebUser.demo(port, "scj.handler").postForm("/workbench/appeals/" + id + "/act",
                Map.of("action", "REPLY", "reply", "贴息申请材料为贷款合同和付息凭证。"));

        assertThat(office.get("/workbench/appeals/" + id).body()).contains(marker);
        String mine = enterprise.get(path).body();
        assertThat(mine).contains("派单", "贴息申请材料为贷款合同和付息凭证").doesNotContain(marker);
        String rateForm = mine.substring(mine.indexOf("id=\"rate-form\""));
        rateForm = rateForm.substring(0, rateForm.indexOf("</form>"));
        assertThat(rateForm).contains("<option value=\"\" selected").doesNotContainPattern("value=\"(RESOLVED|SATISFIED)\"[^>]*selected");
    }
}
