package cn.yingshang.review;

import static cn.yingshang.review.ReviewAuthorisationMatrixTest.Action.DECIDE;
import static cn.yingshang.review.ReviewAuthorisationMatrixTest.Action.ISSUE;
import static cn.yingshang.review.ReviewAuthorisationMatrixTest.Action.LIST;
import static cn.yingshang.review.ReviewAuthorisationMatrixTest.Action.READ;
import static cn.yingshang.review.ReviewAuthorisationMatrixTest.Action.SIGN;
import static cn.yingshang.review.ReviewAuthorisationMatrixTest.Whose.COUNTY_SCJ;
import static cn.yingshang.review.ReviewAuthorisationMatrixTest.Whose.OFFICE;
import static cn.yingshang.review.ReviewAuthorisationMatrixTest.Whose.RSJ;
import static cn.yingshang.review.ReviewAuthorisationMatrixTest.Whose.SCJ;
import static cn.yingshang.review.ReviewAuthorisationMatrixTest.Whose.SCJ_PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.Authorisation;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.WebUser;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Object-level authorisation of fair competition review (issue 13), as a table that reads like the
 * rule: a draft belongs to the drafting department; its officials (a leader also for the departments
 * below) and the region-wide office read and act on it; supervisors read only published records;
 * four-eyes: the drafter never decides findings, signs the record or marks the draft issued.
 */
@PlatformTest
class ReviewAuthorisationMatrixTest {

    enum Whose { SCJ, RSJ, COUNTY_SCJ, OFFICE, SCJ_PUBLISHED }

    enum Action { LIST, READ, DECIDE, SIGN, ISSUE }

    static final boolean ALLOWED = true;
    static final boolean REFUSED = false;

    static Stream<Arguments> matrix() {
        return Stream.of(
                // who            whose draft     action  expected
                row("scj.handler", SCJ,           LIST,   ALLOWED),
                row("scj.handler", SCJ,           READ,   ALLOWED),
                row("scj.handler", SCJ,           DECIDE, REFUSED),   // the drafter: no review:decide, and four-eyes
                row("scj.handler", SCJ,           SIGN,   REFUSED),
                row("scj.handler", SCJ,           ISSUE,  REFUSED),   // four-eyes: the drafter does not issue alone
                row("scj.handler", RSJ,           LIST,   REFUSED),
                row("scj.handler", RSJ,           READ,   REFUSED),
                row("scj.handler", RSJ,           ISSUE,  REFUSED),
                row("scj.handler", COUNTY_SCJ,    READ,   REFUSED),   // a handler: own department only
                row("scj.leader",  SCJ,           LIST,   ALLOWED),
                row("scj.leader",  SCJ,           READ,   ALLOWED),
                row("scj.leader",  SCJ,           DECIDE, ALLOWED),
                row("scj.leader",  SCJ,           SIGN,   ALLOWED),
                row("scj.leader",  SCJ,           ISSUE,  ALLOWED),
                row("scj.leader",  RSJ,           LIST,   REFUSED),
                row("scj.leader",  RSJ,           READ,   REFUSED),
                row("scj.leader",  RSJ,           DECIDE, REFUSED),
                row("scj.leader",  RSJ,           SIGN,   REFUSED),
                row("scj.leader",  RSJ,           ISSUE,  REFUSED),
                row("scj.leader",  COUNTY_SCJ,    READ,   ALLOWED),   // a leader: also the departments below
                row("scj.leader",  COUNTY_SCJ,    DECIDE, ALLOWED),
                row("rsj.handler", RSJ,           READ,   ALLOWED),
                row("rsj.handler", RSJ,           ISSUE,  REFUSED),
                row("rsj.handler", SCJ,           LIST,   REFUSED),
                row("rsj.handler", SCJ,           READ,   REFUSED),
                row("rsj.handler", SCJ,           ISSUE,  REFUSED),
                row("tax.handler", SCJ,           READ,   REFUSED),
                row("office",      SCJ,           LIST,   ALLOWED),   // the office runs review region-wide
                row("office",      SCJ,           READ,   ALLOWED),
                row("office",      SCJ,           DECIDE, ALLOWED),
                row("office",      SCJ,           SIGN,   ALLOWED),
                row("office",      SCJ,           ISSUE,  ALLOWED),
                row("office",      OFFICE,        READ,   ALLOWED),
                row("office",      OFFICE,        DECIDE, REFUSED),   // four-eyes: its own draft
                row("office",      OFFICE,        SIGN,   REFUSED),
                row("office",      OFFICE,        ISSUE,  REFUSED),
                row("admin",       SCJ,           READ,   ALLOWED),
                row("admin",       SCJ,           DECIDE, ALLOWED),
                row("supervisor",  SCJ,           LIST,   REFUSED),   // an unpublished draft is not public
                row("supervisor",  SCJ,           READ,   REFUSED),
                row("supervisor",  SCJ,           DECIDE, REFUSED),
                row("supervisor",  SCJ_PUBLISHED, LIST,   ALLOWED),
                row("supervisor",  SCJ_PUBLISHED, READ,   ALLOWED),
                row("inspector1",  SCJ,           READ,   REFUSED),
                row("enterprise1", SCJ,           READ,   REFUSED),
                row("enterprise1", SCJ,           DECIDE, REFUSED),
                row("enterprise1", SCJ,           ISSUE,  REFUSED));
    }

