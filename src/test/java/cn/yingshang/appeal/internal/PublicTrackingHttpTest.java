package cn.yingshang.appeal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Accounts;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class PublicTrackingHttpTest {

    @LocalServerPort
    int port;

    final Accounts accounts;
    final JdbcClient jdbc;

    @Autowired
    PublicTrackingHttpTest(Accounts accounts, JdbcClient jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    record Submitted(String trackingNumber, long id, String name, String phone) {
    }

    Submitted submitPublicly(String type) {
        String name = "查询人" + UUID.randomUUID().toString().substring(0, 4);
        String phone = "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        WebUser.Response r = visitor().postMultipart("/public/appeals", null, null, null, Map.of(
                "type", type, "category", "GOV_SERVICES", "title", "咨询办事进度" + name.substring(3),
                "content", "想了解营业执照变更登记需要的材料。", "name", name, "phone", phone, "region", "650102"));
        assertThat(r.status()).isEqualTo(200);
        String tracking = r.body().replaceAll("(?s).*id=\"tracking-number\">([^<]+)<.*", "$1");
        long id = jdbc.sql("SELECT id FROM appeal WHERE tracking_number = :t").param("t", tracking).query(Long.class).single();
        return new Submitted(tracking, id, name, phone);
    }

    /** A visitor without an account, holding a session and its CSRF token as a browser would. */
    WebUser visitor() {
        WebUser v = WebUser.anonymous(port);
        v.refreshCsrf();
        return v;
    }

    /** The page without its per-request CSRF token masks, so two answers can be compared. */
    static String withoutTokens(String html) {
        return html.replaceAll("<meta name=\"_csrf\" content=\"[^\"]*\">", "").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "")
                .replaceAll("name=\"_submission\" value=\"[^\"]*\"", "");
    }

    static Map<String, String> lookup(String tracking, String last4) {
        return Map.of("trackingNumber", tracking, "phoneLast4", last4);
    }

    @Test
    @DisplayName("信息公开: a requester without an account finds the appeal by tracking number and phone digits, sees status, time left and a masked timeline, rates it and reopens it")
    void lookUpRateAndReopen() {
        Submitted s = submitPublicly("COMPLAINT");
        String last4 = s.phone().substring(s.phone().length() - 4);
        WebUser visitor = visitor();
        // without a lookup the page is not shown
        assertThat(visitor.get("/public/appeals/track/" + s.trackingNumber()).uri().getPath()).isEqualTo("/public/appeals/track");

        WebUser.Response found = visitor.postForm("/public/appeals/track", lookup(s.trackingNumber().toLowerCase(), last4));
        assertThat(found.uri().getPath()).isEqualTo("/public/appeals/track/" + s.trackingNumber());
        assertThat(found.body()).contains("待受理", "提交诉求", "剩余", s.name().charAt(0) + "**",
                s.phone().substring(0, 3) + "****" + last4);
        assertThat(found.body()).doesNotContain(s.name(), s.phone());

        WebUser office = WebUser.demo(port, "office");
        long scj = accounts.byUsername("scj.handler").orElseThrow().departmentId().value();
        office.postForm("/workbench/appeals/" + s.id() + "/act", Map.of("action", "DISPATCH", "leadDepartment", String.valueOf(scj),
                "instruction", "内部派单意见请勿公开"));
        office.postForm("/workbench/appeals/" + s.id() + "/act", Map.of("action", "REMIND", "note", "内部催办说明"));
        WebUser.demo(port, "scj.handler").postForm("/workbench/appeals/" + s.id() + "/act",
                Map.of("action", "REPLY", "reply", "所需材料为变更登记申请书和股东会决议。"));

        String replied = visitor.get("/public/appeals/track/" + s.trackingNumber()).body();
        assertThat(replied).contains("已答复待评价", "所需材料为变更登记申请书和股东会决议", "id=\"rate-form\"");
        assertThat(replied).doesNotContain("内部派单意见请勿公开", "内部催办说明");

        String rated = visitor.postForm("/public/appeals/track/" + s.trackingNumber() + "/act",
                Map.of("action", "RATE", "resolution", "NOT_RESOLVED", "satisfaction", "NOT_SATISFIED")).body();
        assertThat(rated).contains("已办结", "未解决·不满意", "id=\"reopen-form\"");
        String reopened = visitor.postForm("/public/appeals/track/" + s.trackingNumber() + "/act",
                Map.of("action", "REOPEN", "reason", "材料清单与窗口要求不一致")).body();
        assertThat(reopened).contains("办理中", "材料清单与窗口要求不一致");
        assertThat(jdbc.sql("SELECT actor FROM appeal_event WHERE appeal_id = :a AND action = 'REOPEN'").param("a", s.id())
                .query(String.class).single()).isEqualTo(AppealService.VERIFIED_REQUESTER);

        // another visitor's session has not been verified for this appeal: acting is refused
        WebUser stranger = visitor();
        stranger.postForm("/public/appeals/track/" + s.trackingNumber() + "/act", Map.of("action", "REOPEN", "reason", "冒充"));
        assertThat(jdbc.sql("SELECT count(*) FROM appeal_event WHERE appeal_id = :a AND action = 'REOPEN'").param("a", s.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("信息公开 lookup is no enumeration oracle: an unknown number and a wrong proof answer alike, and a number is locked after 5 wrong proofs")
    void noOracleAndLockedAfterFailures() {
        Submitted s = submitPublicly("CONSULTATION");
        String last4 = s.phone().substring(s.phone().length() - 4);
        String wrong = last4.equals("0000") ? "1111" : "0000";
        WebUser visitor = visitor();
        WebUser.Response unknown = visitor.postForm("/public/appeals/track", lookup("SQ2099010199999999", last4));
        WebUser.Response mismatch = visitor.postForm("/public/appeals/track", lookup(s.trackingNumber(), wrong));
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(mismatch.status()).isEqualTo(200);
        String message = "受理编号或手机号后四位不正确";
        assertThat(unknown.body()).contains(message);
        assertThat(mismatch.body()).contains(message);
        assertThat(withoutTokens(unknown.body()).replace("SQ2099010199999999", "N"))
                .isEqualTo(withoutTokens(mismatch.body()).replace(s.trackingNumber(), "N"));

        for (int i = 0; i < 4; i++) {
            visitor.postForm("/public/appeals/track", lookup(s.trackingNumber(), wrong));
        }
        WebUser.Response locked = visitor().postForm("/public/appeals/track", lookup(s.trackingNumber(), last4));
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.body()).contains("尝试次数过多");
        assertThat(locked.uri().getPath()).isEqualTo("/public/appeals/track");
    }
}
