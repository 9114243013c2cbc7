package cn.yingshang.projects.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which step holds a project up (001 §40): of the steps still running, a late one before one on time,
 * and among those the one that has waited longest. Steps run in parallel, so the project waits for
 * the slowest of them.
 */
@cn.yingshang.shared.DomainType
record HoldUp(Approval step, long daysWaited, boolean late, long daysLate) {

    static Optional<HoldUp> of(List<Approval> approvals, LocalDate today) {
        return approvals.stream()
                .filter(a -> a.status() == ApprovalStatus.RUNNING)
                .max(Comparator.comparing((Approval a) -> a.late(today)).thenComparing(a -> a.daysWaited(today)))
                .map(a -> new HoldUp(a, a.daysWaited(today), a.late(today), a.daysLate(today)));
    }
}
