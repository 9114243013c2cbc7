package cn.yingshang.legal.internal;

import cn.yingshang.appeal.AppealTallies;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.shared.ConflictingChange;
import cn.yingshang.shared.Regions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarterly review of enterprise complaints about law enforcement (002 #49, with 002 #47's list of what to look for).
 * The office opens a past quarter's review over the complaints about inspections and the political-legal bodies received
 * in it, records a finding for each department complained about, and concludes the review once every department has one.
 * A finding that needs rectification gives the department {@code ENFORCEMENT_RECTIFICATION} on its region's calendar; the
 * department records what it did, once.
 */
@Component
class ReviewingEnforcement {

    static final String RECTIFICATION = "ENFORCEMENT_RECTIFICATION";
    private static final int PAGE = 500;

    private final EnforcementReviews reviews;
    private final AppealTallies appeals;
    private final Departments departments;
    private final LegalTimeLimits limits;
    private final WorkingCalendars calendars;
    private final LegalMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    ReviewingEnforcement(EnforcementReviews reviews, AppealTallies appeals, Departments departments, LegalTimeLimits limits,
                         WorkingCalendars calendars, LegalMessages messages, AuditLog audit, Clock clock) {
        this.reviews = reviews;
        this.appeals = appeals;
        this.departments = departments;
        this.limits = limits;
        this.calendars = calendars;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens the quarter's review; opening it again returns the same review. */
    @Transactional
    long open(Integer year, Integer quarter, SignedInUser user) {
        requireOffice(user);
        LocalDate today = LocalDate.now(clock);
        if (year == null || year < 2000 || year > 2100) {
            throw messages.violation("year", "legal.review.yearInvalid");
        }
        if (quarter == null || quarter < 1 || quarter > 4) {
            throw messages.violation("quarter", "legal.review.quarterInvalid");
        }
        LocalDate from = EnforcementReview.firstDay(year, quarter);
        LocalDate to = EnforcementReview.lastDay(year, quarter);
        if (!today.isAfter(to)) {
            throw messages.violation("quarter", "legal.review.quarterNotOver", year + "Q" + quarter);
        }
        var existing = reviews.ofQuarter(year, quarter);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        long id = reviews.open(year, quarter, today).orElseThrow(ConflictingChange::new);
        for (int page = 0; ; page++) {
            AppealTallies.CaseList list = appeals.cases(AppealTallies.Measure.ENFORCEMENT_COMPLAINTS, from, to, today, Regions.XINJIANG,
                    null, page, PAGE);
            // a complaint not yet dispatched has no department to answer for it
            reviews.cover(id, list.items().stream().filter(c -> c.departmentId() != null).toList());
            if ((long) (page + 1) * PAGE >= list.total()) {
                break;
            }
        }
        audit.record("legal.review.open", "legal_enforcement_review", String.valueOf(id), null, year + "Q" + quarter);
        return id;
    }

    record NewFinding(Long departmentId, String kind, String description) {
    }

    @Transactional
    long find(long reviewId, NewFinding f, SignedInUser user) {
        requireOffice(user);
        EnforcementReview review = review(reviewId);
        if (!review.open()) {
            throw messages.violation(null, "legal.review.concluded");
        }
        if (f.departmentId() == null || reviews.departments(reviewId).stream().noneMatch(d -> d.departmentId() == f.departmentId())) {
            throw messages.violation("departmentId", "legal.review.departmentNotReviewed");
        }
        FindingKind kind = FindingKind.of(f.kind());
        if (kind == null) {
            throw messages.violation("kind", "legal.review.kindRequired");
        }
        String description = LegalInput.required(messages, f.description(), "description", "legal.review.descriptionRequired");
        LocalDate today = LocalDate.now(clock);
        Department department = departments.require(DepartmentId.of(f.departmentId()));
        LocalDate due = kind.needsRectification() ? limits.get(RECTIFICATION).due(today, calendars.forRegion(department.region())) : null;
        long id = reviews.find(reviewId, f.departmentId(), kind, description, today, due)
                .orElseThrow(() -> messages.violation("kind", "legal.review.findingExists"));
        audit.record("legal.review.find", "legal_enforcement_finding", String.valueOf(id), null, review.period() + " " + kind.name());
        return id;
    }

    /** Concludes the review once every department complained about has a finding. */
    @Transactional
    void conclude(long reviewId, String conclusion, SignedInUser user) {
        requireOffice(user);
        EnforcementReview review = review(reviewId);
        if (!review.open()) {
            throw messages.violation(null, "legal.review.concluded");
        }
        String text = LegalInput.required(messages, conclusion, "conclusion", "legal.review.conclusionRequired");
        Set<Long> found = reviews.findings(reviewId).stream().map(EnforcementFinding::departmentId).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (EnforcementReviews.DepartmentCount d : reviews.departments(reviewId)) {
            if (!found.contains(d.departmentId())) {
                missing.add(departments.require(DepartmentId.of(d.departmentId())).name());
            }
        }
        if (!missing.isEmpty()) {
            throw messages.violation("conclusion", "legal.review.departmentsWithoutFinding", String.join(messages.text("legal.review.listSeparator"), missing));
        }
        if (!reviews.conclude(reviewId, LocalDate.now(clock), text)) {
            throw messages.violation(null, "legal.review.concluded");
        }
        audit.record("legal.review.conclude", "legal_enforcement_review", String.valueOf(reviewId), null, review.period());
    }

    /** The department records what it did; once, and only while the rectification is owed. */
    @Transactional
    void rectify(long findingId, String report, SignedInUser user) {
        EnforcementFinding f = ownFinding(findingId, user);
        String text = LegalInput.required(messages, report, "report", "legal.review.reportRequired");
        if (!f.rectifying() || !reviews.rectify(findingId, LocalDate.now(clock), text)) {
            throw messages.violation(null, "legal.review.notRectifying");
        }
        audit.record("legal.review.rectify", "legal_enforcement_finding", String.valueOf(findingId), null, f.kind().name());
    }

    /** A finding the user's department (or, for a leader, a department below it) answers for; no other is shown. */
    EnforcementFinding ownFinding(long findingId, SignedInUser user) {
        return reviews.finding(findingId)
                .filter(f -> user.can("legal:rectify") && departments.actsFor(user, DepartmentId.of(f.departmentId())))
                .orElseThrow(() -> new NoSuchElementException(messages.text("legal.review.findingNotFound")));
    }

    List<EnforcementFinding> ownFindings(SignedInUser user) {
        if (!user.can("legal:rectify") || user.departmentId() == null) {
            throw new AccessDeniedException("legal.review.departmentsOnly");
        }
        return reviews.ofDepartments(departments.actedForBy(user).stream().map(DepartmentId::value).toList());
    }

    /** The complaints behind a department's finding: its own only. */
    List<EnforcementReviews.ReviewedComplaint> complaintsBehind(EnforcementFinding f) {
        return reviews.complaints(f.reviewId(), f.departmentId());
    }

    /** The office and supervisors read every review. */
    EnforcementReview readable(long reviewId, SignedInUser user) {
        if (!PoliticalLegalBodies.supervises(user)) {
            throw new AccessDeniedException("legal.review.officeOnly");
        }
        return review(reviewId);
    }

    private EnforcementReview review(long id) {
        return reviews.find(id).orElseThrow(() -> new NoSuchElementException(messages.text("legal.review.notFound")));
    }

    private static void requireOffice(SignedInUser user) {
        if (!ReceivingComplaints.enteredByOffice(user)) {
            throw new AccessDeniedException("legal.review.officeOnly");
        }
    }
}
