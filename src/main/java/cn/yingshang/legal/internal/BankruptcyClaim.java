package cn.yingshang.legal.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A claim declared online in a bankruptcy case; only a confirmed claim votes, with its confirmed amount. */
public record BankruptcyClaim(long id, long caseId, String creditCode, String creditorName, BigDecimal amount, boolean secured,
                              String status, BigDecimal confirmedAmount, LocalDate declaredOn) {
}
