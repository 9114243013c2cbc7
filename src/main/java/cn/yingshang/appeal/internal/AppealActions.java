package cn.yingshang.appeal.internal;

import cn.yingshang.appeal.internal.AppealActionForms.*;
import cn.yingshang.platform.SignedInUser;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The one way in for every action on an appeal, from the detail page and from the API alike: who
 * may open the appeal is checked first ({@link AppealAccess#requireVisible}), then the form goes to
 * the use case of that action, whose rule and the {@link AppealWorkflow} decide the rest.
 */
@Component
class AppealActions {

    private final AppealAccess access;
    private final DispatchingAppeal dispatching;
    private final ReturningAppeal returning;
    private final ExtendingDeadline extending;
    private final ReplyingToAppeal replying;
    private final SupervisingAppeal supervising;
    private final RatingAppeal rating;
    private final ReopeningAppeal reopening;
    private final PublishingCase publishing;
    private final GrantingIdentityAccess granting;

    AppealActions(AppealAccess access, DispatchingAppeal dispatching, ReturningAppeal returning, ExtendingDeadline extending,
                  ReplyingToAppeal replying, SupervisingAppeal supervising, RatingAppeal rating, ReopeningAppeal reopening,
                  PublishingCase publishing, GrantingIdentityAccess granting) {
        this.access = access;
        this.dispatching = dispatching;
        this.returning = returning;
        this.extending = extending;
        this.replying = replying;
        this.supervising = supervising;
        this.rating = rating;
        this.reopening = reopening;
        this.publishing = publishing;
        this.granting = granting;
    }

    private void visible(long id, SignedInUser user) {
        access.requireVisible(id, user);
    }

    // ---------------------------------------------------------------- office

    void accept(long id, SignedInUser user) {
        visible(id, user);
        dispatching.accept(id, user);
    }

    void decline(long id, SignedInUser user, AppealDecline form) {
        visible(id, user);
        dispatching.decline(id, user, form.reason(), form.guidance());
    }

    void dispatch(long id, SignedInUser user, AppealDispatch form) {
        visible(id, user);
        dispatching.dispatch(id, user, form.leadDepartment(), form.assisting() == null ? List.of() : form.assisting(), form.instruction());
    }

    void merge(long id, SignedInUser user, AppealMerge form) {
        visible(id, user);
        dispatching.merge(id, user, form.into());
    }

    void decideReturn(long id, SignedInUser user, boolean approve, String note) {
        visible(id, user);
        returning.decide(id, user, approve, note);
    }

    void decideExtension(long id, SignedInUser user, boolean approve) {
        visible(id, user);
        extending.decideExtension(id, user, approve);
    }

    void decidePause(long id, SignedInUser user, boolean approve) {
        visible(id, user);
        extending.decidePause(id, user, approve);
    }

    void remind(long id, SignedInUser user, boolean supervise, AppealNote form) {
        visible(id, user);
        supervising.remind(id, user, supervise, form.note());
    }

    void returnVisit(long id, SignedInUser user, AppealReturnVisit form) {
        visible(id, user);
        rating.returnVisit(id, user, name(form.resolution()), name(form.satisfaction()), form.note());
    }

    void publishCase(long id, SignedInUser user, AppealCaseSummary form) {
        visible(id, user);
        publishing.publish(id, user, form.summary());
    }

    void grantIdentity(long id, SignedInUser user, AppealIdentityGrant form) {
        visible(id, user);
        granting.grant(id, user, form.department(), form.reason());
    }

    // ---------------------------------------------------------------- departments

    void requestReturn(long id, SignedInUser user, AppealReason form) {
        visible(id, user);
        returning.request(id, user, form.reason());
    }

    void recordStep(long id, SignedInUser user, AppealNote form) {
        visible(id, user);
        replying.recordStep(id, user, form.note());
    }

    void addOpinion(long id, SignedInUser user, AppealOpinion form) {
        visible(id, user);
        replying.addOpinion(id, user, form.opinion());
    }

    void requestExtension(long id, SignedInUser user, AppealExtension form) {
        visible(id, user);
        extending.requestExtension(id, user, form.days(), form.reason());
    }

    void requestPause(long id, SignedInUser user, AppealReason form) {
        visible(id, user);
        extending.requestPause(id, user, form.reason());
    }

    void resume(long id, SignedInUser user) {
        visible(id, user);
        extending.resume(id, user);
    }

    void reply(long id, SignedInUser user, AppealReply form) {
        visible(id, user);
        replying.reply(id, user, form.reply());
    }

    // ---------------------------------------------------------------- requester (and office)

    void rate(long id, SignedInUser user, AppealRating form) {
        visible(id, user);
        rating.rate(id, user, name(form.resolution()), name(form.satisfaction()));
    }

    void reopen(long id, SignedInUser user, AppealReason form) {
        visible(id, user);
        reopening.reopen(id, user, form.reason());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
