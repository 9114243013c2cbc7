package cn.yingshang.appeal.internal;

import static cn.yingshang.appeal.internal.AppealText.text;

import cn.yingshang.platform.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead department asks for more time, or for the clock to stop while it waits on something
 * outside its hands; the office decides. Only an approved request moves the due date.
 */
@Service
class ExtendingDeadline {

    private final AppealSteps steps;
    private final AppealStore store;
    private final AppealNotices notices;

    ExtendingDeadline(AppealSteps steps, AppealStore store, AppealNotices notices) {
        this.steps = steps;
        this.store = store;
        this.notices = notices;
    }

    @Transactional
    void requestExtension(long id, SignedInUser user, int days, String reason) {
        AppealRow a = steps.require(id);
        AppealStatus to = steps.next(a, user, AppealAction.REQUEST_EXTENSION);
        DeadlineRules.ExtensionRequest request = DeadlineRules.extension(days, reason, a.extensionDays(),
                steps.limits(a).maxExtensionDays()).orRefuse();
        steps.move(a, to);
        steps.record(a, user, AppealAction.REQUEST_EXTENSION, to, text("appeal.note.extensionRequested", request.days(), request.reason()));
        store.markLatestEvent(id, String.valueOf(request.days()));
        notices.tellOffice(a, text("appeal.notice.extensionRequested"));
    }

    @Transactional
    void decideExtension(long id, SignedInUser user, boolean approve) {
        AppealRow a = steps.require(id);
        AppealAction action = approve ? AppealAction.APPROVE_EXTENSION : AppealAction.REFUSE_EXTENSION;
        AppealStatus to = steps.next(a, user, action);
        String note = null;
        if (approve) {
            int days = store.requestedExtensionDays(id);
            Deadline d = a.deadline().extendedBy(steps.calendar(a), days);
            store.extend(id, d, days);
            note = text("appeal.note.extended", days, d.due());
        }
        steps.move(a, to);
        steps.record(a, user, action, to, note);
        notices.tellDepartment(a.leadDepartmentId(), a, text(approve ? "appeal.notice.extension.approved" : "appeal.notice.extension.refused"));
        if (approve) {
            notices.tellRequester(a, text("appeal.notice.extended"));
        }
    }

    @Transactional
    void requestPause(long id, SignedInUser user, String reason) {
        AppealRow a = steps.require(id);
        AppealStatus to = steps.next(a, user, AppealAction.REQUEST_PAUSE);
        String r = StepText.required("reason", reason, "appeal.violation.pause.reason").orRefuse();
        steps.move(a, to);
        steps.record(a, user, AppealAction.REQUEST_PAUSE, to, r);
        notices.tellOffice(a, text("appeal.notice.pauseRequested"));
    }

    /** The clock stops only for an approved pause. */
    @Transactional
    void decidePause(long id, SignedInUser user, boolean approve) {
        AppealRow a = steps.require(id);
        AppealAction action = approve ? AppealAction.APPROVE_PAUSE : AppealAction.REFUSE_PAUSE;
        AppealStatus to = steps.next(a, user, action);
        if (approve) {
            store.pause(id, steps.today());
        }
        steps.move(a, to);
        steps.record(a, user, action, to, null);
        notices.tellDepartment(a.leadDepartmentId(), a, text(approve ? "appeal.notice.pause.approved" : "appeal.notice.pause.refused"));
    }

    @Transactional
    void resume(long id, SignedInUser user) {
        AppealRow a = steps.require(id);
        AppealStatus to = steps.next(a, user, AppealAction.RESUME);
        DeadlineRules.Resumption r = DeadlineRules.resume(a.deadline(), a.pausedOn(), steps.today(), steps.calendar(a));
        store.resume(id, r.deadline());
        steps.move(a, to);
        steps.record(a, user, AppealAction.RESUME, to, text("appeal.note.resumed", r.pausedDays(), r.deadline().due()));
    }
}
