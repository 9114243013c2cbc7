package cn.yingshang.services.internal;

import cn.yingshang.shared.WorkingDayCalendar;
import java.time.LocalDate;

/**
 * Where a case stands against its promised limit on the region's working-day calendar (001 §31):
 * the clock runs from acceptance to the due day, stands while a one-time notice is open, warns once
 * 80 % of the working days are used, and marks a case overdue from the first day after the due day.
 * A 即办件 must be finished the day it is accepted: on that day it is due today; any later day it is late.
 */
@cn.yingshang.shared.DomainType
record CaseClock(State state, int workingDaysLeft, boolean instant) {

    enum State { WAITING, STOPPED, RUNNING, DUE_TODAY, WARNING, OVERDUE, ON_TIME, LATE, CLOSED }

    static final double WARNING_SHARE = 0.8;

    static CaseClock of(ServiceCase c, boolean instant, WorkingDayCalendar calendar, LocalDate today) {
        return switch (c.status()) {
            case SUBMITTED -> new CaseClock(State.WAITING, 0, instant);
            case SUPPLEMENT_REQUESTED -> new CaseClock(State.STOPPED, 0, instant);
            case ACCEPTED -> running(c.acceptedOn(), c.dueOn(), instant, calendar, today);
            case GRANTED, REFUSED, REVOKED -> c.decidedOn() == null || c.dueOn() == null
                    ? new CaseClock(State.CLOSED, 0, instant)
                    : new CaseClock(onTime(c.dueOn(), c.decidedOn(), c.acceptedOn(), instant) ? State.ON_TIME : State.LATE, 0, instant);
            case DECLINED, WITHDRAWN -> new CaseClock(State.CLOSED, 0, instant);
        };
    }

    static CaseClock running(LocalDate acceptedOn, LocalDate dueOn, boolean instant, WorkingDayCalendar calendar, LocalDate today) {
        if (instant) {
            // 即办件: due the day it was accepted, whatever the calendar says of that day.
            return new CaseClock(today.isAfter(acceptedOn) ? State.OVERDUE : State.DUE_TODAY, 0, true);
        }
        int left = calendar.workingDaysBetween(today, dueOn);
        if (today.isAfter(dueOn)) {
            return new CaseClock(State.OVERDUE, left, false);
        }
        if (today.equals(dueOn)) {
            return new CaseClock(State.DUE_TODAY, 0, false);
        }
        return new CaseClock(calendar.elapsedShare(acceptedOn, dueOn, today) >= WARNING_SHARE ? State.WARNING : State.RUNNING,
                left, false);
    }

    /** A decision on the due day is in time; the day after is late. A 即办件 is in time only on its acceptance day. */
    static boolean onTime(LocalDate dueOn, LocalDate decidedOn, LocalDate acceptedOn, boolean instant) {
        if (instant && acceptedOn != null) {
            return !decidedOn.isAfter(acceptedOn);
        }
        return !decidedOn.isAfter(dueOn);
    }

    public boolean marked() {
        return state == State.WARNING || state == State.OVERDUE || state == State.DUE_TODAY || state == State.LATE;
    }
}
