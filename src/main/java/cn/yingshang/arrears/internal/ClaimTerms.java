package cn.yingshang.arrears.internal;

import static cn.yingshang.arrears.internal.ArrearsText.text;

import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.EnterpriseSize;
import cn.yingshang.shared.RegionCode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who pays and on what terms: resolves the payer of a claim (registered public body, or a large
 * enterprise from the registry), checks the contract terms, works out the due date (国令802号) and
 * writes them. Split from the ledger, whose job is the claim's state machine.
 */
@Component
class ClaimTerms {

    private final JdbcClient jdbc;
    private final PayerRegister payers;
    private final MarketEntities entities;
    private final Departments departments;
    private final WorkingCalendars calendars;
    private final Clock clock;

    ClaimTerms(JdbcClient jdbc, PayerRegister payers, MarketEntities entities, Departments departments, WorkingCalendars calendars,
               Clock clock) {
        this.jdbc = jdbc;
        this.payers = payers;
        this.entities = entities;
        this.departments = departments;
        this.calendars = calendars;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    record Resolved(PayerType payerType, Long payerId, String payerCreditCode, String payerName, String regionCode,
                            long supervisingDepartmentId, ClaimForm form, PaymentDue due, Set<Violation> practices,
                            PaymentMethod method, SettlementBasis basis) {
    }

    Resolved resolve(ClaimForm form, MarketEntity payee) {
        PayerType type;
        Long payerId = null;
        String payerCode;
        String payerName;
        String region;
        long department;
        if (form.payerId() != null) {
            Payer payer = payers.find(form.payerId())
                    .orElseThrow(() -> DomainViolation.of("payerId", "arrears.violation.payer.unregistered"));
            type = payer.type();
            payerId = payer.id();
            payerCode = payer.creditCode();
            payerName = payer.name();
            region = payer.regionCode();
            department = payer.supervisingDepartmentId();
        } else if (form.payerCreditCode() != null && !form.payerCreditCode().isBlank()) {
            CreditCode code = parse("payerCreditCode", form.payerCreditCode());
            MarketEntity payer = entities.find(code)
                    .orElseThrow(() -> DomainViolation.of("payerCreditCode", "arrears.violation.payer.unknown", code.value()));
            // 003 §53 para. 2: "paid when we are paid" is forbidden to every business operator, not only large ones.
            boolean paidWhenPaid = form.practices().contains(Violation.PAID_WHEN_PAID.name());
            if (payer.size() != EnterpriseSize.LARGE && !paidWhenPaid) {
                throw DomainViolation.of("payerCreditCode", "arrears.violation.payer.notLarge", payer.name(),
                        payer.size() == null ? text("arrears.size.unknown") : payer.size().label());
            }
            if (payer.creditCode().equals(payee.creditCode())) {
                throw DomainViolation.of("payerCreditCode", "arrears.violation.payer.self");
            }
            type = payer.size() == EnterpriseSize.LARGE ? PayerType.LARGE_ENTERPRISE : PayerType.OTHER_OPERATOR;
            payerCode = payer.creditCode().value();
            payerName = payer.name();
            region = payer.region().code();
            // 国令802号 Art. 4: the department in charge of SME promotion (工业和信息化) handles large enterprises' arrears
            Department dept = departments.responsibleFor(payer.region(), DepartmentFunction.INDUSTRY_IT)
                    .orElseThrow(() -> DomainViolation.of("payerCreditCode", "arrears.violation.payer.noDepartment"));
            department = dept.id().value();
        } else {
            throw DomainViolation.of("payerId", "arrears.violation.payer.required");
        }
        if (form.contractName() == null || form.contractName().isBlank()) {
            throw DomainViolation.of("contractName", "arrears.violation.contractName");
        }
        if (form.amount() == null || form.amount().signum() <= 0) {
            throw DomainViolation.of("amount", "arrears.violation.amount");
        }
        BigDecimal disputed = form.disputedAmount() == null ? BigDecimal.ZERO : form.disputedAmount();
        if (disputed.signum() < 0 || disputed.compareTo(form.amount()) > 0) {
            throw DomainViolation.of("disputedAmount", "arrears.violation.disputedAmount");
        }
        if (form.contractRatePercent() != null && form.contractRatePercent().signum() < 0) {
            throw DomainViolation.of("contractRatePercent", "arrears.violation.contractRate");
        }
        if (form.deliveredOn() != null && form.deliveredOn().isAfter(today())) {
            throw DomainViolation.of("deliveredOn", "arrears.violation.deliveredOn.future");
        }
        SettlementBasis basis = enumOf(SettlementBasis.class, "basis", form.basis(), SettlementBasis.DELIVERY);
        PaymentMethod method = enumOf(PaymentMethod.class, "paymentMethod", form.paymentMethod(), PaymentMethod.BANK_TRANSFER);
        Set<Violation> practices = EnumSet.noneOf(Violation.class);
        for (String p : form.practices()) {
            practices.add(enumOf(Violation.class, "practices", p, null));
        }
        ContractTerms terms = new ContractTerms(type, form.deliveredOn(), basis, form.settlementConfirmedOn(),
                form.acceptedOn(), form.acceptancePeriodDays(), form.agreedTermDays(), practices);
        PaymentDue due = PaymentRules.due(terms, calendarOf(region));
        return new Resolved(type, payerId, payerCode, payerName, region, department, form, due, practices, method, basis);
    }

    /** Writes the payer and contract terms, with the due date and confirmation deadline they give. */
    void write(long id, Resolved r) {
        ClaimForm f = r.form();
        LocalDate reportedOn = jdbc.sql("SELECT reported_on FROM arrears_claim WHERE id = :id").param("id", id)
                .query(LocalDate.class).single();
        jdbc.sql("""
                        UPDATE arrears_claim SET payer_type = :type, payer_id = :payerId, payer_credit_code = :payerCode,
                          payer_name = :payerName, region_code = :region, supervising_department_id = :dept,
                          contract_name = :contract, amount = :amount, disputed_amount = :disputed, delivered_on = :delivered,
                          settlement_basis = :basis, settlement_confirmed_on = :settled, accepted_on = :accepted,
                          acceptance_period_days = :acceptanceDays, agreed_term_days = :term, payment_method = :method,
                          contract_rate_percent = :rate, practices = :practices, violations = :violations,
                          description = :description, confirm_by = :confirmBy, clock_start = :start, due_on = :due
                        WHERE id = :id""")
                .param("type", r.payerType().name()).param("payerId", r.payerId()).param("payerCode", r.payerCreditCode())
                .param("payerName", r.payerName()).param("region", r.regionCode()).param("dept", r.supervisingDepartmentId())
                .param("contract", f.contractName().strip()).param("amount", f.amount())
                .param("disputed", f.disputedAmount() == null ? BigDecimal.ZERO : f.disputedAmount())
                .param("delivered", f.deliveredOn()).param("basis", r.basis().name())
                .param("settled", f.settlementConfirmedOn()).param("accepted", f.acceptedOn())
                .param("acceptanceDays", f.acceptancePeriodDays()).param("term", f.agreedTermDays())
                .param("method", r.method().name()).param("rate", f.contractRatePercent())
                .param("practices", Claims.codes(r.practices())).param("violations", Claims.codes(r.due().violations()))
                .param("description", f.description() == null ? "" : f.description().strip())
                .param("confirmBy", calendarOf(r.regionCode()).deadline(reportedOn, ArrearsLedger.CONFIRMATION_LIMIT))
                .param("start", r.due().clockStart()).param("due", r.due().dueOn()).param("id", id)
                .update();
    }

    MarketEntity requireSme(String code) {
        if (code == null || code.isBlank()) {
            throw DomainViolation.of("payeeCreditCode", "arrears.violation.payee.required");
        }
        CreditCode creditCode = parse("payeeCreditCode", code);
        MarketEntity payee = entities.find(creditCode)
                .orElseThrow(() -> DomainViolation.of("payeeCreditCode", "arrears.violation.payee.unknown", creditCode.value()));
        if (payee.size() == null) {
            throw DomainViolation.of("payeeCreditCode", "arrears.violation.payee.sizeUnknown", payee.name());
        }
        if (payee.size() == EnterpriseSize.LARGE) {
            throw DomainViolation.of("payeeCreditCode", "arrears.violation.payee.large", payee.name());
        }
        return payee;
    }

    static CreditCode parse(String field, String raw) {
        try {
            return CreditCode.of(raw);
        } catch (DomainViolation e) {
            throw DomainViolation.of(field, "arrears.violation.creditCode", e.getMessage());
        }
    }

    cn.yingshang.shared.WorkingDayCalendar calendarOf(String region) {
        try {
            return calendars.forRegion(RegionCode.of(region));
        } catch (RuntimeException e) {
            return calendars.forRegion(cn.yingshang.shared.Regions.XINJIANG);
        }
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String field, String value, E fallback) {
        if (value == null || value.isBlank()) {
            if (fallback != null) {
                return fallback;
            }
            throw DomainViolation.of(field, "arrears.violation.choose");
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw DomainViolation.of(field, "arrears.violation.option", value);
        }
    }
}
