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
            throw new DomainViolation("deliveredOn", "请填写交付日期");
        }
        basis = basis == null ? SettlementBasis.DELIVERY : basis;
        if (basis == SettlementBasis.SETTLEMENT && settlementConfirmedOn == null) {
            throw new DomainViolation("settlementConfirmedOn", "按结算付款的，请填写双方确认结算金额的日期");
        }
        if (basis == SettlementBasis.ACCEPTANCE && acceptedOn == null && acceptancePeriodDays == null) {
            throw new DomainViolation("acceptedOn", "以验收为付款条件的，请填写验收合格日期或约定的验收期限");
        }
        if (acceptedOn != null && acceptedOn.isBefore(deliveredOn)) {
            throw new DomainViolation("acceptedOn", "验收日期不能早于交付日期");
        }
        if (acceptancePeriodDays != null && acceptancePeriodDays < 0) {
            throw new DomainViolation("acceptancePeriodDays", "验收期限不能为负数");
        }
        if (agreedTermDays != null && agreedTermDays < 0) {
            throw new DomainViolation("agreedTermDays", "付款期限不能为负数");
        }
        reportedPractices = reportedPractices == null || reportedPractices.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(reportedPractices));
        if (reportedPractices.stream().anyMatch(v -> !v.isReported())) {
            throw new DomainViolation("practices", "付款期限违规由系统根据合同条款判断，无需勾选");
        }
    }
}
