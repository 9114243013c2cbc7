package cn.yingshang.appeal.internal;

import static cn.yingshang.appeal.internal.AppealText.text;

import cn.yingshang.appeal.AppealId;
import cn.yingshang.appeal.ArrearsAppealRaised;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office takes in a new appeal: accepts it, declines it with guidance, dispatches it to a lead
 * department (with assisting ones and a reply limit), or merges it into the appeal it repeats.
 */
@Service
class DispatchingAppeal {

    private final AppealSteps steps;
    private final AppealStore store;
    private final AppealNotices notices;
    private final AppealReading reading;
    private final Departments departments;
    private final ApplicationEventPublisher events;

    DispatchingAppeal(AppealSteps steps, AppealStore store, AppealNotices notices, AppealReading reading,
                      Departments departments, ApplicationEventPublisher events) {
        this.steps = steps;
        this.store = store;
        this.notices = notices;
        this.reading = reading;
        this.departments = departments;
        this.events = events;
    }

    @Transactional
    void accept(long id, SignedInUser user) {
        AppealRow a = steps.require(id);
        AppealStatus to = steps.next(a, user, AppealAction.ACCEPT);
        steps.move(a, to);
        steps.record(a, user, AppealAction.ACCEPT, to, null);
        raiseArrears(a);
        notices.tellRequester(a, text("appeal.notice.accepted"));
    }

    /** 000 §58: matters with a statutory channel of their own are declined with guidance to that channel. */
    @Transactional
    void decline(long id, SignedInUser user, String reason, String guidance) {
        AppealRow a = steps.require(id);
        AppealStatus to = steps.next(a, user, AppealAction.DECLINE);
        String note = DispatchRules.decline(reason, guidance).orRefuse();
        store.decline(id, steps.today(), note);
        steps.move(a, to);
        steps.record(a, user, AppealAction.DECLINE, to, note);
        notices.tellRequester(a, text("appeal.notice.declined", note));
    }

    @Transactional
    void dispatch(long id, SignedInUser user, long leadDepartment, List<Long> assisting, String instruction) {
        AppealRow a = steps.require(id);
        dispatchTo(a, steps.next(a, user, AppealAction.DISPATCH), user, leadDepartment, assisting, instruction);
    }

    /**
     * A complaint that arrived on a body's own channel (12309, 12368, the police reporting platform) goes to
     * that body at once, by the platform: see {@code AppealIntake#submitRouted}. A repeated ticket finds it routed.
     */
    @Transactional
    void routeOnIntake(long id, long leadDepartment) {
        AppealRow a = steps.require(id);
        if (a.status() == AppealStatus.SUBMITTED) {
            dispatchTo(a, AppealWorkflow.next(a.status(), AppealAction.DISPATCH, java.util.EnumSet.of(Actor.SYSTEM)), null,
                    leadDepartment, List.of(), null);
        }
    }

    private void dispatchTo(AppealRow a, AppealStatus to, SignedInUser user, long leadDepartment, List<Long> assisting,
                            String instruction) {
        long id = a.id();
        departments.byId(DepartmentId.of(leadDepartment)).orElseThrow(() -> DomainViolation.of("leadDepartment", "appeal.violation.leadDepartment"));
        List<Long> assist = DispatchRules.assisting(leadDepartment, assisting);
        for (Long d : assist) {
            departments.byId(DepartmentId.of(d)).orElseThrow(() -> DomainViolation.of("assisting", "appeal.violation.assisting.unknown"));
        }
        WorkingDayCalendar cal = steps.calendar(a);
        TimeLimits.Limits l = steps.limits(a);
        LocalDate today = steps.today();
        Deadline reply = Deadline.of(cal, today, l.replyDays());
        store.dispatch(id, leadDepartment, assist, reply, cal.addWorkingDays(today, l.returnDays()));
        steps.move(a, to);
        String note = text("appeal.note.dispatch.lead", reading.departmentName(leadDepartment))
                + (assist.isEmpty() ? "" : text("appeal.note.dispatch.assisting",
                        String.join(text("appeal.note.listSeparator"), assist.stream().map(reading::departmentName).toList())))
                + text("appeal.note.dispatch.due", reply.due())
                + (instruction == null || instruction.isBlank() ? "" : text("appeal.note.dispatch.instruction", instruction.strip()));
        steps.record(a, user, AppealAction.DISPATCH, to, note);
        if (a.status() == AppealStatus.SUBMITTED) {
            raiseArrears(a);
        }
        notices.tellDepartment(leadDepartment, a, text("appeal.notice.dispatched.lead"));
        assist.forEach(d -> notices.tellDepartment(d, a, text("appeal.notice.dispatched.assisting")));
        notices.tellRequester(a, text("appeal.notice.dispatched", reading.departmentName(leadDepartment)));
    }

    /** Merged appeals leave the statistics: status MERGED, pointing at the one that remains. */
    @Transactional
    void merge(long id, SignedInUser user, long into) {
        AppealRow a = steps.require(id);
        AppealRow target = id == into ? a : steps.require(into);
        DispatchRules.merge(id, into, target.status()).orRefuse();
        AppealStatus to = steps.next(a, user, AppealAction.MERGE);
        store.merge(id, into);
        steps.move(a, to);
        steps.record(a, user, AppealAction.MERGE, to, text("appeal.note.mergedInto", target.trackingNumber()));
        steps.event(into, "MERGE", AppealSteps.label(user), null, text("appeal.note.mergedFrom", a.trackingNumber()));
        notices.tellRequester(a, text("appeal.notice.merged", target.trackingNumber()));
    }

    private void raiseArrears(AppealRow a) {
        if (Categories.ARREARS.equals(a.category())) {
            // ids only: the event is stored in event_publication, where no decrypted identity may lie
            events.publishEvent(new ArrearsAppealRaised(AppealId.of(a.id()), a.trackingNumber(), steps.today()));
        }
    }
}
