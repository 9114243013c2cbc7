package cn.yingshang.appeal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Accounts;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    record Submitted(String trackingNumber, String code, String accessCode, long id, String name, String phone, String receipt) {
    }

    Submitted submitPublicly(String type) {
        String name = "查询人" + UUID.randomUUID().toString().substring(0, 4);
        String phone = "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        WebUser.Response r = visitor().postMultipart("/public/appeals", null, null, null, Map.of(
                "type", type, "category", "GOV_SERVICES", "title", "咨询办事进度" + name.substring(3),
                "content", "想了解营业执照变更登记需要的材料。", "name", name, "phone", phone, "region", "650102"));
        assertThat(r.status()).isEqualTo(200);
        String code = field(r.body(), "public-code");
        String access = field(r.body(), "access-code");
        long id = jdbc.sql("SELECT id FROM appeal WHERE public_code = :c").param("c", code.replace("-", ""))
                .query(Long.class).single();
        String tracking = jdbc.sql("SELECT tracking_number FROM appeal WHERE id = :id").param("id", id).query(String.class).single();
        return new Submitted(tracking, code, access, id, name, phone, r.body());
    }

    static String field(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]+)<").matcher(html);
        assertThat(m.find()).as(id + " on the page").isTrue();
        return m.group(1).strip();
    }

    /** A visitor without an account behind the government's proxy, with a client address of its own. */
    WebUser visitor() {
        return visitor(WebUser.freshClientAddress());
    }

    WebUser visitor(String clientAddress) {
        WebUser v = WebUser.behindProxy(port, clientAddress);
        v.refreshCsrf();
        return v;
    }

    /** The page without its per-request CSRF token masks, so two answers can be compared. */
    static String withoutTokens(String html) {
        return html.replaceAll("<meta name=\"_csrf\" content=\"[^\"]*\">", "").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "")
                .replaceAll("name=\"_submission\" value=\"[^\"]*\"", "");
    }

    static Map<String, String> lookup(String code, String accessCode) {
        return Map.of("code", code, "accessCode", accessCode);
    }

    static String wrong(String accessCode) {
        return accessCode.startsWith("Z") ? "YYYY-YYYY" : "ZZZZ-ZZZZ";
    }

    long events(long id, String action) {
        return jdbc.sql("SELECT count(*) FROM appeal_event WHERE appeal_id = :a AND action = :x").param("a", id).param("x", action)
                .query(Long.class).single();
    }

    @Test
    @DisplayName("信息公开: the receipt gives a random public code and an access code (not the internal number); with both the requester sees status, time left and a masked timeline, rates and reopens")
    void lookUpRateAndReopen() {
        Submitted s = submitPublicly("COMPLAINT");
        assertThat(s.code()).matches("YS-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(s.accessCode()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(s.receipt()).doesNotContain(s.trackingNumber())
                .contains("查询码" + s.code() + "，访问码" + s.accessCode());
        assertThat(jdbc.sql("SELECT access_code_hash FROM appeal WHERE id = :id").param("id", s.id()).query(String.class).single())
                .as("only a digest of the access code is stored").doesNotContain(s.accessCode().replace("-", "")).hasSize(64);

        WebUser visitor = visitor();
        // typed as read out on the phone: lower case, no dashes, O for 0
        String typed = s.code().replace("-", "").toLowerCase().replace('0', 'o');
        WebUser.Response found = visitor.postForm("/public/appeals/track", lookup(typed, s.accessCode().toLowerCase()));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).contains("待受理", "提交诉求", "剩余", s.code(), s.name().charAt(0) + "**",
                s.phone().substring(0, 3) + "****" + s.phone().substring(s.phone().length() - 4));
        assertThat(found.body()).doesNotContain(s.name(), s.phone(), s.trackingNumber());

        WebUser office = WebUser.demo(port, "office");
        long scj = accounts.byUsername("scj.handler").orElseThrow().departmentId().value();
        office.postForm("/workbench/appeals/" + s.id() + "/act", Map.of("action", "DISPATCH", "leadDepartment", String.valueOf(scj),
                "instruction", "内部派单意见请勿公开"));
        office.postForm("/workbench/appeals/" + s.id() + "/act", Map.of("action", "REMIND", "note", "内部催办说明"));
        WebUser.demo(port, "scj.handler").postForm("/workbench/appeals/" + s.id() + "/act",
                Map.of("action", "REPLY", "reply", "所需材料为变更登记申请书和股东会决议。"));

        String replied = visitor.postForm("/public/appeals/track", lookup(s.code(), s.accessCode())).body();
        assertThat(replied).contains("已答复待评价", "所需材料为变更登记申请书和股东会决议", "id=\"rate-form\"");
        assertThat(replied).doesNotContain("内部派单意见请勿公开", "内部催办说明");

        String rated = visitor.postForm("/public/appeals/track/act", Map.of("code", s.code(), "accessCode", s.accessCode(),
                "action", "RATE", "resolution", "NOT_RESOLVED", "satisfaction", "NOT_SATISFIED")).body();
        assertThat(rated).contains("已办结", "未解决·不满意", "id=\"reopen-form\"");
        String reopened = visitor.postForm("/public/appeals/track/act", Map.of("code", s.code(), "accessCode", s.accessCode(),
                "action", "REOPEN", "reason", "材料清单与窗口要求不一致")).body();
        assertThat(reopened).contains("办理中", "材料清单与窗口要求不一致");
        assertThat(jdbc.sql("SELECT actor FROM appeal_event WHERE appeal_id = :a AND action = 'REOPEN'").param("a", s.id())
                .query(String.class).single()).isEqualTo(AppealSteps.VERIFIED_REQUESTER);
    }

    @Test
    @DisplayName("信息公开: the internal tracking number and phone digits find nothing, and a found appeal is rated or reopened only with the access code")
    void onlyTheAccessCodeActs() {
        Submitted s = submitPublicly("CONSULTATION");
        WebUser staff = WebUser.demo(port, "office");
        long scj = accounts.byUsername("scj.handler").orElseThrow().departmentId().value();
        staff.postForm("/workbench/appeals/" + s.id() + "/act", Map.of("action", "DISPATCH", "leadDepartment", String.valueOf(scj),
                "instruction", "请答复"));
        WebUser.demo(port, "scj.handler").postForm("/workbench/appeals/" + s.id() + "/act", Map.of("action", "REPLY", "reply", "已答复。"));

        WebUser guesser = visitor();
        String last4 = s.phone().substring(s.phone().length() - 4);
        // the old proof: sequential number and four phone digits
        WebUser.Response old = guesser.postForm("/public/appeals/track", Map.of("trackingNumber", s.trackingNumber(), "phoneLast4", last4));
        assertThat(old.body()).doesNotContain("id=\"rate-form\"").contains("track-form");
        WebUser.Response byNumber = guesser.postForm("/public/appeals/track", lookup(s.trackingNumber(), last4 + last4));
        assertThat(byNumber.body()).doesNotContain("id=\"rate-form\"");

        // someone who learned the public code but not the access code cannot rate, reopen or see the appeal
        WebUser.Response rate = guesser.postForm("/public/appeals/track/act", Map.of("code", s.code(), "accessCode", wrong(s.accessCode()),
                "action", "RATE", "resolution", "NOT_RESOLVED", "satisfaction", "NOT_SATISFIED"));
        assertThat(rate.body()).contains("查询码或访问码不正确").doesNotContain("已答复。");
        WebUser.Response noProof = guesser.postForm("/public/appeals/track/act", Map.of("code", s.code(), "action", "RATE",
                "resolution", "NOT_RESOLVED", "satisfaction", "NOT_SATISFIED"));
        assertThat(noProof.status()).isEqualTo(400);
        assertThat(events(s.id(), "RATE")).isZero();
        // nor is there a page by URL that a session once unlocked
        assertThat(guesser.get("/public/appeals/track/" + s.trackingNumber()).status()).isEqualTo(404);

        WebUser holder = visitor();
        assertThat(holder.postForm("/public/appeals/track/act", Map.of("code", s.code(), "accessCode", s.accessCode(),
                "action", "RATE", "resolution", "RESOLVED", "satisfaction", "SATISFIED")).body()).contains("已解决·满意");
        assertThat(events(s.id(), "RATE")).isEqualTo(1);
    }

    @Test
    @DisplayName("信息公开 lookup is no enumeration oracle: an unknown code and a wrong access code answer alike")
    void noOracle() {
        Submitted s = submitPublicly("CONSULTATION");
        WebUser visitor = visitor();
        String unknownCode = "YS-0000-0000-0000";
        WebUser.Response unknown = visitor.postForm("/public/appeals/track", lookup(unknownCode, s.accessCode()));
        WebUser.Response mismatch = visitor.postForm("/public/appeals/track", lookup(s.code(), wrong(s.accessCode())));
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(mismatch.status()).isEqualTo(200);
        assertThat(unknown.body()).contains("查询码或访问码不正确");
        assertThat(withoutTokens(unknown.body()).replace(unknownCode, "N"))
                .isEqualTo(withoutTokens(mismatch.body()).replace(s.code(), "N"));
    }

    @Test
    @DisplayName("信息公开: wrong guesses lock out the guessing client, never the holder of the right access code")
    void wrongGuessesNeverLockOutTheHolder() {
        Submitted s = submitPublicly("CONSULTATION");
        WebUser attacker = visitor();
        int refused = 0;
        for (int i = 0; i < 8; i++) {
            if (attacker.postForm("/public/appeals/track", lookup(s.code(), wrong(s.accessCode()))).status() == 429) {
                refused++;
            }
        }
        assertThat(refused).as("after 5 wrong access codes for one code the guessing client is refused").isEqualTo(3);
        WebUser.Response locked = attacker.postForm("/public/appeals/track", lookup(s.code(), s.accessCode()));
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.body()).contains("尝试次数过多");

        WebUser holder = visitor();
        WebUser.Response found = holder.postForm("/public/appeals/track", lookup(s.code(), s.accessCode()));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).contains(s.code(), "待受理");
    }

    @Test
    @DisplayName("信息公开: each client has 20 lookups per 10 minutes, counted in PostgreSQL; a right lookup costs none and malformed input is answered without counting")
    void perClientLimitInTheDatabase() {
        Submitted s = submitPublicly("CONSULTATION");
        String client = WebUser.freshClientAddress();
        WebUser visitor = visitor(client);
        for (int i = 0; i < 25; i++) {
            WebUser.Response malformed = visitor.postForm("/public/appeals/track", lookup("SQ2025" + i, "12"));
            assertThat(malformed.status()).isEqualTo(400);
            assertThat(malformed.body()).contains("请按提交时取得的格式填写");
        }
        for (int i = 0; i < 5; i++) {
            assertThat(visitor.postForm("/public/appeals/track", lookup(s.code(), s.accessCode())).status()).isEqualTo(200);
        }
        for (int i = 0; i < 20; i++) {
            // twelve random digits (a UUID's digits alone are sometimes fewer than twelve)
            String randomCode = "YS" + String.format("%012d", java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
            assertThat(visitor.postForm("/public/appeals/track", lookup(randomCode, "ABCD-2345")).status()).isEqualTo(200);
        }
        WebUser.Response refused = visitor.postForm("/public/appeals/track", lookup(s.code(), s.accessCode()));
        assertThat(refused.status()).isEqualTo(429);
        // the count lives in the database, as a digest: another node sees it, and no address is stored
        assertThat(jdbc.sql("SELECT attempts FROM platform_attempt WHERE limit_name = 'appeal-tracking-client' AND key_hash = encode(sha256(convert_to(:k, 'UTF8')), 'hex')")
                .param("k", client).query(Integer.class).single()).isEqualTo(21);
        assertThat(jdbc.sql("SELECT count(*) FROM platform_attempt WHERE key_hash LIKE :k").param("k", "%" + client + "%")
                .query(Long.class).single()).isZero();
        // the holder of the right codes elsewhere is not affected
        assertThat(visitor().postForm("/public/appeals/track", lookup(s.code(), s.accessCode())).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("X-Forwarded-For is honoured only from a configured proxy: a client sending its own header is still counted by its address")
    void forwardedForOnlyFromTrustedProxies() {
        // 127.0.0.3 is loopback (a private range Tomcat's default would trust) but not a configured proxy
        int refused = 0;
        for (int i = 0; i < 22; i++) {
            WebUser spoofing = WebUser.forwarded(port, "127.0.0.3", WebUser.freshClientAddress());
            spoofing.refreshCsrf();
            if (spoofing.postForm("/public/appeals/track", lookup("YS-0000-0000-000" + (i % 10), "ABCD-2345")).status() == 429) {
                refused++;
            }
        }
        assertThat(refused).as("all 22 requests came from one client whatever they claimed").isEqualTo(2);
    }

    @Test
    @DisplayName("信息公开: an appeal received before access codes (none stored) is found only after the office issues a new access code, which replaces the old one")
    void officeReissuesAccessCode() {
        Submitted s = submitPublicly("CONSULTATION");
        // as the migration left appeals received before: a public code, no access code
        jdbc.sql("UPDATE appeal SET access_code_hash = NULL WHERE id = :id").param("id", s.id()).update();
        assertThat(visitor().postForm("/public/appeals/track", lookup(s.code(), s.accessCode())).body()).contains("查询码或访问码不正确");

        assertThat(WebUser.demo(port, "scj.handler").postForm("/workbench/appeals/" + s.id() + "/access-code", Map.of()).status())
                .isEqualTo(403);
        WebUser.Response issued = WebUser.demo(port, "office").postForm("/workbench/appeals/" + s.id() + "/access-code", Map.of());
        Matcher m = Pattern.compile("查询码(YS-[0-9A-Z-]{14})，访问码([0-9A-Z]{4}-[0-9A-Z]{4})").matcher(issued.body());
        assertThat(m.find()).as("the new codes are shown once to be read out").isTrue();
        assertThat(m.group(1)).isEqualTo(s.code());
        String fresh = m.group(2);
        assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE action = 'appeal.access-code.reissue' AND target_id = :t")
                .param("t", s.trackingNumber()).query(Long.class).single()).isEqualTo(1);

        assertThat(visitor().postForm("/public/appeals/track", lookup(s.code(), fresh)).body()).contains("待受理");
        if (!fresh.equals(s.accessCode())) {
            assertThat(visitor().postForm("/public/appeals/track", lookup(s.code(), s.accessCode())).body()).contains("查询码或访问码不正确");
        }
    }
}
