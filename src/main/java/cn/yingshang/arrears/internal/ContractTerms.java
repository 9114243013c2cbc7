package cn.yingshang.arrears.internal;

import cn.yingshang.shared.DomainViolation;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The terms that decide when a claim falls due. {@code agreedTermDays} is the contract's payment
 * term (null: the contract is silent); {@code acceptancePeriodDays} the agreed acceptance period
 * when payment follows acceptance. {@code reportedPractices} are the practices somebody reported.
 */
public record ContractTerms(PayerType payerType, LocalDate deliveredOn, SettlementBasis basis, LocalDate settlementConfirmedOn,
                     LocalDate acceptedOn, Integer acceptancePeriodDays, Integer agreedTermDays,
                     Set<Violation> reportedPractices) {

    public ContractTerms {
        Objects.requireNonNull(payerType, "payerType");
        if (deliveredOn == null) {
            throw DomainViolation.of("deliveredOn", "arrears.violation.deliveredOn");
        }
        basis = basis == null ? SettlementBasis.DELIVERY : basis;
        if (basis == SettlementBasis.SETTLEMENT && settlementConfirmedOn == null) {
            throw DomainViolation.of("settlementConfirmedOn", "arrears.violation.settlementConfirmedOn");
        }
        if (basis == SettlementBasis.ACCEPTANCE && acceptedOn == null && acceptancePeriodDays == null) {
            throw DomainViolation.of("acceptedOn", "arrears.violation.acceptedOn");
        }
        if (acceptedOn != null && acceptedOn.isBefore(deliveredOn)) {
            throw DomainViolation.of("acceptedOn", "arrears.violation.acceptedOn.early");
        }
        if (acceptancePeriodDays != null && acceptancePeriodDays < 0) {
            throw DomainViolation.of("acceptancePeriodDays", "arrears.violation.acceptancePeriod");
        }
        if (agreedTermDays != null && agreedTermDays < 0) {
            throw DomainViolation.of("agreedTermDays", "arrears.violation.agreedTerm");
        }
        reportedPractices = reportedPractices == null || reportedPractices.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(reportedPractices));
        if (reportedPractices.stream().anyMatch(v -> !v.isReported())) {
            throw DomainViolation.of("practices", "arrears.violation.practices.derived");
        }
    }
}
