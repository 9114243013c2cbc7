package cn.yingshang.appeal.internal;

import static cn.yingshang.appeal.internal.AppealText.text;

import cn.yingshang.platform.SignedInUser;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lead department hands an appeal back (退单) and the office approves or refuses: approved, the
 * appeal waits for a new dispatch with a fresh dispatch limit, and the departments lose sight of it.
 */
@Service
class ReturningAppeal {

    private final AppealSteps steps;
    private final AppealStore store;
    private final AppealNotices notices;

    ReturningAppeal(AppealSteps steps, AppealStore store, AppealNotices notices) {
        this.steps = steps;
        this.store = store;
        this.notices = notices;
    }

    @Transactional
    void request(long id, SignedInUser user, String reason) {
        AppealRow a = steps.require(id);
        AppealStatus to = steps.next(a, user, AppealAction.REQUEST_RETURN);
        String r = ReturnRules.request(reason, a.returnDueOn(), steps.today()).orRefuse();
        steps.claim(a, user);
        steps.move(a, to);
        steps.record(a, user, AppealAction.REQUEST_RETURN, to, r);
        notices.tellOffice(a, text("appeal.notice.returnRequested"));
    }

    @Transactional
    void decide(long id, SignedInUser user, boolean approve, String note) {
        AppealRow a = steps.require(id);
        AppealAction action = approve ? AppealAction.APPROVE_RETURN : AppealAction.REFUSE_RETURN;
        AppealStatus to = steps.next(a, user, action);
        Long lead = a.leadDepartmentId();
        if (approve) {
            Deadline d = Deadline.of(steps.calendar(a), steps.today(), steps.limits(a).dispatchDays());
            List<Long> assisting = store.returnToOffice(id, d);
            // the departments no longer see the appeal: their notices about it stop linking to a page they cannot open
            assisting.forEach(department -> notices.unlink(department, id));
            if (lead != null) {
                notices.unlink(lead, id);
            }
        }
        steps.move(a, to);
        steps.record(a, user, action, to, StepText.optional(note));
        if (lead != null && approve) {
            notices.tellFormerDepartment(lead, a, text("appeal.notice.return.approved"));
        } else if (lead != null) {
            notices.tellDepartment(lead, a, text("appeal.notice.return.refused"));
        }
    }
}
