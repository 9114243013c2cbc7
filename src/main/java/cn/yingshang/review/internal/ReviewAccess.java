package cn.yingshang.review.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.review.internal.ReviewModel.Draft;
import cn.yingshang.review.internal.ReviewModel.Record;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a draft under fair competition review, in one place for every page. A draft
 * belongs to the drafting department ({@code review_document.department_id}); its findings and its
 * signed record belong to the draft.
 * <ul>
 *   <li>read: the drafting department's officials (a leader also for the departments below theirs),
 *       the office and administrators, who run the review region-wide; a supervisor only once the
 *       record is published, since an unpublished draft is not yet public (000 §14 reviews it
 *       before it is issued);</li>
 *   <li>decide a finding and sign the record: {@code review:decide} and the drafting department or
 *       the office; four-eyes: never the drafter, who would be reviewing their own text;</li>
 *   <li>mark as issued: {@code review:submit} and the drafting department or the office; again
 *       never the drafter, so a draft goes out only with a second person's hand on it.</li>
 * </ul>
 * Denials are 403 (the ids are sequential and the status of a review is not secret among
 * officials; what must not leak is the text, which a 403 does not show).
 */
@Component
class ReviewAccess {

    private final Departments departments;

    ReviewAccess(Departments departments) {
        this.departments = departments;
    }

    boolean mayRead(SignedInUser user, Draft draft, Record record) {
        if (!(user.can("review:submit") || user.can("review:decide") || user.can("review:read"))) {
            return false;
        }
        if (actsRegionWide(user) || owns(user, draft)) {
            return true;
        }
        return user.role() == Role.SUPERVISOR && record != null && record.published();
    }

    boolean mayDecide(SignedInUser user, Draft draft) {
        return user.can("review:decide") && (actsRegionWide(user) || owns(user, draft)) && !drafted(user, draft);
    }

    boolean mayIssue(SignedInUser user, Draft draft) {
        return user.can("review:submit") && (actsRegionWide(user) || owns(user, draft)) && !drafted(user, draft);
    }

    void requireRead(SignedInUser user, Draft draft, Record record) {
        if (!mayRead(user, draft, record)) {
            throw new AccessDeniedException(Text.of("review.access.readOwnDepartment"));
        }
    }

    void requireDecide(SignedInUser user, Draft draft) {
        if (!mayDecide(user, draft)) {
            throw new AccessDeniedException(Text.of("review.access.reviewOwnDepartment"));
        }
    }

    void requireIssue(SignedInUser user, Draft draft) {
        if (!mayIssue(user, draft)) {
            throw new AccessDeniedException(Text.of("review.access.issueOwnDepartment"));
        }
    }

    /** The latest drafts in the user's scope ({@link #draftScope}). */
    List<Draft> visibleDrafts(SignedInUser user, Reviews reviews, int limit) {
        return reviews.latest(draftScope(user), limit);
    }

    /** What a user's lists show: everything region-wide, else the user's departments, a supervisor the published. */
    Reviews.Scope draftScope(SignedInUser user) {
        if (actsRegionWide(user)) {
            return Reviews.Scope.everything();
        }
        if (user.role() == Role.SUPERVISOR) {
            return Reviews.Scope.published();
        }
        return Reviews.Scope.departments(departments.actedForBy(user));
    }

    private boolean owns(SignedInUser user, Draft draft) {
        return draft.departmentId() != null && departments.actsFor(user, DepartmentId.of(draft.departmentId()));
    }

    private static boolean drafted(SignedInUser user, Draft draft) {
        return user.username().equals(draft.submittedBy());
    }

    private static boolean actsRegionWide(SignedInUser user) {
        return user.role() == Role.OFFICE || user.role() == Role.ADMIN;
    }
}
