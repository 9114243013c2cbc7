package cn.yingshang.appeal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.shared.Holidays;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.WorkingDayCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    final WorkingDayCalendar urumqi = Holidays.calendarFor(RegionCode.of("650100"));

    @Test
    @DisplayName("国办发明电〔2024〕12号: a 5-working-day reply limit from 2025-09-29 skips 10/1–10/8, counts 调休 Saturday 10/11, ends 10/13")
    void replyLimitAcrossNationalDay() {
        Deadline d = Deadline.of(urumqi, LocalDate.of(2025, 9, 29), 5);
        assertThat(d.due()).isEqualTo(LocalDate.of(2025, 10, 13));
        // 80 % of 5 working days = 4: 9/30, 10/9, 10/10, 10/11 (worked Saturday)
        assertThat(d.warnOn()).isEqualTo(LocalDate.of(2025, 10, 11));
        assertThat(d.alertOn(LocalDate.of(2025, 10, 8))).isEqualTo(Deadline.Alert.NORMAL);
        assertThat(d.alertOn(LocalDate.of(2025, 10, 10))).isEqualTo(Deadline.Alert.NORMAL);
        assertThat(d.alertOn(LocalDate.of(2025, 10, 11))).isEqualTo(Deadline.Alert.WARNING);
        assertThat(d.alertOn(LocalDate.of(2025, 10, 13))).isEqualTo(Deadline.Alert.WARNING);
        assertThat(d.alertOn(LocalDate.of(2025, 10, 14))).isEqualTo(Deadline.Alert.OVERDUE);
        assertThat(d.remaining(urumqi, LocalDate.of(2025, 10, 1))).isEqualTo(4);
        assertThat(d.remaining(urumqi, LocalDate.of(2025, 10, 15))).isEqualTo(-2);
    }

    @Test
    @DisplayName("a plain Monday–Friday count would warn during the holiday: the calendar moves the warning by eight days")
    void calendarMatters() {
        Deadline naive = Deadline.of(WorkingDayCalendar.mondayToFriday(), LocalDate.of(2025, 9, 29), 5);
        assertThat(naive.due()).isEqualTo(LocalDate.of(2025, 10, 6));
        assertThat(naive.alertOn(LocalDate.of(2025, 10, 7))).isEqualTo(Deadline.Alert.OVERDUE);
        Deadline real = Deadline.of(urumqi, LocalDate.of(2025, 9, 29), 5);
        assertThat(real.alertOn(LocalDate.of(2025, 10, 7))).isEqualTo(Deadline.Alert.NORMAL);
    }

    @Test
    @DisplayName("an approved 10-working-day extension and a 1-day dispatch limit follow the same calendar")
    void extensionAndDispatch() {
        Deadline dispatch = Deadline.of(urumqi, LocalDate.of(2025, 9, 30), 1);
        assertThat(dispatch.due()).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(dispatch.warnOn()).isEqualTo(LocalDate.of(2025, 10, 9));
        Deadline extended = Deadline.of(urumqi, LocalDate.of(2025, 9, 29), 5).extendedBy(urumqi, 10);
        assertThat(extended.due()).isEqualTo(LocalDate.of(2025, 10, 27));
    }
}
