package cn.yingshang.appeal.internal;

import static cn.yingshang.appeal.internal.AppealAction.*;
import static cn.yingshang.appeal.internal.AppealStatus.*;

import cn.yingshang.shared.DomainViolation;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The declared state machine of an appeal: every allowed (state, action) pair, the actors who may
 * take it and the state it leads to. Anything not listed here is refused.
 */
final class AppealWorkflow {

    record Transition(AppealStatus from, AppealAction action, Set<Actor> actors, AppealStatus to) {
    }

    private static final Set<Actor> OFFICE_ONLY = EnumSet.of(Actor.OFFICE);
    private static final Set<Actor> LEAD = EnumSet.of(Actor.LEAD_DEPARTMENT);
    private static final Set<Actor> REQUESTER_ONLY = EnumSet.of(Actor.REQUESTER);

    static final List<Transition> TRANSITIONS = List.of(
            t(SUBMITTED, ACCEPT, OFFICE_ONLY, ACCEPTED),
            t(SUBMITTED, DECLINE, OFFICE_ONLY, DECLINED),
            // the platform routes a complaint received on a political-legal body's own channel to that body (002 #48)
            t(SUBMITTED, DISPATCH, EnumSet.of(Actor.OFFICE, Actor.SYSTEM), DISPATCHED),
            t(SUBMITTED, MERGE, OFFICE_ONLY, MERGED),
            t(ACCEPTED, DISPATCH, OFFICE_ONLY, DISPATCHED),
            t(ACCEPTED, DECLINE, OFFICE_ONLY, DECLINED),
            t(ACCEPTED, MERGE, OFFICE_ONLY, MERGED),
            t(DISPATCHED, RECORD_STEP, LEAD, IN_PROGRESS),
            t(DISPATCHED, REQUEST_RETURN, LEAD, RETURN_REQUESTED),
            t(DISPATCHED, REPLY, LEAD, REPLIED),
            t(DISPATCHED, ADD_OPINION, EnumSet.of(Actor.ASSISTING_DEPARTMENT), DISPATCHED),
            t(DISPATCHED, REMIND, OFFICE_ONLY, DISPATCHED),
            t(DISPATCHED, SUPERVISE, OFFICE_ONLY, DISPATCHED),
            t(DISPATCHED, MERGE, OFFICE_ONLY, MERGED),
            t(RETURN_REQUESTED, APPROVE_RETURN, OFFICE_ONLY, ACCEPTED),
            t(RETURN_REQUESTED, REFUSE_RETURN, OFFICE_ONLY, DISPATCHED),
            t(IN_PROGRESS, RECORD_STEP, LEAD, IN_PROGRESS),
            t(IN_PROGRESS, ADD_OPINION, EnumSet.of(Actor.ASSISTING_DEPARTMENT), IN_PROGRESS),
            t(IN_PROGRESS, REQUEST_EXTENSION, LEAD, EXTENSION_REQUESTED),
            t(IN_PROGRESS, REQUEST_PAUSE, LEAD, PAUSE_REQUESTED),
            t(IN_PROGRESS, REPLY, LEAD, REPLIED),
            t(IN_PROGRESS, REMIND, OFFICE_ONLY, IN_PROGRESS),
            t(IN_PROGRESS, SUPERVISE, OFFICE_ONLY, IN_PROGRESS),
            t(IN_PROGRESS, MERGE, OFFICE_ONLY, MERGED),
            t(EXTENSION_REQUESTED, APPROVE_EXTENSION, OFFICE_ONLY, IN_PROGRESS),
            t(EXTENSION_REQUESTED, REFUSE_EXTENSION, OFFICE_ONLY, IN_PROGRESS),
            t(PAUSE_REQUESTED, APPROVE_PAUSE, OFFICE_ONLY, PAUSED),
            t(PAUSE_REQUESTED, REFUSE_PAUSE, OFFICE_ONLY, IN_PROGRESS),
            t(PAUSED, RESUME, EnumSet.of(Actor.OFFICE, Actor.LEAD_DEPARTMENT), IN_PROGRESS),
            t(REPLIED, RATE, REQUESTER_ONLY, CLOSED),
            t(REPLIED, RETURN_VISIT, OFFICE_ONLY, CLOSED),
            t(REPLIED, REOPEN, REQUESTER_ONLY, IN_PROGRESS),
            t(CLOSED, REOPEN, EnumSet.of(Actor.REQUESTER, Actor.OFFICE), IN_PROGRESS),
            t(CLOSED, PUBLISH_CASE, OFFICE_ONLY, CLOSED));

    private AppealWorkflow() {
    }

    private static Transition t(AppealStatus from, AppealAction action, Set<Actor> actors, AppealStatus to) {
        return new Transition(from, action, Set.copyOf(actors), to);
    }

    static Optional<Transition> find(AppealStatus from, AppealAction action) {
        return TRANSITIONS.stream().filter(t -> t.from() == from && t.action() == action).findFirst();
    }

    /** The next state, or a violation in Chinese when the action is not declared for this state or actor. */
    static AppealStatus next(AppealStatus from, AppealAction action, Set<Actor> actors) {
        Transition transition = find(from, action).orElseThrow(() -> DomainViolation.of(null,
                "appeal.violation.workflow.state", from.label(), action.label()));
        if (actors.stream().noneMatch(transition.actors()::contains)) {
            throw DomainViolation.of(null, "appeal.violation.workflow.actor", action.label());
        }
        return transition.to();
    }

    /** Actions an actor may take now: for the buttons on the detail page. */
    static Set<AppealAction> available(AppealStatus from, Set<Actor> actors) {
        Set<AppealAction> result = EnumSet.noneOf(AppealAction.class);
        for (Transition t : TRANSITIONS) {
            if (t.from() == from && actors.stream().anyMatch(t.actors()::contains)) {
                result.add(t.action());
            }
        }
        return result;
    }
}
