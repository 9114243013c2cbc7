package cn.yingshang.finance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A bank's answer to a need: GRANTED with amount (万元) and rate (%), or REFUSED with its reason. */
@cn.yingshang.shared.DomainType
record Loan(long id, long needId, long bankId, String bankName, Long productId, String productName, String creditCode,
            String outcome, BigDecimal amount, BigDecimal rate, boolean creditLoan, String reason, LocalDate decidedOn) {

    public boolean granted() {
        return "GRANTED".equals(outcome);
    }
}
