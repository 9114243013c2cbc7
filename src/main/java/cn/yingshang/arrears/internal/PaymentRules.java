package cn.yingshang.arrears.internal;

import cn.yingshang.shared.TimeLimit;
import cn.yingshang.shared.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * 国令802号 Art. 9 and 10: when a payment to an SME falls due. Terms count natural days; a period
 * ending on a rest day ends on the next working day (民法典 Art. 203, via
 * {@link WorkingDayCalendar#deadline}).
 */
public final class PaymentRules {

    /** Art. 9: 机关、事业单位 pay within 30 days of delivery. */
    static final int PUBLIC_BODY_TERM = 30;
    /** Art. 9: the longest term a contract of a 机关 or 事业单位 may agree. */
    static final int PUBLIC_BODY_MAX_AGREED_TERM = 60;
    /** Art. 9: large enterprises pay within 60 days unless a reasonable other term is agreed. */
    static final int LARGE_ENTERPRISE_TERM = 60;

    private PaymentRules() {
    }

    public static PaymentDue due(ContractTerms terms, WorkingDayCalendar calendar) {
        Set<Violation> violations = EnumSet.noneOf(Violation.class);
        violations.addAll(terms.reportedPractices());

        int days;
        Integer agreed = terms.agreedTermDays();
        if (terms.payerType().isPublicBody()) {
            if (agreed == null) {
                days = PUBLIC_BODY_TERM;
            } else if (agreed > PUBLIC_BODY_MAX_AGREED_TERM) {
                // the excess is void: the longest lawful term applies, and the clause is a violation
                violations.add(Violation.TERM_OVER_60_DAYS);
                days = PUBLIC_BODY_MAX_AGREED_TERM;
            } else {
                days = agreed;
            }
        } else {
            if (agreed == null) {
                days = LARGE_ENTERPRISE_TERM;
            } else {
                days = agreed;
                if (agreed > LARGE_ENTERPRISE_TERM) {
                    violations.add(Violation.LONG_TERM_TO_REVIEW);
                }
            }
        }
        TimeLimit term = TimeLimit.naturalDays(days);

        LocalDate start;
        String reason;
        switch (terms.basis()) {
            case DELIVERY -> {
                start = terms.deliveredOn();
                reason = ArrearsText.text("arrears.due.start.DELIVERY");
            }
            case SETTLEMENT -> {
                start = terms.settlementConfirmedOn();
                reason = ArrearsText.text("arrears.due.start.SETTLEMENT");
            }
            case ACCEPTANCE -> {
                LocalDate periodEnd = terms.acceptancePeriodDays() == null ? null
                        : calendar.deadline(terms.deliveredOn(), TimeLimit.naturalDays(terms.acceptancePeriodDays()));
                LocalDate accepted = terms.acceptedOn();
                if (accepted != null && (periodEnd == null || !accepted.isAfter(periodEnd))) {
                    start = accepted;
                    reason = ArrearsText.text("arrears.due.start.ACCEPTANCE");
                } else {
                    // Art. 10: the buyer who delays acceptance past the agreed period starts the clock at its end
                    start = periodEnd;
                    reason = ArrearsText.text("arrears.due.start.ACCEPTANCE_PERIOD");
                }
            }
            default -> throw new IllegalStateException();
        }
        return new PaymentDue(start, reason, term, calendar.deadline(start, term), Set.copyOf(violations));
    }
}
