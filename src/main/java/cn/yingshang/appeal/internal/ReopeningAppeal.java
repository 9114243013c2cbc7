package cn.yingshang.appeal.internal;

import static cn.yingshang.appeal.internal.AppealText.text;

import cn.yingshang.platform.SignedInUser;
import java.util.EnumSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reopen within the window after the reply: back to the lead department with a fresh reply limit. */
@Service
class ReopeningAppeal {

    private final AppealSteps steps;
    private final AppealStore store;
    private final AppealNotices notices;

    ReopeningAppeal(AppealSteps steps, AppealStore store, AppealNotices notices) {
        this.steps = steps;
        this.store = store;
        this.notices = notices;
    }

    @Transactional
    void reopen(long id, SignedInUser user, String reason) {
        AppealRow a = steps.require(id);
        reopen(a, steps.next(a, user, AppealAction.REOPEN), AppealSteps.label(user), reason);
    }

    /** Reopening by a requester without an account, verified on 信息公开 (see {@link RatingAppeal#rateByVerifiedRequester}). */
    @Transactional
    void reopenByVerifiedRequester(long id, String reason) {
        AppealRow a = steps.requireWithoutAccount(id);
        reopen(a, AppealWorkflow.next(a.status(), AppealAction.REOPEN, EnumSet.of(Actor.REQUESTER)), AppealSteps.VERIFIED_REQUESTER, reason);
    }

    private void reopen(AppealRow a, AppealStatus to, String actorLabel, String reason) {
        TimeLimits.Limits l = steps.limits(a);
        ReopenRules.Reopening r = ReopenRules.reopen(reason, a.repliedOn(), a.leadDepartmentId(), l.reopenDays(), l.replyDays(),
                steps.calendar(a), steps.today()).orRefuse();
        store.reopen(a.id(), r.reply());
        steps.move(a, to);
        steps.record(a, actorLabel, null, AppealAction.REOPEN, to, r.reason());
        notices.tellDepartment(a.leadDepartmentId(), a, text("appeal.notice.reopened"));
        notices.tellOffice(a, text("appeal.notice.reopenedByRequester"));
    }
}
