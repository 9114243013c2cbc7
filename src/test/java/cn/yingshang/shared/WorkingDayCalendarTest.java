package cn.yingshang.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar xinjiang = Holidays.calendarFor(Regions.XINJIANG);
    private final WorkingDayCalendar national = Holidays.calendarFor(RegionCode.NATIONAL);

    @Test
    @DisplayName("国办发明电〔2024〕12号: one working day after 30 Sep 2025 is 9 Oct (国庆 and 中秋 1–8 Oct)")
    void nationalDayHoliday() {
        assertThat(xinjiang.deadline(of(2025, 9, 30), TimeLimit.workingDays(1))).isEqualTo(of(2025, 10, 9));
        assertThat(xinjiang.isWorkingDay(of(2025, 10, 1))).isFalse();
        assertThat(xinjiang.isWorkingDay(of(2025, 10, 8))).isFalse();
    }

    @Test
    @DisplayName("国办发明电〔2024〕12号: Sunday 28 Sep and Saturday 11 Oct 2025 are worked (调休)")
    void workingWeekends() {
        assertThat(of(2025, 9, 28).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(xinjiang.isWorkingDay(of(2025, 9, 28))).isTrue();
        assertThat(xinjiang.isWorkingDay(of(2025, 10, 11))).isTrue();
        assertThat(xinjiang.isWorkingDay(of(2025, 10, 12))).isFalse();
    }

    @Test
    @DisplayName("Xinjiang 2025 (放假办法 Art. 4): 肉孜节 31 Mar and 古尔邦节 6–10 Jun are off in Xinjiang, not nationally")
    void xinjiangFestivals() {
        assertThat(xinjiang.isWorkingDay(of(2025, 3, 31))).isFalse();
        assertThat(national.isWorkingDay(of(2025, 3, 31))).isTrue();
        assertThat(xinjiang.isWorkingDay(of(2025, 6, 9))).isFalse();
        assertThat(xinjiang.isWorkingDay(of(2025, 6, 10))).isFalse();
        assertThat(xinjiang.exceptionOn(of(2025, 3, 31))).map(CalendarDay::name).contains("肉孜节");
        assertThat(Holidays.calendarFor(RegionCode.of("653101")).isWorkingDay(of(2025, 3, 31))).isFalse();
        assertThat(xinjiang.deadline(of(2025, 6, 5), TimeLimit.workingDays(1))).isEqualTo(of(2025, 6, 11));
    }

    @Test
    @DisplayName("民法典 Art. 203: 7 natural days from 25 Sep 2025 end on 2 Oct, a holiday, so on the next working day, 9 Oct")
    void naturalPeriodEndingOnHoliday() {
        assertThat(xinjiang.deadline(of(2025, 9, 25), TimeLimit.naturalDays(7))).isEqualTo(of(2025, 10, 9));
    }

    @Test
    @DisplayName("民法典 Art. 203: a natural-day period ending on an ordinary Saturday ends on Monday")
    void naturalPeriodEndingOnSaturday() {
        LocalDate saturday = of(2025, 11, 15);
        assertThat(saturday.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);

        assertThat(xinjiang.deadline(saturday.minusDays(30), TimeLimit.naturalDays(30))).isEqualTo(of(2025, 11, 17));
        assertThat(xinjiang.deadline(of(2025, 11, 3), TimeLimit.naturalDays(30))).isEqualTo(of(2025, 12, 3));
    }

    @Test
    @DisplayName("Zero working days: the start itself if it is a working day, else the next one")
    void zeroWorkingDays() {
        assertThat(xinjiang.addWorkingDays(of(2025, 11, 3), 0)).isEqualTo(of(2025, 11, 3));
        assertThat(xinjiang.addWorkingDays(of(2025, 10, 4), 0)).isEqualTo(of(2025, 10, 9));
        assertThat(xinjiang.nextWorkingDay(of(2025, 11, 3))).isEqualTo(of(2025, 11, 4));
    }

    @Test
    @DisplayName("Adding working days agrees with stepping day by day, forwards and backwards, across 2025–2026")
    void addingAgreesWithStepping() {
        for (LocalDate start = of(2024, 12, 1); start.isBefore(of(2027, 1, 1)); start = start.plusDays(3)) {
            LocalDate lastWorkingDayUpToStart = start;
            while (!xinjiang.isWorkingDay(lastWorkingDayUpToStart)) {
                lastWorkingDayUpToStart = lastWorkingDayUpToStart.minusDays(1);
            }
            LocalDate stepped = start;
            for (int n = 1; n <= 60; n++) {
                stepped = stepped.plusDays(1);
                while (!xinjiang.isWorkingDay(stepped)) {
                    stepped = stepped.plusDays(1);
                }
                assertThat(xinjiang.addWorkingDays(start, n)).as("%s + %d", start, n).isEqualTo(stepped);
                assertThat(xinjiang.workingDaysBetween(start, stepped)).isEqualTo(n);
                assertThat(xinjiang.addWorkingDays(stepped, -n)).as("%s - %d", stepped, n)
                        .isEqualTo(lastWorkingDayUpToStart);
            }
        }
    }

    @Test
    @DisplayName("Counting working days: 248 in 2025 nationally, 244 in Xinjiang")
    void countingWorkingDays() {
        // 261 weekdays, minus 18 weekday holidays (元旦 1, 春节 6, 清明 1, 劳动节 3, 端午 1, 国庆 6), plus 5 worked weekends.
        assertThat(national.workingDaysBetween(of(2024, 12, 31), of(2025, 12, 31))).isEqualTo(248);
        // Xinjiang adds 31 Mar (肉孜节) and 6, 9, 10 Jun (古尔邦节; 7–8 Jun is a weekend).
        assertThat(xinjiang.workingDaysBetween(of(2024, 12, 31), of(2025, 12, 31))).isEqualTo(244);
        assertThat(xinjiang.workingDaysBetween(of(2025, 10, 9), of(2025, 9, 30))).isEqualTo(-1);
        assertThat(xinjiang.workingDaysBetween(of(2025, 9, 30), of(2025, 9, 30))).isZero();
    }

    @Test
    @DisplayName("Elapsed share: 0 at the start, 1 on the deadline, above 1 once overdue — for 80 % warnings")
    void elapsedShare() {
        LocalDate start = of(2025, 11, 3);
        LocalDate deadline = xinjiang.deadline(start, TimeLimit.workingDays(10));

        assertThat(deadline).isEqualTo(of(2025, 11, 17));
        assertThat(xinjiang.elapsedShare(start, deadline, start)).isZero();
        assertThat(xinjiang.elapsedShare(start, deadline, of(2025, 11, 13))).isEqualTo(0.8);
        assertThat(xinjiang.elapsedShare(start, deadline, deadline)).isEqualTo(1.0);
        assertThat(xinjiang.elapsedShare(start, deadline, of(2025, 11, 18))).isGreaterThan(1.0);
    }

    @Test
    @DisplayName("A region's own days override the national ones on the same date; one list may not name a date twice")
    void layering() {
        LocalDate workedSaturday = of(2025, 10, 11);
        WorkingDayCalendar regional = national.overriddenBy(List.of(CalendarDay.holiday(workedSaturday, "地方节日")));

        assertThat(national.isWorkingDay(workedSaturday)).isTrue();
        assertThat(regional.isWorkingDay(workedSaturday)).isFalse();
        assertThat(regional.addWorkingDays(of(2025, 10, 10), 1)).isEqualTo(of(2025, 10, 13));
        assertThatThrownBy(() -> WorkingDayCalendar.of(List.of(
                CalendarDay.holiday(workedSaturday, "a"), CalendarDay.holiday(workedSaturday, "b"))))
                .isInstanceOf(DomainViolation.class).hasMessage("节假日日期重复：2025-10-11");
    }

    @Test
    @DisplayName("Without holiday data every Monday–Friday is a working day, far into the future too")
    void mondayToFriday() {
        WorkingDayCalendar plain = WorkingDayCalendar.mondayToFriday();

        assertThat(plain.addWorkingDays(of(2025, 11, 7), 1)).isEqualTo(of(2025, 11, 10));
        assertThat(plain.addWorkingDays(of(2025, 11, 3), 5000)).isEqualTo(of(2025, 11, 3).plusWeeks(1000));
        assertThat(plain.addWorkingDays(of(1960, 1, 4), -5)).isEqualTo(of(1959, 12, 28));
    }

    @Test
    @DisplayName("TimeLimit labels read as the rules write them: 5个工作日, 30个自然日")
    void timeLimitLabels() {
        assertThat(TimeLimit.workingDays(5).label()).isEqualTo("5个工作日");
        assertThat(TimeLimit.naturalDays(30).label()).isEqualTo("30个自然日");
        assertThatThrownBy(() -> TimeLimit.workingDays(-1)).isInstanceOf(DomainViolation.class);
    }
}
