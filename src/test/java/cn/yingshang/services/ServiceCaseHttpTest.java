package cn.yingshang.services;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PlatformTest
class ServiceCaseHttpTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    cn.yingshang.reference.WorkingCalendars calendars;

    long registrationGuide() {
        JsonNode items = JSON.readTree(WebUser.anonymous(port).getJson("/api/v1/public/service-items?q="
                + URLEncoder.encode("SVC-SC-003", StandardCharsets.UTF_8)).body());
        return items.get(0).get("id").asLong();
    }

    JsonNode apply(WebUser enterprise, String key) {
        WebUser.Response r = enterprise.postJson("/api/v1/service-cases",
                "{\"guideId\":" + registrationGuide() + ",\"requestKey\":\"" + key + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body());
    }

    @Test
    @DisplayName("001 §31: after the one-time notice, a second 补正 request for a material it did not name is refused")
    void secondSupplementRequestOutsideFirstNoticeIsRefused() {
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        long id = apply(enterprise, UUID.randomUUID().toString()).get("id").asLong();
        WebUser handler = WebUser.demo(port, "scj.handler");

        WebUser.Response first = handler.postJson("/api/v1/service-cases/" + id + "/supplement-requests",
                "{\"materials\":[\"公司章程\"]}");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        JsonNode afterFirst = JSON.readTree(first.body());
        assertThat(afterFirst.get("status").asText()).isEqualTo("SUPPLEMENT_REQUESTED");
        // The supply deadline is five working days on the region's calendar, not five calendar days.
        java.time.LocalDate applied = java.time.LocalDate.parse(afterFirst.get("appliedOn").asText());
        assertThat(afterFirst.get("supplyBy").asText()).isEqualTo(calendars.deadline(
                cn.yingshang.shared.RegionCode.of("650100"), applied, cn.yingshang.shared.TimeLimit.workingDays(5)).toString());

        WebUser.Response second = handler.postJson("/api/v1/service-cases/" + id + "/supplement-requests",
                "{\"materials\":[\"公司章程\",\"住所使用证明\"]}");
        assertThat(second.status()).isEqualTo(422);
        assertThat(second.contentType()).contains("application/problem+json");
        assertThat(second.body()).contains("住所使用证明").contains("《哈密市实施〈优化营商环境条例〉办法》第三十一条");
        JsonNode after = JSON.readTree(enterprise.getJson("/api/v1/service-cases/" + id).body());
        assertThat(after.get("noticeMaterials").size()).isEqualTo(1);
    }

    @Test
    @DisplayName("A repeated application with the same request key returns the first case")
    void applyingTwiceWithOneKeyOpensOneCase() {
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        String key = UUID.randomUUID().toString();
        assertThat(apply(enterprise, key).get("id").asLong()).isEqualTo(apply(enterprise, key).get("id").asLong());
    }

    @Test
    @DisplayName("A case is seen only by its applicant and the implementing department")
    void objectLevelAccess() {
        long id = apply(WebUser.demo(port, "enterprise1"), UUID.randomUUID().toString()).get("id").asLong();
        assertThat(WebUser.demo(port, "enterprise2").getJson("/api/v1/service-cases/" + id).status()).isEqualTo(404);
        assertThat(WebUser.demo(port, "rsj.handler").getJson("/api/v1/service-cases/" + id).status()).isEqualTo(404);
        assertThat(WebUser.demo(port, "rsj.handler").postJson("/api/v1/service-cases/" + id + "/acceptance", "{}").status())
                .isEqualTo(403);
        WebUser.Response accepted = WebUser.demo(port, "scj.handler").postJson("/api/v1/service-cases/" + id + "/acceptance", "{}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        JsonNode c = JSON.readTree(accepted.body());
        assertThat(c.get("status").asText()).isEqualTo("ACCEPTED");
        // 企业设立登记 promises 1 working day on 乌鲁木齐's calendar.
        assertThat(c.get("dueOn").asText()).isEqualTo(calendars.deadline(cn.yingshang.shared.RegionCode.of("650100"),
                java.time.LocalDate.parse(c.get("acceptedOn").asText()), cn.yingshang.shared.TimeLimit.workingDays(1)).toString());
        // Accepting twice: the status guard refuses the second.
        assertThat(WebUser.demo(port, "scj.handler").postJson("/api/v1/service-cases/" + id + "/acceptance", "{}").status())
                .isEqualTo(422);
    }

    @Test
    @DisplayName("001 §36, 004 #19: a granting decision issues an e-licence that anyone can check as genuine and current")
    void grantIssuesELicenceCheckedPublicly() {
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        long id = apply(enterprise, UUID.randomUUID().toString()).get("id").asLong();
        WebUser handler = WebUser.demo(port, "scj.handler");
        assertThat(handler.postJson("/api/v1/service-cases/" + id + "/acceptance", "{}").status()).isEqualTo(200);
        WebUser.Response granted = handler.postJson("/api/v1/service-cases/" + id + "/decision", "{\"grant\":true}");
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        String code = JSON.readTree(enterprise.getJson("/api/v1/service-cases/" + id).body()).get("licenceCode").asText();
        assertThat(code).startsWith("EL").hasSize(22);

        JsonNode check = JSON.readTree(WebUser.anonymous(port).getJson("/api/v1/public/e-licences/" + code).body());
        assertThat(check.get("genuine").asBoolean()).isTrue();
        assertThat(check.get("current").asBoolean()).isTrue();
        assertThat(check.get("itemName").asText()).isEqualTo("企业设立登记");
        String page = WebUser.anonymous(port).get("/public/e-licences?code=" + code).body();
        assertThat(page).contains("该电子证照真实有效").contains("<svg");

        JsonNode forged = JSON.readTree(WebUser.anonymous(port).getJson("/api/v1/public/e-licences/EL0000000000000000FAKE").body());
        assertThat(forged.get("genuine").asBoolean()).isFalse();
        // A second decision is refused: the case is no longer accepted.
        assertThat(handler.postJson("/api/v1/service-cases/" + id + "/decision", "{\"grant\":true}").status()).isEqualTo(422);
    }

    @Test
    @DisplayName("001 §38: a 告知承诺 case is decided at once; found false on post-check, its decision and e-licence are revoked and a credit record is written")
    void falsePromiseRevokesDecisionAndLeavesCreditRecord() {
        WebUser office = WebUser.demo(port, "office");
        assertThat(office.putJson("/api/v1/services/settings/post-check-share", "{\"percent\":100}").status()).isEqualTo(200);
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        WebUser.Response applied = enterprise.postJson("/api/v1/service-cases",
                "{\"guideId\":" + registrationGuide() + ",\"requestKey\":\"" + UUID.randomUUID() + "\",\"promise\":true}");
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        long id = JSON.readTree(applied.body()).get("id").asLong();
        assertThat(JSON.readTree(applied.body()).get("postCheck").asText()).isEqualTo("PENDING");

        WebUser handler = WebUser.demo(port, "scj.handler");
        JsonNode decided = JSON.readTree(handler.postJson("/api/v1/service-cases/" + id + "/acceptance", "{}").body());
        assertThat(decided.get("status").asText()).isEqualTo("GRANTED");
        String licence = decided.get("licenceCode").asText();
        assertThat(JSON.readTree(WebUser.anonymous(port).getJson("/api/v1/public/e-licences/" + licence).body())
                .get("current").asBoolean()).isTrue();

        WebUser.Response checked = handler.postJson("/api/v1/service-cases/" + id + "/post-check",
                "{\"truthful\":false,\"finding\":\"住所系虚构地址\"}");
        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        JsonNode after = JSON.readTree(checked.body());
        assertThat(after.get("status").asText()).isEqualTo("REVOKED");
        assertThat(after.get("postCheck").asText()).isEqualTo("FALSE");
        assertThat(after.get("creditRecordId").isNull()).isFalse();
        JsonNode check = JSON.readTree(WebUser.anonymous(port).getJson("/api/v1/public/e-licences/" + licence).body());
        assertThat(check.get("genuine").asBoolean()).isTrue();
        assertThat(check.get("current").asBoolean()).isFalse();
        assertThat(enterprise.get("/enterprise/credit").body()).contains("住所系虚构地址");
        // The check is recorded once: a second result is refused.
        assertThat(handler.postJson("/api/v1/service-cases/" + id + "/post-check", "{\"truthful\":true}").status()).isEqualTo(422);
        office.putJson("/api/v1/services/settings/post-check-share", "{\"percent\":20}");
    }

    @Test
    @DisplayName("001 §38: the post-check draw is reproducible and honours the share")
    void postCheckDrawHonoursShare() {
        int drawn = 0;
        for (long id = 1; id <= 10_000; id++) {
            if (cn.yingshang.services.internal.PostCheckDrawProbe.drawn(id, 20)) {
                drawn++;
            }
        }
        assertThat(drawn).isBetween(1_800, 2_200);
    }

    @Test
    @DisplayName("000 §19: 容缺受理 accepts without a non-key material, refuses a key one, and decides only once it is supplied")
    void acceptWithDeficiencyWaitsForMaterial() {
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        long id = apply(enterprise, UUID.randomUUID().toString()).get("id").asLong();
        WebUser handler = WebUser.demo(port, "scj.handler");
        WebUser.Response key = handler.postJson("/api/v1/service-cases/" + id + "/acceptance-with-deficiency",
                "{\"missing\":[\"公司章程\"]}");
        assertThat(key.status()).isEqualTo(422);
        assertThat(key.body()).contains("关键材料");

        WebUser.Response accepted = handler.postJson("/api/v1/service-cases/" + id + "/acceptance-with-deficiency",
                "{\"missing\":[\"住所使用证明\"]}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(JSON.readTree(accepted.body()).get("status").asText()).isEqualTo("ACCEPTED");
        WebUser.Response early = handler.postJson("/api/v1/service-cases/" + id + "/decision", "{\"grant\":true}");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.body()).contains("容缺材料尚未补齐");
        // Not lapsed yet: the case cannot be withdrawn.
        assertThat(handler.postJson("/api/v1/service-cases/" + id + "/withdrawal", "{}").status()).isEqualTo(422);

        // the late material comes as a file: without it the answer is refused on its part
        WebUser.Response noFile = enterprise.postJson("/api/v1/service-cases/" + id + "/deficiency-supplied", "{}");
        assertThat(noFile.status()).isEqualTo(415);
        WebUser.Response empty = enterprise.sendWithCsrf(new cn.yingshang.support.Multipart().field("x", "y")
                .post(port, "/api/v1/service-cases/" + id + "/deficiency-supplied"));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.contentType()).startsWith("application/problem+json");
        assertThat(JSON.readTree(empty.body()).path("errors").path("deficiency-file-0").asText()).contains("住所使用证明");
        WebUser.Response supplied = enterprise.sendWithCsrf(new cn.yingshang.support.Multipart()
                .file("deficiency-file-0", "住所证明.png", MaterialUploadHttpTest.PNG)
                .post(port, "/api/v1/service-cases/" + id + "/deficiency-supplied"));
        assertThat(supplied.status()).as(supplied.body()).isEqualTo(200);
        assertThat(JSON.readTree(supplied.body()).path("files").get(0).path("stage").asText()).isEqualTo("DEFICIENCY");
        JsonNode granted = JSON.readTree(handler.postJson("/api/v1/service-cases/" + id + "/decision", "{\"grant\":true}").body());
        assertThat(granted.get("status").asText()).isEqualTo("GRANTED");
        assertThat(granted.get("licenceCode").asText()).startsWith("EL");
    }

    @Test
    @DisplayName("国办发〔2019〕51号: a finished case is rated once; a 差评 runs 核实, 整改, 反馈, 复核 and 追评, with a return visit")
    void badRatingRunsItsLoop() {
        WebUser enterprise = WebUser.demo(port, "enterprise1");
        long id = apply(enterprise, UUID.randomUUID().toString()).get("id").asLong();
        WebUser handler = WebUser.demo(port, "scj.handler");
        assertThat(enterprise.postJson("/api/v1/service-cases/" + id + "/rating", "{\"level\":1}").status()).isEqualTo(422);
        handler.postJson("/api/v1/service-cases/" + id + "/acceptance", "{}");
        handler.postJson("/api/v1/service-cases/" + id + "/decision", "{\"grant\":true}");

        WebUser.Response rated = enterprise.postJson("/api/v1/service-cases/" + id + "/rating", "{\"level\":1,\"comment\":\"窗口态度差\"}");
        assertThat(rated.status()).as(rated.body()).isEqualTo(201);
        assertThat(JSON.readTree(rated.body()).get("status").asText()).isEqualTo("VERIFYING");
        assertThat(enterprise.postJson("/api/v1/service-cases/" + id + "/rating", "{\"level\":5}").status()).isEqualTo(422);

        // Out of order: rectification before verification is refused.
        assertThat(handler.postJson("/api/v1/service-cases/" + id + "/bad-rating/rectify", "{\"text\":\"x\"}").status()).isEqualTo(422);
        assertThat(step(handler, id, "verify", "{\"text\":\"经核实属实\"}")).isEqualTo("RECTIFYING");
        assertThat(step(handler, id, "rectify", "{\"text\":\"窗口人员培训\"}")).isEqualTo("FEEDBACK");
        assertThat(step(handler, id, "feedback", "{\"text\":\"已向企业反馈\"}")).isEqualTo("REVIEW");
        // 复核 is the office's, not the department's.
        assertThat(handler.postJson("/api/v1/service-cases/" + id + "/bad-rating/review", "{\"text\":\"x\"}").status()).isEqualTo(403);
        assertThat(step(WebUser.demo(port, "office"), id, "review", "{\"text\":\"整改到位\"}")).isEqualTo("FOLLOW_UP");
        assertThat(handler.postJson("/api/v1/service-cases/" + id + "/bad-rating/return-visit", "{}").status()).isEqualTo(200);
        assertThat(handler.postJson("/api/v1/service-cases/" + id + "/bad-rating/return-visit", "{}").status()).isEqualTo(422);
        assertThat(step(enterprise, id, "follow-up", "{\"level\":4}")).isEqualTo("CLOSED");
        assertThat(WebUser.anonymous(port).get("/public/services/ratings").body()).contains("id=\"ratings\"")
                .contains("乌鲁木齐市市场监督管理局").contains("乌鲁木齐市政务服务中心 B 区");
    }

    String step(WebUser user, long id, String action, String body) {
        WebUser.Response r = user.postJson("/api/v1/service-cases/" + id + "/bad-rating/" + action, body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).get("status").asText();
    }
}
