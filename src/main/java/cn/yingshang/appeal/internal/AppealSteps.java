package cn.yingshang.appeal.internal;

import static cn.yingshang.appeal.internal.AppealText.text;

import cn.yingshang.appeal.AppealStatusChanged;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.GuardedTransition;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.shared.WorkingDayCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The skeleton every use case of the workflow shares: ask {@link AppealWorkflow} whether this actor
 * may take this action now, move the status with the guard, and record the step (timeline, 12345
 * callback, {@link AppealStatusChanged}, audit entry). The use cases add their own columns and
 * notices around it.
 */
@Component
class AppealSteps {

    private final AppealStore store;
    private final AppealAccess access;
    private final HotlineCallbacks hotlineCallbacks;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final WorkingCalendars calendars;
    private final TimeLimits limits;
    private final Clock clock;

    AppealSteps(AppealStore store, AppealAccess access, HotlineCallbacks hotlineCallbacks, AuditLog audit,
                ApplicationEventPublisher events, WorkingCalendars calendars, TimeLimits limits, Clock clock) {
        this.store = store;
        this.access = access;
        this.hotlineCallbacks = hotlineCallbacks;
        this.audit = audit;
        this.events = events;
        this.calendars = calendars;
        this.limits = limits;
        this.clock = clock;
    }

    /** Who a requester without an account is in the timeline, once verified on 信息公开. */
    static final String VERIFIED_REQUESTER = text("appeal.actor.verifiedRequester");

    AppealRow require(long id) {
        return store.require(id);
    }

    /** An appeal raised without an account: only those may be acted on by a requester verified on 信息公开. */
    AppealRow requireWithoutAccount(long id) {
        AppealRow a = store.require(id);
        if (a.requesterAccountId() != null) {
            throw new org.springframework.security.access.AccessDeniedException(text("appeal.denied.signIn"));
        }
        return a;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    java.time.Instant now() {
        return clock.instant();
    }

    WorkingDayCalendar calendar(AppealRow a) {
        return calendars.forRegion(a.region());
    }

    TimeLimits.Limits limits(AppealRow a) {
        return limits.forAppeal(a.type(), a.category());
    }

    /** The state this user's action leads to, or the workflow's refusal (wrong state or wrong actor). */
    AppealStatus next(AppealRow a, SignedInUser user, AppealAction action) {
        return AppealWorkflow.next(a.status(), action, access.actorsOf(user, a));
    }

    /** The platform's one transition idiom: WHERE status = :from, exactly one row or ConflictingChange. */
    void move(AppealRow a, AppealStatus to) {
        GuardedTransition.of(store.jdbc(), "appeal", a.id()).from(a.status()).to(to).apply(text("appeal.conflict"));
    }

    static String label(SignedInUser user) {
        return user == null ? text("appeal.actor.system") : user.role() == Role.ENTERPRISE ? text("appeal.actor.requester")
                : text("appeal.actor.staff", user.displayName(), user.role().label());
    }

    /** Records a step taken by a signed-in user: timeline, hotline callback, status event, audit. */
    void record(AppealRow a, SignedInUser user, AppealAction action, AppealStatus to, String note) {
        record(a, label(user), user == null || user.departmentId() == null ? null : user.departmentId().value(), action, to, note);
    }

    void record(AppealRow a, String actorLabel, Long department, AppealAction action, AppealStatus to, String note) {
        event(a.id(), action.name(), actorLabel, department, note);
        hotlineCallbacks.record(a, action, to, note);
        if (to != a.status()) {
            events.publishEvent(new AppealStatusChanged(a.id(), a.trackingNumber(), a.channel().name(),
                    a.status().name(), to.name(), action.name(), clock.instant()));
        }
        audit.record("appeal." + action.name().toLowerCase(Locale.ROOT), "appeal", a.trackingNumber(),
                Map.of("status", a.status().name()), Map.of("status", to.name(), "note", note == null ? "" : note));
    }

    /** A timeline entry only (no status change, no audit): deadline warnings, notes on another appeal. */
    void event(long appealId, String action, String actor, Long department, String note) {
        store.event(appealId, clock.instant(), action, actor, department, note);
    }

    /** The first handler who acts on a dispatched appeal becomes responsible for it (首接负责). */
    void claim(AppealRow a, SignedInUser user) {
        store.claim(a.id(), user.accountId(), today());
    }
}
