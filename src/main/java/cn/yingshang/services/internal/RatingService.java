package cn.yingshang.services.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.ListPage;
import cn.yingshang.platform.ListQuery;
import cn.yingshang.platform.PageOf;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.TimeLimit;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** 好差评: rating a finished case once, and moving a 差评 through its loop one guarded step at a time. */
@Component
class RatingService {

    private final CaseAccess access;
    private final ServiceGuides guides;
    private final WorkingCalendars calendars;
    private final JdbcClient jdbc;
    private final ServiceMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    RatingService(CaseAccess access, ServiceGuides guides, WorkingCalendars calendars, JdbcClient jdbc,
                  ServiceMessages messages, AuditLog audit, Clock clock) {
        this.access = access;
        this.guides = guides;
        this.calendars = calendars;
        this.jdbc = jdbc;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    void rate(long caseId, int level, String comment, boolean named, SignedInUser rater) {
        ServiceCase c = access.readable(caseId, rater);
        if (!rater.isEnterpriseOf(c.creditCode())) {
            throw messages.violation(null, "services.rating.applicantOnly");
        }
        store(c, level, comment, named, "ONLINE");
    }

    /** The applicant rates on the window's evaluation device; the window's handler records it (named: the applicant is present). */
    @Transactional
    void rateAtWindow(long caseId, int level, String comment, SignedInUser handler) {
        store(access.handleable(caseId, handler), level, comment, true, "WINDOW");
    }

    private void store(ServiceCase c, int level, String comment, boolean named, String channel) {
        long caseId = c.id();
        if (c.status() != CaseStatus.GRANTED && c.status() != CaseStatus.REFUSED) {
            throw messages.violation(null, "services.rating.notFinished");
        }
        if (level < 1 || level > 5) {
            throw messages.violation("level", "services.rating.level");
        }
        Guide guide = guides.guide(c.implementationId()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        int n = jdbc.sql("""
                        INSERT INTO svc_rating (case_id, level, comment, named, department, window_name, rated_on, rated_at, channel)
                        VALUES (:id, :level, :comment, :named, :dept, :window, :on, :at, :channel) ON CONFLICT (case_id) DO NOTHING""")
                .param("channel", channel)
                .param("id", caseId).param("level", level).param("comment", comment == null ? "" : comment.strip())
                .param("named", named).param("dept", c.department()).param("window", guide.window()).param("on", today)
                .param("at", clock.instant().atOffset(ZoneOffset.UTC)).update();
        if (n != 1) {
            throw messages.violation(null, "services.rating.once");
        }
        if (level <= 2) {
            jdbc.sql("INSERT INTO svc_bad_rating (case_id, status) VALUES (:id, 'VERIFYING')").param("id", caseId).update();
        }
        audit.record("services.rating", "svc_case", Long.toString(caseId), null, level);
    }

    /** Takes one step of the 差评 loop; {@code text} is the verification, rectification, feedback or review. */
    @Transactional
    String step(long caseId, String action, String text, Integer followUpLevel, SignedInUser user) {
        BadRatingWorkflow.Step step = BadRatingWorkflow.step(action)
                .orElseThrow(() -> messages.violation("action", "services.rating.unknownStep"));
        ServiceCase c = switch (step.actor()) {
            case DEPARTMENT -> access.handleable(caseId, user);
            case OFFICE -> {
                if (!user.can("services:configure")) {
                    throw new org.springframework.security.access.AccessDeniedException("services.rating.officeOnly");
                }
                yield access.readableByOffice(caseId);
            }
            case RATER -> {
                ServiceCase rc = access.readable(caseId, user);
                if (!user.isEnterpriseOf(rc.creditCode())) {
                    throw messages.violation(null, "services.rating.applicantOnly");
                }
                yield rc;
            }
        };
        if (step.actor() != BadRatingWorkflow.Actor.RATER && (text == null || text.isBlank())) {
            throw messages.violation("text", "services.rating.textRequired");
        }
        String column = Map.of("verify", "verification", "rectify", "rectification", "feedback", "feedback",
                "review", "review", "follow-up", "follow_up_level").get(action);
        LocalDate rectifyBy = "verify".equals(action) ? calendars.deadline(RegionCode.of(c.regionCode()), LocalDate.now(clock),
                TimeLimit.workingDays(rectifyDays())) : null;
        Object value = "follow-up".equals(action) ? followUpLevel : text.strip();
        if ("follow-up".equals(action) && returnVisitMissing(caseId)) {
            // 100 % return visits for named 差评: the loop does not close before the department has called back.
            throw messages.violation(null, "services.rating.returnVisitFirst");
        }
        if ("follow-up".equals(action) && (followUpLevel == null || followUpLevel < 1 || followUpLevel > 5)) {
            throw messages.violation("level", "services.rating.level");
        }
        // column comes from the fixed map above, never from the request.
        int n = jdbc.sql("UPDATE svc_bad_rating SET status = :to, " + column + " = :value, rectify_by = coalesce(:by, rectify_by)"
                        + " WHERE case_id = :id AND status = :from")
                .param("to", step.to()).param("value", value).param("by", rectifyBy, java.sql.Types.DATE)
                .param("id", caseId).param("from", step.from()).update();
        if (n != 1) {
            throw messages.violation(null, "services.rating.wrongStep");
        }
        audit.record("services.badRating." + action, "svc_case", Long.toString(caseId), step.from(), step.to());
        return step.to();
    }

    /** 100 % return visits for named 差评: recorded by the department once. */
    @Transactional
    void returnVisit(long caseId, SignedInUser handler) {
        access.handleable(caseId, handler);
        if (jdbc.sql("""
                        UPDATE svc_bad_rating b SET return_visited_on = :on FROM svc_rating r
                        WHERE b.case_id = :id AND r.case_id = b.case_id AND r.named AND b.return_visited_on IS NULL""")
                .param("on", LocalDate.now(clock)).param("id", caseId).update() != 1) {
            throw messages.violation(null, "services.rating.noVisitDue");
        }
        audit.record("services.badRating.returnVisit", "svc_case", Long.toString(caseId), null, null);
    }

    Optional<Map<String, Object>> badRating(long caseId) {
        return jdbc.sql("SELECT status, rectify_by, verification, rectification, feedback, review, follow_up_level, return_visited_on FROM svc_bad_rating WHERE case_id = :id")
                .param("id", caseId).query().listOfRows().stream().findFirst();
    }

    private boolean returnVisitMissing(long caseId) {
        return jdbc.sql("""
                        SELECT count(*) FROM svc_bad_rating b JOIN svc_rating r ON r.case_id = b.case_id
                        WHERE b.case_id = :id AND r.named AND b.return_visited_on IS NULL""")
                .param("id", caseId).query(Long.class).single() > 0;
    }

    /** The case's rating, if any: level, comment, named, channel. */
    Optional<Map<String, Object>> rating(long caseId) {
        return jdbc.sql("SELECT level, comment, named, channel, rated_on FROM svc_rating WHERE case_id = :id")
                .param("id", caseId).query().listOfRows().stream().findFirst();
    }

    /**
     * One page of the open 差评 of the departments given (all: every department, for the office), oldest rating first;
     * searched by the comment or the department, or exactly by the case number.
     */
    PageOf<Map<String, Object>> openBadRatings(List<Long> departmentIds, boolean all, String search, ListPage page) {
        if (!all && departmentIds.isEmpty()) {
            return new PageOf<>(List.of(), 0, page);
        }
        return ListQuery.page(jdbc, new ListQuery.Spec("""
                        b.case_id, b.status, b.rectify_by, b.return_visited_on, r.level, r.comment, r.named, r.department, r.rated_on""",
                "svc_bad_rating b JOIN svc_rating r ON r.case_id = b.case_id JOIN svc_case c ON c.id = b.case_id",
                "b.status <> 'CLOSED' AND (:all OR c.department_id IN (:depts))", List.of("r.comment", "r.department"),
                List.of("CAST(b.case_id AS TEXT)"), Map.of("rated", "r.rated_on", "rectifyBy", "b.rectify_by", "level", "r.level"),
                "r.rated_on, b.case_id"), Map.of("all", all, "depts", all ? List.of(-1L) : departmentIds), search, page,
                new org.springframework.jdbc.core.ColumnMapRowMapper());
    }

    private int rectifyDays() {
        return Integer.parseInt(jdbc.sql("SELECT value FROM svc_setting WHERE key = 'rating.rectify_working_days'")
                .query(String.class).single());
    }
}
