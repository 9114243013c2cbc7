package cn.yingshang.shared;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StatutoryHolidaysTest {

    @Test
    @DisplayName("《全国年节及纪念日放假办法》 (2024): 13 days — 元旦 1, 春节 4 from 除夕, 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3")
    void thirteenDaysIn2026() {
        // 2026: 除夕 16 Feb, 清明 5 Apr, 端午 19 Jun, 中秋 25 Sep (the notice of 2025-11-04 puts its holidays around these).
        assertThat(StatutoryHolidays.of(2026)).extracting(CalendarDay::date).containsExactly(
                of(2026, 1, 1), of(2026, 2, 16), of(2026, 2, 17), of(2026, 2, 18), of(2026, 2, 19), of(2026, 4, 5),
                of(2026, 5, 1), of(2026, 5, 2), of(2026, 6, 19), of(2026, 9, 25), of(2026, 10, 1), of(2026, 10, 2),
                of(2026, 10, 3));
        assertThat(StatutoryHolidays.of(2026)).allMatch(CalendarDay::offDay);
    }

    @Test
    @DisplayName("when 中秋 falls within 国庆 (2028-10-03) the day is listed once")
    void midAutumnInsideNationalDay() {
        assertThat(StatutoryHolidays.of(2028)).hasSize(12).filteredOn(d -> d.date().equals(of(2028, 10, 3)))
                .singleElement().extracting(CalendarDay::name).asString().contains("国庆节").contains("中秋节");
    }

    @Test
    @DisplayName("a year without its notice keeps the statutory days and is provisional; a year with it is not")
    void provisionalWithoutNotice() {
        WorkingDayCalendar calendar = Holidays.calendarFor(RegionCode.NATIONAL).withStatutoryBase(Set.of(2025, 2026), 2024, 2030);
        assertThat(calendar.nextWorkingDay(of(2027, 9, 30))).isEqualTo(of(2027, 10, 4));
        assertThat(calendar.provisionalBetween(of(2027, 9, 30), of(2027, 10, 4))).isTrue();
        assertThat(calendar.provisionalBetween(of(2026, 12, 30), of(2027, 1, 4))).isTrue();
        // The loaded notice wins over the base: 2026 National Day runs to 7 October.
        assertThat(calendar.nextWorkingDay(of(2026, 9, 30))).isEqualTo(of(2026, 10, 8));
        assertThat(calendar.provisionalBetween(of(2026, 9, 30), of(2026, 10, 8))).isFalse();
        // 2027 春节: 除夕 5 February (Friday) to 8 February (Monday), so 9 February is the next working day.
        assertThat(calendar.nextWorkingDay(of(2027, 2, 4))).isEqualTo(of(2027, 2, 9));
    }
}
