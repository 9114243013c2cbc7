package cn.yingshang.arrears.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * 国令802号 Art. 17: overdue interest at the agreed rate (a yearly rate, not below the one-year LPR
 * at signing), or 0.05 % of the overdue amount a day when the contract is silent. Interest runs
 * from the day after the due date; a payment stops it on the amount paid from the day it is made.
 */
public final class OverdueInterest {

    /** 万分之五 a day. */
    static final BigDecimal STATUTORY_DAILY_RATE = new BigDecimal("0.0005");
    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);
    private static final BigDecimal PERCENT = BigDecimal.valueOf(100);

    private OverdueInterest() {
    }

    public record Paid(LocalDate on, BigDecimal amount) {
    }

    static BigDecimal dailyRate(BigDecimal agreedYearlyRatePercent) {
        if (agreedYearlyRatePercent == null) {
            return STATUTORY_DAILY_RATE;
        }
        return agreedYearlyRatePercent.divide(PERCENT, MathContext.DECIMAL64).divide(DAYS_PER_YEAR, MathContext.DECIMAL64);
    }

    /**
     * Interest owed as of {@code asOf} on {@code owed} due on {@code dueOn}, given the payments made,
     * rounded to the fen.
     */
    public static BigDecimal asOf(BigDecimal owed, LocalDate dueOn, List<Paid> payments, BigDecimal agreedYearlyRatePercent,
                           LocalDate asOf) {
        BigDecimal rate = dailyRate(agreedYearlyRatePercent);
        BigDecimal outstanding = owed;
        BigDecimal interest = BigDecimal.ZERO;
        LocalDate from = dueOn;
        List<Paid> ordered = payments.stream().sorted(Comparator.comparing(Paid::on)).toList();
        for (Paid payment : ordered) {
            if (!payment.on().isAfter(asOf)) {
                if (payment.on().isAfter(from)) {
                    interest = interest.add(segment(outstanding, rate, from, payment.on()));
                    from = payment.on();
                }
                outstanding = outstanding.subtract(payment.amount()).max(BigDecimal.ZERO);
            }
        }
        if (asOf.isAfter(from)) {
            interest = interest.add(segment(outstanding, rate, from, asOf));
        }
        return interest.setScale(2, RoundingMode.HALF_UP);
    }

    /** Days overdue as of a date: 0 on or before the due date. */
    static long daysOverdue(LocalDate dueOn, LocalDate asOf) {
        return Math.max(0, ChronoUnit.DAYS.between(dueOn, asOf));
    }

    private static BigDecimal segment(BigDecimal amount, BigDecimal rate, LocalDate from, LocalDate to) {
        return amount.multiply(rate).multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to)));
    }
}
