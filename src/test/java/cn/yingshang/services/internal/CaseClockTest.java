package cn.yingshang.services.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.shared.CalendarDay;
import cn.yingshang.shared.TimeLimit;
import cn.yingshang.shared.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The working-day clock at its edges (001 §31): the due day is in time, the next day is late; 即办件 the same day. */
class CaseClockTest {

    static final WorkingDayCalendar WEEKDAYS = WorkingDayCalendar.mondayToFriday();

    static ServiceCase accepted(LocalDate on, LocalDate due) {
        return new ServiceCase(1, 1, "d", "650100", "c", "ONLINE", CaseStatus.ACCEPTED, on, on, due);
    }

    static ServiceCase decided(LocalDate on, LocalDate due, LocalDate decidedOn) {
        return new ServiceCase(1, 1, "d", "650100", "c", "ONLINE", CaseStatus.GRANTED, on, on, due, 1L, "a", "a",
                decidedOn, null, null, null, null, null);
    }

    @Test
    @DisplayName("5 working days from a Thursday end on the next Thursday; Thursday is due today, Friday is overdue")
    void lastDayInTimeFirstDayLate() {
        LocalDate thursday = LocalDate.of(2025, 3, 6);
        LocalDate due = WEEKDAYS.deadline(thursday, TimeLimit.workingDays(5));
        assertThat(due).isEqualTo(LocalDate.of(2025, 3, 13));
        assertThat(CaseClock.of(accepted(thursday, due), false, WEEKDAYS, due.minusDays(1)).state())
                .isEqualTo(CaseClock.State.WARNING);  // 4 of 5 working days used
        assertThat(CaseClock.of(accepted(thursday, due), false, WEEKDAYS, due).state()).isEqualTo(CaseClock.State.DUE_TODAY);
        CaseClock late = CaseClock.of(accepted(thursday, due), false, WEEKDAYS, due.plusDays(1));
        assertThat(late.state()).isEqualTo(CaseClock.State.OVERDUE);
        assertThat(late.workingDaysLeft()).isEqualTo(-1);
        assertThat(CaseClock.of(decided(thursday, due, due), false, WEEKDAYS, due.plusDays(9)).state())
                .isEqualTo(CaseClock.State.ON_TIME);
        assertThat(CaseClock.of(decided(thursday, due, due.plusDays(1)), false, WEEKDAYS, due.plusDays(9)).state())
                .isEqualTo(CaseClock.State.LATE);
    }

    @Test
    @DisplayName("a weekend inside the limit is not counted; a rest day after the due day still makes the case overdue")
    void weekendNotCounted() {
        LocalDate friday = LocalDate.of(2025, 3, 7);
        LocalDate due = WEEKDAYS.deadline(friday, TimeLimit.workingDays(1));
        assertThat(due).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(CaseClock.of(accepted(friday, due), false, WEEKDAYS, LocalDate.of(2025, 3, 9)).state())
                .isEqualTo(CaseClock.State.RUNNING);
        assertThat(CaseClock.of(accepted(friday, due), false, WEEKDAYS, LocalDate.of(2025, 3, 11)).state())
                .isEqualTo(CaseClock.State.OVERDUE);
    }

    @Test
    @DisplayName("a 调休 Saturday is a working day on the region's calendar and counts towards the limit")
    void makeUpWorkdayCounts() {
        WorkingDayCalendar calendar = WorkingDayCalendar.of(List.of(CalendarDay.workingWeekend(LocalDate.of(2025, 4, 27), "调休")));
        LocalDate friday = LocalDate.of(2025, 4, 25);
        assertThat(calendar.deadline(friday, TimeLimit.workingDays(1))).isEqualTo(LocalDate.of(2025, 4, 27));
    }

    @Test
    @DisplayName("即办件: due the day it is accepted; still open the next day it is late, decided the same day it is in time")
    void instantSameDay() {
        LocalDate monday = LocalDate.of(2025, 3, 10);
        ServiceCase c = accepted(monday, monday);
        assertThat(CaseClock.of(c, true, WEEKDAYS, monday).state()).isEqualTo(CaseClock.State.DUE_TODAY);
        assertThat(CaseClock.of(c, true, WEEKDAYS, monday).marked()).isTrue();
        assertThat(CaseClock.of(c, true, WEEKDAYS, monday.plusDays(1)).state()).isEqualTo(CaseClock.State.OVERDUE);
        assertThat(CaseClock.of(decided(monday, monday, monday), true, WEEKDAYS, monday.plusDays(3)).state())
                .isEqualTo(CaseClock.State.ON_TIME);
        assertThat(CaseClock.of(decided(monday, monday, monday.plusDays(1)), true, WEEKDAYS, monday.plusDays(3)).state())
                .isEqualTo(CaseClock.State.LATE);
    }

    @Test
    @DisplayName("while the one-time notice is open the clock stands")
    void noticeStopsClock() {
        ServiceCase c = new ServiceCase(1, 1, "d", "650100", "c", "ONLINE", CaseStatus.SUPPLEMENT_REQUESTED,
                LocalDate.of(2025, 3, 10), null, null);
        assertThat(CaseClock.of(c, false, WEEKDAYS, LocalDate.of(2025, 6, 1)).state()).isEqualTo(CaseClock.State.STOPPED);
    }
}