    private static Arguments row(String who, Whose whose, Action action, boolean allowed) {
        return Arguments.of(who, whose, action, allowed);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    record Draft(long id, String title, List<Long> findings) {
        String path() {
            return "/workbench/reviews/" + id;
        }
    }

    private static final Map<Whose, Draft> DRAFTS = new EnumMap<>(Whose.class);

    @ParameterizedTest(name = "{0} · {2} · {1}''s draft → {3}")
    @MethodSource("matrix")
    @DisplayName("review: who may read, decide, sign and issue whose draft")
    void rule(String who, Whose whose, Action action, boolean allowed) {
        WebUser user = WebUser.demo(port, who);
        Draft draft = draft(whose);
        String before = state(draft);
        switch (action) {
            case LIST -> {
                WebUser.Response list = user.get("/workbench/reviews");
                if (allowed) {
                    assertThat(list.body()).contains(draft.title());
                } else if (list.status() == 200) {
                    assertThat(list.body()).doesNotContain(draft.title());
                } else {
                    Authorisation.assertRefused(list);
                }
            }
            case READ -> {
                WebUser.Response r = user.get(draft.path());
                check(allowed, r, null);
                if (!allowed) {
                    assertThat(r.body()).doesNotContain(draft.title());
                }
            }
            // each allowed action is stopped by the use case's own rule, so the matrix changes nothing either way
            case DECIDE -> check(allowed, user.postForm(draft.path() + "/findings/" + draft.findings().getFirst(),
                    Map.of("decision", "", "note", "")), "请选择确认或排除");
            case SIGN -> check(allowed, user.postForm(draft.path() + "/record", Map.of("opinion", "矩阵")),
                    "项疑似问题未确认或排除");
            case ISSUE -> check(allowed, user.postForm(draft.path() + "/issue", Map.of()), "第三十五条");
        }
        assertThat(state(draft)).isEqualTo(before);
    }

    @Test
    @DisplayName("four-eyes end to end: the handler drafts, the leader of the same department decides, signs and issues")
    void secondPersonCompletesTheReview() {
        Draft draft = submit("scj.handler", "第一条 救灾应急物资统一向市应急物资储备公司采购。");
        WebUser leader = WebUser.demo(port, "scj.leader");
        for (long finding : draft.findings()) {
            Authorisation.assertAllowed(leader.postForm(draft.path() + "/findings/" + finding, Map.of("decision", "CONFIRMED")));
        }
        assertThat(leader.postForm(draft.path() + "/record", Map.of("opinion", "适用例外规定。", "invokeException", "true",
                "exceptionGround", "PUBLIC_INTEREST", "exceptionJustification", "应急储备须统一调度，经评估无对竞争影响更小的替代方案",
                "exceptionUntil", "2099-12-31")).body()).contains("审查记录已签署");
        Authorisation.assertRefused(WebUser.demo(port, "scj.handler").postForm(draft.path() + "/issue", Map.of()));
        assertThat(leader.postForm(draft.path() + "/issue", Map.of()).body()).contains("已出台");
        assertThat(jdbc.sql("SELECT issued_by FROM review_document WHERE id = :d").param("d", draft.id())
                .query(String.class).single()).isEqualTo("scj.leader");
    }

    private static void check(boolean allowed, WebUser.Response r, String reachedUseCase) {
        if (allowed) {
            Authorisation.assertAllowed(r);
            if (reachedUseCase != null) {
                assertThat(r.body()).contains(reachedUseCase);
            }
        } else {
            Authorisation.assertRefused(r);
        }
    }

    // --- fixtures: one draft per owner, submitted through the same page officials use ---

    private synchronized Draft draft(Whose whose) {
        return DRAFTS.computeIfAbsent(whose, w -> switch (w) {
            case SCJ -> submit("scj.handler", "第一条 投标人须在项目所在地设立分公司。");
            case RSJ -> submit("rsj.handler", "第一条 投标人须在项目所在地设立分公司。");
            case OFFICE -> submit("office", "第一条 投标人须在项目所在地设立分公司。");
            case COUNTY_SCJ -> {
                Draft d = submit("scj.handler", "第一条 投标人须在项目所在地设立分公司。");
                jdbc.sql("""
                        UPDATE review_document SET department_id = (SELECT id FROM platform_department
                          WHERE code = '650102-MARKET_REGULATION') WHERE id = :d""").param("d", d.id()).update();
                yield d;
            }
            case SCJ_PUBLISHED -> {
                Draft d = submit("scj.handler", "第一条 救灾应急物资统一向市应急物资储备公司采购。");
                WebUser leader = WebUser.demo(port, "scj.leader");
                for (long finding : d.findings()) {
                    leader.postForm(d.path() + "/findings/" + finding, Map.of("decision", "CONFIRMED"));
                }
                assertThat(leader.postForm(d.path() + "/record", Map.of("opinion", "适用例外规定。", "invokeException", "true",
                        "exceptionGround", "PUBLIC_INTEREST", "exceptionJustification", "应急储备须统一调度，经评估无对竞争影响更小的替代方案",
                        "exceptionUntil", "2099-12-31", "publish", "true")).body()).contains("审查记录已签署");
                yield d;
            }
        });
    }

    private Draft submit(String who, String text) {
        String title = "授权矩阵审查 " + UUID.randomUUID().toString().substring(0, 8);
        WebUser.Response submitted = WebUser.demo(port, who).postMultipart("/workbench/reviews", null, null, null,
                Map.of("title", title, "kind", "TENDER", "text", text));
        assertThat(submitted.uri().getPath()).matches("/workbench/reviews/\\d+");
        long id = Long.parseLong(submitted.uri().getPath().replaceAll("\\D", ""));
        List<Long> findings = jdbc.sql("SELECT id FROM review_finding WHERE document_id = :d ORDER BY seq").param("d", id)
                .query(Long.class).list();
        assertThat(findings).isNotEmpty();
        return new Draft(id, title, findings);
    }

    /** Everything an action could change: the draft's status, its findings' decisions and its record. */
    private String state(Draft draft) {
        return jdbc.sql("SELECT status, issued_by FROM review_document WHERE id = :d").param("d", draft.id()).query().singleRow()
                + " " + jdbc.sql("SELECT decision, decided_by FROM review_finding WHERE document_id = :d ORDER BY seq")
                .param("d", draft.id()).query().listOfRows()
                + " " + jdbc.sql("SELECT count(*) FROM review_record WHERE document_id = :d").param("d", draft.id())
                .query(Long.class).single();
    }
}
