package cn.yingshang.arrears.internal;

import cn.yingshang.shared.WorkingDayCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One amount an SME says it is owed, as the ledger holds it. Amounts in 元. The undisputed part
 * ({@code amount − disputedAmount}) must be paid on time whatever happens to the rest (Art. 15).
 */
record Claim(long id, String source, Long sourceAppealId, String appealTrackingNumber, ClaimStatus status,
             String payeeCreditCode, String payeeName, String payeeSize, PayerType payerType, Long payerId,
             String payerCreditCode, String payerName, String regionCode, Long supervisingDepartmentId,
             Long registeringDepartmentId, String contractName, BigDecimal amount, BigDecimal disputedAmount,
             LocalDate deliveredOn, SettlementBasis basis, LocalDate settlementConfirmedOn, LocalDate acceptedOn,
             Integer acceptancePeriodDays, Integer agreedTermDays, PaymentMethod paymentMethod,
             BigDecimal contractRatePercent, Set<Violation> practices, Set<Violation> violations, String description,
             LocalDate reportedOn, LocalDate confirmBy, LocalDate clockStart, LocalDate dueOn, LocalDate confirmedOn,
             String confirmedBy, String rejectionReason, LocalDate planPayBy, String planNote, BigDecimal paidAmount,
             LocalDate settledOn, LocalDate followUpAskedOn, String followUpAnswer, String followUpNote,
             LocalDate followUpAnsweredOn, boolean malicious, LocalDate exposedOn, String exposureNote,
             String createdBy, List<Payment> payments) {

    record Payment(long id, LocalDate paidOn, BigDecimal amount, PaymentMethod method, String note, String recordedBy) {
    }

    Claim withPayments(List<Payment> newPayments) {
        return new Claim(id, source, sourceAppealId, appealTrackingNumber, status, payeeCreditCode, payeeName, payeeSize, payerType, payerId, payerCreditCode, payerName, regionCode, supervisingDepartmentId, registeringDepartmentId, contractName, amount, disputedAmount, deliveredOn, basis, settlementConfirmedOn, acceptedOn, acceptancePeriodDays, agreedTermDays, paymentMethod, contractRatePercent, practices, violations, description, reportedOn, confirmBy, clockStart, dueOn, confirmedOn, confirmedBy, rejectionReason, planPayBy, planNote, paidAmount, settledOn, followUpAskedOn, followUpAnswer, followUpNote, followUpAnsweredOn, malicious, exposedOn, exposureNote, createdBy, newPayments);
    }

    public String reference() {
        return "QK" + reportedOn.getYear() + "-" + String.format("%06d", id);
    }

    ContractTerms terms() {
        return new ContractTerms(payerType, deliveredOn, basis, settlementConfirmedOn, acceptedOn, acceptancePeriodDays,
                agreedTermDays, practices.isEmpty() ? Set.of() : EnumSet.copyOf(practices));
    }

    PaymentDue due(WorkingDayCalendar calendar) {
        return PaymentRules.due(terms(), calendar);
    }

    public BigDecimal undisputed() {
        return amount == null ? BigDecimal.ZERO : amount.subtract(disputedAmount);
    }

    public BigDecimal outstanding() {
        return amount == null ? BigDecimal.ZERO : amount.subtract(paidAmount).max(BigDecimal.ZERO);
    }

    /** What is left of the undisputed part: this is what is overdue after the due date. */
    public BigDecimal undisputedOutstanding() {
        return undisputed().subtract(paidAmount).max(BigDecimal.ZERO);
    }

    public boolean isOverdueOn(LocalDate day) {
        return status.isOpen() && dueOn != null && day.isAfter(dueOn) && undisputedOutstanding().signum() > 0;
    }

    public long daysOverdue(LocalDate day) {
        return isOverdueOn(day) ? OverdueInterest.daysOverdue(dueOn, day) : 0;
    }

    /** Interest on the undisputed part, to the given day (Art. 17). */
    public BigDecimal interestOn(LocalDate day) {
        if (dueOn == null || amount == null) {
            return BigDecimal.ZERO;
        }
        return OverdueInterest.asOf(undisputed(), dueOn,
                payments.stream().map(p -> new OverdueInterest.Paid(p.paidOn(), p.amount())).toList(),
                contractRatePercent, day);
    }

    public boolean isPartlyPaid() {
        return paidAmount.signum() > 0 && outstanding().signum() > 0;
    }

    /** The label people see: the status, with 部分清偿 when part has been paid. */
    public String stageLabel() {
        return status == ClaimStatus.CONFIRMED && isPartlyPaid() ? ArrearsText.text("arrears.status.CONFIRMED.partlyPaid") : status.label();
    }

    public boolean confirmationLate(LocalDate day) {
        return status == ClaimStatus.REPORTED && confirmBy != null && day.isAfter(confirmBy);
    }
}
