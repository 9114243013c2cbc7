package cn.yingshang.finance.internal;

import cn.yingshang.shared.CreditCode;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Notifications;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.shared.EnterpriseSize;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a bank does: publish loan products with their eligibility rules, read the profile of an
 * enterprise that consented to it (every view audited) and record its answer to the enterprise's need.
 */
@Component
class Lending {

    private final BankAccess access;
    private final Banks banks;
    private final Needs needs;
    private final LenderProfiles profiles;
    private final Notifications notifications;
    private final FinanceMessages messages;
    private final AuditLog audit;
    private final Clock clock;
    private final ProductEligibility eligibility;

    Lending(BankAccess access, Banks banks, Needs needs, LenderProfiles profiles, Notifications notifications,
            FinanceMessages messages, AuditLog audit, Clock clock, ProductEligibility eligibility) {
        this.eligibility = eligibility;
        this.access = access;
        this.banks = banks;
        this.needs = needs;
        this.profiles = profiles;
        this.notifications = notifications;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long publish(Forms.ProductForm form, SignedInUser user) {
        return publish(form, null, user);
    }

    /** {@code extraRule}: further conditions in the policy rule format, or null. */
    @Transactional
    long publish(Forms.ProductForm form, Object extraRule, SignedInUser user) {
        Bank bank = access.bankOf(user);
        eligibility.validate(extraRule);
        if (form.name() == null || form.name().isBlank()) {
            throw messages.violation("name", "finance.required");
        }
        if (form.maxAmount() == null || form.maxAmount().compareTo(BigDecimal.ZERO) <= 0) {
            throw messages.violation("maxAmount", "finance.product.maxAmount.invalid");
        }
        if (form.maxTermMonths() == null || form.maxTermMonths() <= 0) {
            throw messages.violation("maxTermMonths", "finance.need.term.invalid");
        }
        if (form.rateFrom() == null || form.rateFrom().signum() <= 0 || form.rateFrom().compareTo(BigDecimal.valueOf(36)) > 0) {
            throw messages.violation("rateFrom", "finance.rate.invalid");
        }
        int minYears = form.minYears() == null ? 0 : Math.max(0, form.minYears());
        Set<EnterpriseSize> sizes = form.sizes() == null || form.sizes().isEmpty() ? EnumSet.noneOf(EnterpriseSize.class) : EnumSet.copyOf(form.sizes());
        Set<CreditRiskClass> classes = form.creditClasses() == null || form.creditClasses().isEmpty()
                ? EnumSet.noneOf(CreditRiskClass.class) : EnumSet.copyOf(form.creditClasses());
        long id = banks.insertProduct(bank.id(), form.name().strip(), Boolean.TRUE.equals(form.creditLoan()), form.maxAmount(), form.maxTermMonths(),
                form.rateFrom(), sizes, classes, Boolean.TRUE.equals(form.noDishonesty()), minYears, extraRule);
        audit.record("finance.product.publish", "fin_product", Long.toString(id), null, Map.of("bank", bank.name(), "name", form.name().strip()));
        return id;
    }

    /** The profile, after checking the enterprise's consent to the user's bank; the view itself is audited. */
    @Transactional
    CreditProfile profile(String creditCode, SignedInUser user) {
        Bank bank = access.consented(user, creditCode);
        CreditProfile profile = profiles.of(creditCode)
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        audit.record("finance.profile.view", "market_entity", creditCode, null, Map.of("bank", bank.name()));
        return profile;
    }

    @Transactional
    Loan recordOutcome(long needId, Forms.OutcomeForm form, SignedInUser user) {
        Need need = needs.find(needId).orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND));
        Bank bank = access.consented(user, need.creditCode());
        if (!need.open()) {
            throw messages.violation(null, "finance.need.notOpen");
        }
        LocalDate today = LocalDate.now(clock);
        boolean granted = "GRANTED".equals(form.outcome());
        if (!granted && !"REFUSED".equals(form.outcome())) {
            throw messages.violation("outcome", "finance.required");
        }
        LoanProduct product = null;
        if (form.productId() != null) {
            product = banks.product(form.productId()).filter(p -> p.bankId() == bank.id())
                    .orElseThrow(() -> messages.violation("productId", "finance.outcome.product"));
        }
        if (granted) {
            if (product == null) {
                throw messages.violation("productId", "finance.outcome.product");
            }
            if (form.amount() == null || form.amount().signum() <= 0 || form.amount().compareTo(product.maxAmount()) > 0) {
                throw messages.violation("amount", "finance.outcome.amount", product.maxAmount());
            }
            if (form.rate() == null || form.rate().signum() <= 0 || form.rate().compareTo(BigDecimal.valueOf(36)) > 0) {
                throw messages.violation("rate", "finance.rate.invalid");
            }
        } else if (form.reason() == null || form.reason().isBlank()) {
            // 001 §14 (一): no unreasonable or discriminatory conditions — a refusal says why
            throw messages.violation("reason", "finance.outcome.reason");
        }
        long id = needs.insertLoan(need, bank.id(), product == null ? null : product.id(), granted ? "GRANTED" : "REFUSED",
                granted ? form.amount() : null, granted ? form.rate() : null, product != null && product.creditLoan(),
                granted ? null : form.reason().strip(), today);
        if (granted) {
            needs.markMet(needId, today);
        }
        notifications.toEntity(CreditCode.of(need.creditCode()), messages.text("finance.outcome.notice.title"),
                messages.text(granted ? "finance.outcome.notice.granted" : "finance.outcome.notice.refused", bank.name(),
                        granted ? form.amount() : form.reason().strip()), "/enterprise/finance");
        Map<String, Object> after = new HashMap<>();
        after.put("outcome", granted ? "GRANTED" : "REFUSED");
        after.put("bank", bank.name());
        after.put("amount", granted ? form.amount() : null);
        audit.record("finance.loan.record", "fin_loan", Long.toString(id), null, after);
        return needs.loansOfNeed(needId).stream().filter(l -> l.id() == id).findFirst().orElseThrow();
    }
}
