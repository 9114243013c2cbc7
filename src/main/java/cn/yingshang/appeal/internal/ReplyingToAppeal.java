package cn.yingshang.appeal.internal;

import static cn.yingshang.appeal.internal.AppealText.text;

import cn.yingshang.platform.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The departments work on a dispatched appeal: the lead department records its steps and replies,
 * assisting departments add their opinions, which the reply carries to the requester.
 */
@Service
class ReplyingToAppeal {

    private final AppealSteps steps;
    private final AppealStore store;
    private final AppealNotices notices;
    private final AppealReading reading;

    ReplyingToAppeal(AppealSteps steps, AppealStore store, AppealNotices notices, AppealReading reading) {
        this.steps = steps;
        this.store = store;
        this.notices = notices;
        this.reading = reading;
    }

    @Transactional
    void recordStep(long id, SignedInUser user, String note) {
        AppealRow a = steps.require(id);
        AppealStatus to = steps.next(a, user, AppealAction.RECORD_STEP);
        String n = StepText.required("note", note, "appeal.violation.step.note").orRefuse();
        steps.claim(a, user);
        if (a.status() != to) {
            steps.move(a, to);
        }
        steps.record(a, user, AppealAction.RECORD_STEP, to, n);
        notices.tellRequester(a, text("appeal.notice.progress"));
    }

    @Transactional
    void addOpinion(long id, SignedInUser user, String opinion) {
        AppealRow a = steps.require(id);
        steps.next(a, user, AppealAction.ADD_OPINION);
        String o = StepText.required("opinion", opinion, "appeal.violation.opinion").orRefuse();
        store.addOpinion(id, user.departmentId().value(), o, steps.now());
        steps.record(a, user, AppealAction.ADD_OPINION, a.status(), o);
        notices.tellDepartment(a.leadDepartmentId(), a, text("appeal.notice.opinion"));
    }

    /** The lead department's reply; assisting departments' opinions are appended to it. */
    @Transactional
    void reply(long id, SignedInUser user, String reply) {
        AppealRow a = steps.require(id);
        AppealStatus to = steps.next(a, user, AppealAction.REPLY);
        ReplyRules.Reply r = ReplyRules.reply(reply, reading.opinions(id), a.dueOn(), a.dispatchedOn(), steps.today(),
                steps.calendar(a)).orRefuse();
        steps.claim(a, user);
        store.reply(id, r, steps.today());
        steps.move(a, to);
        steps.record(a, user, AppealAction.REPLY, to, r.text());
        notices.tellRequester(a, text("appeal.notice.replied.requester"));
        notices.tellOffice(a, text("appeal.notice.replied"));
    }
}
