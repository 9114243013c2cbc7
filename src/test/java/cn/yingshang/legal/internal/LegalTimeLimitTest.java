package cn.yingshang.legal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.shared.WorkingDayCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each promised limit at its boundary: the last day is in time, the day after is late. */
class LegalTimeLimitTest {

    static final WorkingDayCalendar WEEKDAYS = WorkingDayCalendar.mondayToFriday();
    static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);

    @Test
    @DisplayName("002 #12: a filing made on Friday is reviewed in time on the 7th day after, late on the 8th")
    void filingReview() {
        assertBoundary(new LegalTimeLimit("FILING_REVIEW", 7, LimitUnit.NATURAL_DAYS, "002 #12"), LocalDate.of(2026, 12, 11));
    }

    @Test
    @DisplayName("002 #13: pre-suit mediation lasts at most 30 days")
    void mediation() {
        assertBoundary(new LegalTimeLimit("PRE_SUIT_MEDIATION", 30, LimitUnit.NATURAL_DAYS, "002 #13"), LocalDate.of(2027, 1, 3));
    }

    @Test
    @DisplayName("002 #23: unrelated property is released within three days of the finding")
    void release() {
        assertBoundary(new LegalTimeLimit("UNRELATED_PROPERTY_RELEASE", 3, LimitUnit.NATURAL_DAYS, "002 #23"), LocalDate.of(2026, 12, 7));
    }

    @Test
    @DisplayName("Trial limits count months: a simple-procedure case accepted on 4 December is in time on 4 March")
    void trialInMonths() {
        assertBoundary(new LegalTimeLimit("TRIAL_SIMPLE", 3, LimitUnit.MONTHS, "CPL 164"), LocalDate.of(2027, 3, 4));
    }

    @Test
    @DisplayName("A limit in working days skips the weekend")
    void workingDays() {
        assertBoundary(new LegalTimeLimit("X", 1, LimitUnit.WORKING_DAYS, "002 #12 online filing review"), LocalDate.of(2026, 12, 7));
    }

    @Test
    @DisplayName("002 #49: a review finding made on Friday is rectified in time on the 20th working day after, late on the day after")
    void rectification() {
        LegalTimeLimit limit = new LegalTimeLimit(ReviewingEnforcement.RECTIFICATION, 20, LimitUnit.WORKING_DAYS, "002 #49");
        assertBoundary(limit, LocalDate.of(2027, 1, 1));
        LocalDate due = limit.due(FRIDAY, WEEKDAYS);
        EnforcementFinding owed = new EnforcementFinding(1, 1, 2026, 3, 1, FindingKind.INACTION, "x", FRIDAY, "RECTIFYING", due, null, null);
        assertThat(owed.overdue(due)).as("last day in time").isFalse();
        assertThat(owed.overdue(due.plusDays(1))).as("first day late").isTrue();
        EnforcementFinding rectifiedLate = new EnforcementFinding(1, 1, 2026, 3, 1, FindingKind.INACTION, "x", FRIDAY, "RECTIFIED", due,
                due.plusDays(1), "r");
        assertThat(rectifiedLate.overdue(due.plusDays(5))).as("no longer owed").isFalse();
        assertThat(rectifiedLate.rectifiedLate()).isTrue();
    }

    private static void assertBoundary(LegalTimeLimit limit, LocalDate lastDayInTime) {
        LocalDate due = limit.due(FRIDAY, WEEKDAYS);
        assertThat(due).isEqualTo(lastDayInTime);
        assertThat(LegalTimeLimit.late(due, lastDayInTime)).as("last day in time").isFalse();
        assertThat(LegalTimeLimit.late(due, lastDayInTime.plusDays(1))).as("first day late").isTrue();
    }
}
