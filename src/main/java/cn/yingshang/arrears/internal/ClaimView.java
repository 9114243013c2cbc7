package cn.yingshang.arrears.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a claim's page shows: the claim, figures to date (as of the Clock) and its history. */
record ClaimView(Claim claim, LocalDate today, BigDecimal interest, long daysOverdue, boolean overdue,
                 boolean confirmationLate, List<Claims.Supervision> supervisions, boolean canVerify) {
}
