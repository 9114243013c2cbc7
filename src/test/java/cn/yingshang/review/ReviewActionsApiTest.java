package cn.yingshang.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.Authorisation;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 17: the fair-competition review pages' actions as API operations — submit, decide findings,
 * sign, issue, terms and standards — with the pages' authorisation (another department's leader and
 * the drafter are refused) and problem+json in Chinese for bad input.
 */
@PlatformTest
class ReviewActionsApiTest {

    @LocalServerPort
    int port;

    @Test
    @DisplayName("submit, decide, sign by API; another department's leader is refused; bad input is problem+json in Chinese")
    void reviewByApi() {
        WebUser drafter = WebUser.demo(port, "scj.handler");
        WebUser leader = WebUser.demo(port, "scj.leader");
        WebUser otherLeader = WebUser.demo(port, "gaj.leader");

        var noTitle = drafter.postJson("/api/v1/reviews", "{\"kind\":\"TENDER\",\"text\":\"第一条 本项目工期为180日历天。\"}");
        assertThat(noTitle.status()).as(noTitle.body()).isEqualTo(422);
        assertThat(noTitle.contentType()).contains("application/problem+json");
        assertThat(noTitle.body()).containsPattern("[\\u4e00-\\u9fa5]");

        String title = "接口审查 " + UUID.randomUUID().toString().substring(0, 8);
        var submitted = drafter.postJson("/api/v1/reviews", """
                {"title":"%s","kind":"TENDER","text":"第一条 投标人须在项目所在地设立分公司。\\n第二条 本项目工期为180日历天。"}"""
                .formatted(title));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        assertThat(submitted.body()).contains("投标人须在项目所在地设立分公司").contains("\"decision\":\"PENDING\"");
        Matcher id = Pattern.compile("\"draft\":\\{\"id\":(\\d+)").matcher(submitted.body());
        assertThat(id.find()).isTrue();
        String path = "/api/v1/reviews/" + id.group(1);
        Matcher finding = Pattern.compile("\"findings\":\\[\\{\"id\":(\\d+)").matcher(submitted.body());
        assertThat(finding.find()).isTrue();
        String decision = path + "/findings/" + finding.group(1) + "/decision";

        // refusals: another department's leader reads nor decides; the drafter never decides
        Authorisation.assertRefused(otherLeader.getJson(path));
        Authorisation.assertRefused(otherLeader.postJson(decision, "{\"decision\":\"CONFIRMED\"}"));
        Authorisation.assertRefused(drafter.postJson(decision, "{\"decision\":\"CONFIRMED\"}"));
        var missing = leader.postJson(decision, "{\"note\":\"x\"}");
        assertThat(missing.status()).as(missing.body()).isEqualTo(422);
        assertThat(missing.contentType()).contains("application/problem+json");
        assertThat(missing.body()).contains("请选择");

        var decided = leader.postJson(decision, "{\"decision\":\"CONFIRMED\",\"note\":\"\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.body()).contains("\"decision\":\"CONFIRMED\"");
        // every other finding of the screening decided too (a record is signed only when none is pending)
        Matcher others = Pattern.compile("\\{\"id\":(\\d+),\"seq\"").matcher(submitted.body());
        while (others.find()) {
            if (!others.group(1).equals(finding.group(1))) {
                assertThat(leader.postJson(path + "/findings/" + others.group(1) + "/decision",
                        "{\"decision\":\"DISMISSED\",\"note\":\"依法设定\"}").status()).isEqualTo(200);
            }
        }
        var signed = leader.postJson(path + "/record", "{\"opinion\":\"含排斥外地投标人的分支机构要求，须删除。\"}");
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(signed.body()).contains("\"signedBy\":\"scj.leader\"");

        // the list with a cursor holds it for the department, not for the other department
        assertThat(leader.getJson("/api/v1/reviews?limit=200").body()).contains(title);
        assertThat(otherLeader.getJson("/api/v1/reviews?limit=200").body()).doesNotContain(title);
        var badCursor = leader.getJson("/api/v1/reviews?after=zzz");
        assertThat(badCursor.status()).isEqualTo(422);
        assertThat(badCursor.contentType()).contains("application/problem+json");
    }

    @Test
    @DisplayName("a draft uploaded as a file by API is screened; an enterprise is refused; a file of the wrong kind is problem+json")
    void uploadByApi() {
        byte[] text = "第一条 投标人须在项目所在地设立分公司。".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.util.Map<String, String> fields = java.util.Map.of("kind", "TENDER");
        Authorisation.assertRefused(WebUser.demo(port, "enterprise1").postMultipart("/api/v1/reviews/uploads", "file", "tender.txt", text, fields));
        WebUser drafter = WebUser.demo(port, "scj.handler");
        var wrong = drafter.postMultipart("/api/v1/reviews/uploads", "file", "tender.exe", new byte[]{0x4d, 0x5a, 0, 0}, fields);
        assertThat(wrong.status()).as(wrong.body()).isEqualTo(422);
        assertThat(wrong.contentType()).contains("application/problem+json");
        assertThat(wrong.body()).containsPattern("[\\u4e00-\\u9fa5]");
        var uploaded = drafter.postMultipart("/api/v1/reviews/uploads", "file", "tender.txt", text, fields);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.body()).contains("\"title\":\"tender\"").contains("投标人须在项目所在地设立分公司");
    }

    @Test
    @DisplayName("terms and standards by API: review:standards only; a bad code is problem+json")
    void standardsByApi() {
        String term = "接口词" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        Authorisation.assertRefused(WebUser.demo(port, "scj.leader").putJson("/api/v1/review-terms/" + term,
                "{\"alternatives\":[\"甲\",\"乙\"]}"));
        WebUser office = WebUser.demo(port, "office");
        var saved = office.putJson("/api/v1/review-terms/" + term, "{\"alternatives\":[\"接口甲\",\"接口乙\"]}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).contains("接口甲");
        var bad = office.putJson("/api/v1/review-standards/bad", """
                {"group":"MARKET_ACCESS","title":"t","article":"a","patterns":["x"]}""");
        assertThat(bad.status()).as(bad.body()).isEqualTo(422);
        assertThat(bad.contentType()).contains("application/problem+json");
        assertThat(bad.body()).containsPattern("[\\u4e00-\\u9fa5]");
    }
}
