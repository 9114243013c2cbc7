package cn.yingshang.legal.internal;

import cn.yingshang.shared.TimeLimit;
import cn.yingshang.shared.WorkingDayCalendar;
import java.time.LocalDate;

/**
 * One promised time limit with the rule it comes from. The last day in time is {@link #due}; the day
 * after it is late. Natural days and months run on the calendar; working days on the region's calendar.
 */
@cn.yingshang.shared.DomainType
record LegalTimeLimit(String code, int amount, LimitUnit unit, String basis) {

    LocalDate due(LocalDate start, WorkingDayCalendar calendar) {
        return switch (unit) {
            case NATURAL_DAYS -> start.plusDays(amount);
            case WORKING_DAYS -> calendar.deadline(start, TimeLimit.workingDays(amount));
            case MONTHS -> start.plusMonths(amount);
        };
    }

    static boolean late(LocalDate due, LocalDate doneOrToday) {
        return doneOrToday.isAfter(due);
    }
}
