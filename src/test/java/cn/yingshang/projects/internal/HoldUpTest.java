package cn.yingshang.projects.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HoldUpTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

    static Approval step(long id, ApprovalStatus status, LocalDate started, LocalDate due, LocalDate decided) {
        return new Approval(id, 1, "step" + id, "dept", null, 10, false, null, status, started, due, decided, null, null);
    }

    @Test
    @DisplayName("001 §40: of parallel steps the project waits for a late one before one that has waited longer on time")
    void lateStepHoldsTheProjectUp() {
        Approval longOnTime = step(1, ApprovalStatus.RUNNING, TODAY.minusDays(20), TODAY.plusDays(2), null);
        Approval late = step(2, ApprovalStatus.RUNNING, TODAY.minusDays(12), TODAY.minusDays(3), null);
        Approval decided = step(3, ApprovalStatus.APPROVED, TODAY.minusDays(40), TODAY.minusDays(30), TODAY.minusDays(25));
        HoldUp holdUp = HoldUp.of(List.of(longOnTime, late, decided), TODAY).orElseThrow();
        assertThat(holdUp.step().id()).isEqualTo(2);
        assertThat(holdUp.late()).isTrue();
        assertThat(holdUp.daysWaited()).isEqualTo(12);
        assertThat(holdUp.daysLate()).isEqualTo(3);
        assertThat(decided.late(TODAY)).isTrue();
        assertThat(decided.daysLate(TODAY)).isEqualTo(5);
    }

    @Test
    @DisplayName("001 §40: without a late step the longest-waiting running step holds the project up; listed and decided steps never do")
    void longestWaitingStepOtherwise() {
        Approval shortWait = step(1, ApprovalStatus.RUNNING, TODAY.minusDays(2), TODAY.plusDays(8), null);
        Approval longWait = step(2, ApprovalStatus.RUNNING, TODAY.minusDays(9), TODAY.plusDays(1), null);
        Approval listed = step(3, ApprovalStatus.LISTED, null, null, null);
        assertThat(HoldUp.of(List.of(shortWait, longWait, listed), TODAY).orElseThrow().step().id()).isEqualTo(2);
        assertThat(HoldUp.of(List.of(listed, step(4, ApprovalStatus.APPROVED, TODAY.minusDays(3), TODAY, TODAY)), TODAY)).isEmpty();
    }
}
