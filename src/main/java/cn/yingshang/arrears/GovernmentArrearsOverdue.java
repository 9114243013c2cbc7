package cn.yingshang.arrears;

import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.RegionCode;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A 机关 or 事业单位 left an SME's confirmed, undisputed claim unpaid past its due date (国令802号
 * Art. 9; 003 §55: 拖欠账款 is government dishonesty). Published once per claim, when the daily check
 * first finds it overdue; the credit module records it among government-integrity records.
 * {@code payerCreditCode} may be null when the register lacks the body's code; {@code regionCode} is the
 * body's six-digit region. The same claim is later {@link GovernmentArrearsCleared} once paid.
 */
public record GovernmentArrearsOverdue(long claimId, String reference, CreditCode payerCreditCode, String payerName,
                                       String payerType, RegionCode regionCode, long supervisingDepartmentId, CreditCode payeeCreditCode,
                                       BigDecimal overdueAmount, LocalDate dueOn, LocalDate foundOn) {
}
