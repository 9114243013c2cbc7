package cn.yingshang.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

class HolidaysTest {

    private final WorkingDayCalendar national = Holidays.calendarFor(RegionCode.NATIONAL);

    @Test
    @DisplayName("国办发明电〔2024〕12号: 2025 gives 春节 28 Jan–4 Feb, worked 26 Jan and 8 Feb; 劳动节 1–5 May, worked 27 Apr")
    void national2025() {
        assertThat(national.isWorkingDay(of(2025, 1, 1))).isFalse();
        for (LocalDate d = of(2025, 1, 28); !d.isAfter(of(2025, 2, 4)); d = d.plusDays(1)) {
            assertThat(national.isWorkingDay(d)).as(d.toString()).isFalse();
        }
        assertThat(national.isWorkingDay(of(2025, 1, 26))).isTrue();
        assertThat(national.isWorkingDay(of(2025, 2, 8))).isTrue();
        assertThat(national.isWorkingDay(of(2025, 4, 4))).isFalse();
        assertThat(national.isWorkingDay(of(2025, 4, 27))).isTrue();
        assertThat(national.isWorkingDay(of(2025, 5, 5))).isFalse();
        assertThat(national.isWorkingDay(of(2025, 6, 2))).isFalse();
    }

    @Test
    @DisplayName("Notice of 2025-11-04: 2026 gives 元旦 1–3 Jan (worked 4 Jan), 春节 15–23 Feb (worked 14 and 28 Feb), 国庆 1–7 Oct (worked 20 Sep, 10 Oct)")
    void national2026() {
        assertThat(national.isWorkingDay(of(2026, 1, 2))).isFalse();
        assertThat(national.isWorkingDay(of(2026, 1, 4))).isTrue();
        assertThat(national.isWorkingDay(of(2026, 2, 14))).isTrue();
        assertThat(national.isWorkingDay(of(2026, 2, 23))).isFalse();
        assertThat(national.isWorkingDay(of(2026, 2, 28))).isTrue();
        assertThat(national.isWorkingDay(of(2026, 5, 9))).isTrue();
        assertThat(national.isWorkingDay(of(2026, 6, 19))).isFalse();
        assertThat(national.isWorkingDay(of(2026, 9, 25))).isFalse();
        assertThat(national.isWorkingDay(of(2026, 9, 20))).isTrue();
        assertThat(national.isWorkingDay(of(2026, 10, 7))).isFalse();
        assertThat(national.isWorkingDay(of(2026, 10, 10))).isTrue();
    }

    @Test
    @DisplayName("Every 调休 working day in the data falls on a weekend, and Xinjiang declares its own 2025 festivals")
    void dataIsConsistent() {
        assertThat(national.days()).filteredOn(d -> !d.offDay())
                .allSatisfy(d -> assertThat(d.date().getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        assertThat(Holidays.declaredBy(Regions.XINJIANG)).extracting(CalendarDay::name)
                .containsOnly("肉孜节", "古尔邦节").hasSize(8);
        assertThat(Holidays.declaredBy(RegionCode.of("650102"))).isEmpty();
    }
}
