package cn.yingshang.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.review.internal.StandardsJson;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class ReviewHttpTest {

    @LocalServerPort
    int port;

    @Test
    @DisplayName("POST /api/v1/review/screenings is public and answers findings with group, standard, clause, reason and article")
    void publicScreeningApi() {
        WebUser anyone = WebUser.anonymous(port);
        WebUser.Response r = anyone.postJson("/api/v1/review/screenings",
                "{\"text\":\"本办法适用于本市。投标人须在本市设立分公司。对某某钢铁有限公司给予一次性财政补贴2000万元。\"}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("\"group\":\"FREE_FLOW\"").contains("\"group\":\"PRODUCTION_COST\"")
                .contains("\"clause\":\"投标人须在本市设立分公司。\"").contains("\"article\":").contains("\"reason\":")
                .contains("\"standard\":").doesNotContain("本办法适用于本市");
        assertThat(anyone.postJson("/api/v1/review/screenings", "{\"text\":\"  \"}").status()).isEqualTo(422);
    }

    @Test
    @DisplayName("国令783号 Art. 11: a price coordination the rules miss is found by the clause model, says so with its score and cites Art. 11")
    void clauseModelFindingOnTheApi() {
        WebUser.Response r = WebUser.anonymous(port).postJson("/api/v1/review/screenings",
                "{\"text\":\"县发改局召集全县驾校开会，商定学车费用统一为每人4800元。\"}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("\"group\":\"PRODUCTION_CONDUCT\"").contains("文本分类模型判定").contains("第十一条");
    }

    @Test
    @DisplayName("003 §35: a draft cannot be marked issued before its review record is signed; after confirming and signing it can")
    void reviewWorkflow() {
        // four-eyes: the handler drafts, the leader of the same department reviews, signs and issues
        WebUser drafter = WebUser.demo(port, "scj.handler");
        WebUser office = WebUser.demo(port, "scj.leader");
        String title = "测试招标文件 " + UUID.randomUUID();
        WebUser.Response submitted = drafter.postMultipart("/workbench/reviews", null, null, null,
                Map.of("title", title, "kind", "TENDER", "text", "第一条 投标人须在项目所在地设立分公司。\n第二条 本项目工期为180日历天。"));
        assertThat(submitted.status()).isEqualTo(200);
        String path = submitted.uri().getPath();
        assertThat(path).matches("/workbench/reviews/\\d+");
        assertThat(submitted.body()).contains("投标人须在项目所在地设立分公司").contains("《自治区促进民营经济发展办法》第十二条");

        WebUser.Response blocked = office.postForm(path + "/issue", Map.of());
        assertThat(blocked.body()).contains("《自治区促进民营经济发展办法》第三十五条");

        Matcher m = Pattern.compile("id=\"finding-(\\d+)\"").matcher(submitted.body());
        assertThat(m.find()).isTrue();
        String findingId = m.group(1);
        do {
            office.postForm(path + "/findings/" + m.group(1), Map.of("decision", "CONFIRMED", "note", ""));
        } while (m.find());
        WebUser.Response signed = office.postForm(path + "/record", Map.of("opinion", "含排斥外地投标人的分支机构要求，须删除。"));
        assertThat(signed.body()).contains("审查记录已签署").contains("不符合审查标准");
        assertThat(office.postForm(path + "/issue", Map.of()).body()).contains("不得出台");
        assertThat(findingId).isNotBlank();
    }

    @Test
    @DisplayName("国令783号 Art. 12: an exception with ground, justification and time limit is signed and published")
    void exceptionIsPublished() {
        WebUser drafter = WebUser.demo(port, "scj.handler");
        WebUser office = WebUser.demo(port, "scj.leader");
        String title = "救灾物资储备政策 " + UUID.randomUUID();
        WebUser.Response submitted = drafter.postMultipart("/workbench/reviews", null, null, null,
                Map.of("title", title, "kind", "POLICY", "text", "救灾应急物资统一向市应急物资储备公司采购。"));
        String path = submitted.uri().getPath();
        Matcher m = Pattern.compile("id=\"finding-(\\d+)\"").matcher(submitted.body());
        while (m.find()) {
            office.postForm(path + "/findings/" + m.group(1), Map.of("decision", "CONFIRMED"));
        }
        WebUser.Response signed = office.postForm(path + "/record", Map.of("opinion", "适用例外规定。", "invokeException", "true",
                "exceptionGround", "PUBLIC_INTEREST", "exceptionJustification", "应急储备须统一调度，经评估无对竞争影响更小的替代方案",
                "exceptionUntil", "2099-12-31"));
        assertThat(signed.body()).contains("适用例外规定，可以出台");
        assertThat(office.postForm(path + "/issue", Map.of()).body()).contains("已出台");
        assertThat(WebUser.anonymous(port).get("/public/reviews").body()).contains(title).contains("2099-12-31");
    }

    @Test
    @DisplayName("a reviewer adds a review standard as data and the public screening uses it at once")
    void standardsAreEditableData() {
        WebUser office = WebUser.demo(port, "office");
        String word = "测试词" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000);
        WebUser.Response saved = office.postForm("/workbench/review/standards", Map.of("code", "ZZ9", "group", "PRODUCTION_CONDUCT",
                "title", "测试标准", "article", "测试条款", "reason", "测试", "patterns", "强制使用" + word, "unless", "", "creating", "true"));
        assertThat(saved.body()).contains("ZZ9");
        assertThat(WebUser.anonymous(port).postJson("/api/v1/review/screenings", "{\"text\":\"各单位须强制使用" + word + "。\"}").body())
                .contains("ZZ9");
        WebUser.Response broken = office.postForm("/workbench/review/standards", Map.of("code", "ZZ9", "group", "PRODUCTION_CONDUCT",
                "title", "测试标准", "article", "测试条款", "patterns", "(未闭合", "creating", "false"));
        assertThat(broken.body()).contains("正则表达式");
        assertThat(WebUser.demo(port, "enterprise1").get("/workbench/review/standards/ZZ9").status()).isEqualTo(403);
    }

    @Test
    @DisplayName("a reviewer adds a word to a shared term and every standard naming the term finds it at once")
    void termsAreEditableData() {
        WebUser office = WebUser.demo(port, "office");
        String place = "测试" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000) + "垦区";
        String clause = "{\"text\":\"各单位应当优先采购" + place + "企业生产的产品。\"}";
        assertThat(WebUser.anonymous(port).postJson("/api/v1/review/screenings", clause).body()).doesNotContain("FREE_FLOW");
        String termPage = "/workbench/review/terms/" + URLEncoder.encode("本地", StandardCharsets.UTF_8);
        WebUser.Response page = office.get(termPage);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("辖区内?");
        String shipped = String.join("\n", StandardsJson.shipped().terms().byName().get("本地"));
        try {
            WebUser.Response saved = office.postForm("/workbench/review/terms", Map.of("name", "本地",
                    "alternatives", shipped + "\n" + place, "creating", "false"));
            assertThat(saved.body()).contains("{本地}");
            assertThat(WebUser.anonymous(port).postJson("/api/v1/review/screenings", clause).body()).contains("FREE_FLOW");
            WebUser.Response broken = office.postForm("/workbench/review/terms", Map.of("name", "本地", "alternatives", "(未闭合",
                    "creating", "false"));
            assertThat(broken.body()).contains("正则表达式");
            assertThat(WebUser.demo(port, "enterprise1").get(termPage).status()).isEqualTo(403);
        } finally {
            office.postForm("/workbench/review/terms", Map.of("name", "本地", "alternatives", shipped, "creating", "false"));
        }
    }
}
