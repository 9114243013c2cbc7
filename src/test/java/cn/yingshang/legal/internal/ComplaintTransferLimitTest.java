package cn.yingshang.legal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.shared.WorkingDayCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 002 #48: a complaint received on a body's channel is passed into the appeal module within one working day. */
class ComplaintTransferLimitTest {

    static final LegalTimeLimit TRANSFER = new LegalTimeLimit(ReceivingComplaints.TRANSFER, 1, LimitUnit.WORKING_DAYS, "002 #48");

    LegalComplaint transferred(LocalDate received, LocalDate due, LocalDate on) {
        return new LegalComplaint(1, "COURT_12368", "T1", 1, "x", received, due, on, 1, "A1");
    }

    @Test
    @DisplayName("Received on Friday: passed on Monday is in time, on Tuesday late (the weekend is not counted)")
    void overTheWeekend() {
        LocalDate friday = LocalDate.of(2026, 12, 4);
        LocalDate due = TRANSFER.due(friday, WorkingDayCalendar.mondayToFriday());
        assertThat(due).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(transferred(friday, due, due).transferredLate()).as("last day in time").isFalse();
        assertThat(transferred(friday, due, due.plusDays(1)).transferredLate()).as("first day late").isTrue();
    }

    @Test
    @DisplayName("Received on Tuesday: Wednesday is the last day in time, Thursday late")
    void midweek() {
        LocalDate tuesday = LocalDate.of(2026, 12, 8);
        LocalDate due = TRANSFER.due(tuesday, WorkingDayCalendar.mondayToFriday());
        assertThat(due).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(transferred(tuesday, due, LocalDate.of(2026, 12, 9)).transferredLate()).isFalse();
        assertThat(transferred(tuesday, due, LocalDate.of(2026, 12, 10)).transferredLate()).isTrue();
    }
}
