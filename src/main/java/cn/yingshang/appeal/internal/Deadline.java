package cn.yingshang.appeal.internal;

import cn.yingshang.shared.WorkingDayCalendar;
import java.time.LocalDate;

/**
 * One running time limit of an appeal on its region's calendar: started on {@code start} (the
 * day the clock began; counting starts the next working day), ends on {@code due}, warns from
 * {@code warnOn} (80 % of the working days used).
 */
record Deadline(LocalDate start, LocalDate due, LocalDate warnOn) {

    static final double WARNING_SHARE = 0.8;

    enum Alert { NORMAL, WARNING, OVERDUE }

    static Deadline of(WorkingDayCalendar calendar, LocalDate start, int workingDays) {
        return between(calendar, start, calendar.addWorkingDays(start, workingDays));
    }

    static Deadline between(WorkingDayCalendar calendar, LocalDate start, LocalDate due) {
        int total = Math.max(0, calendar.workingDaysBetween(start, due));
        int warnAfter = (int) Math.ceil(total * WARNING_SHARE);
        LocalDate warnOn = warnAfter == 0 ? due : calendar.addWorkingDays(start, warnAfter);
        return new Deadline(start, due, warnOn.isAfter(due) ? due : warnOn);
    }

    /** The same deadline moved back by n working days (an approved extension or pause). */
    Deadline extendedBy(WorkingDayCalendar calendar, int workingDays) {
        return between(calendar, start, calendar.addWorkingDays(due, workingDays));
    }

    Alert alertOn(LocalDate today) {
        if (today.isAfter(due)) {
            return Alert.OVERDUE;
        }
        return today.isBefore(warnOn) ? Alert.NORMAL : Alert.WARNING;
    }

    /** Working days left, negative once overdue. */
    int remaining(WorkingDayCalendar calendar, LocalDate today) {
        return calendar.workingDaysBetween(today, due);
    }
}
