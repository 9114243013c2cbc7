package cn.yingshang.arrears;

import java.time.LocalDate;

/**
 * A claim earlier announced as {@link GovernmentArrearsOverdue} is now paid in full: the
 * government-integrity record it fed is resolved (it stays in the history).
 */
public record GovernmentArrearsCleared(long claimId, String reference, LocalDate clearedOn) {
}
