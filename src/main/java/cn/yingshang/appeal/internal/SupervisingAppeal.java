package cn.yingshang.appeal.internal;

import static cn.yingshang.appeal.internal.AppealText.text;

import cn.yingshang.platform.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office presses a department that is slow: a reminder (催办) or a supervision order (督办),
 * both to the lead department and its leaders, neither changing the appeal's state.
 */
@Service
class SupervisingAppeal {

    private final AppealSteps steps;
    private final AppealNotices notices;

    SupervisingAppeal(AppealSteps steps, AppealNotices notices) {
        this.steps = steps;
        this.notices = notices;
    }

    @Transactional
    void remind(long id, SignedInUser user, boolean supervise, String note) {
        AppealRow a = steps.require(id);
        AppealAction action = supervise ? AppealAction.SUPERVISE : AppealAction.REMIND;
        steps.next(a, user, action);
        String n = StepText.required("note", note, supervise ? "appeal.violation.supervise.note" : "appeal.violation.remind.note").orRefuse();
        steps.record(a, user, action, a.status(), n);
        notices.tellLeaders(a, text(supervise ? "appeal.notice.supervise.title" : "appeal.notice.remind.title", a.trackingNumber()), n);
        notices.tellDepartment(a.leadDepartmentId(), a, text(supervise ? "appeal.notice.supervised" : "appeal.notice.reminded"));
    }
}
