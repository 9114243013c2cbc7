package cn.yingshang.finance.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.CreditCode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an enterprise does: state a financing need (004 #9) and consent to a named bank seeing its
 * credit profile, or withdraw that consent (003 §21). Consents and withdrawals are audited, since
 * they open and close a lender's view of the enterprise's data.
 */
@Component
class EnterpriseFinancing {

    private final Needs needs;
    private final Consents consents;
    private final Banks banks;
    private final MarketEntities entities;
    private final FinanceMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    EnterpriseFinancing(Needs needs, Consents consents, Banks banks, MarketEntities entities, FinanceMessages messages,
                        AuditLog audit, Clock clock) {
        this.needs = needs;
        this.consents = consents;
        this.banks = banks;
        this.entities = entities;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    MarketEntity entityOf(SignedInUser user) {
        if (user.role() != Role.ENTERPRISE || user.creditCode() == null) {
            throw new AccessDeniedException(messages.text("finance.enterprise.only"));
        }
        return entities.find(CreditCode.of(user.creditCode()))
                .orElseThrow(() -> new AccessDeniedException(messages.text("finance.enterprise.only")));
    }

    @Transactional
    long stateNeed(Forms.NeedForm form, SignedInUser user) {
        MarketEntity entity = entityOf(user);
        if (form.amount() == null || form.amount().compareTo(BigDecimal.ZERO) <= 0) {
            throw messages.violation("amount", "finance.need.amount.invalid");
        }
        if (form.termMonths() == null || form.termMonths() <= 0 || form.termMonths() > 360) {
            throw messages.violation("termMonths", "finance.need.term.invalid");
        }
        if (form.purpose() == null || form.purpose().isBlank()) {
            throw messages.violation("purpose", "finance.required");
        }
        long id = needs.insert(entity.creditCode().value(), entity.name(), entity.region().code(),
                entity.size() == null ? null : entity.size().name(), form.amount(), form.termMonths(), form.purpose().strip(),
                form.pledges(), LocalDate.now(clock));
        audit.record("finance.need.state", "fin_need", Long.toString(id), null,
                Map.of("amount", form.amount(), "termMonths", form.termMonths(), "collateral", form.pledges()));
        return id;
    }

    @Transactional
    long consent(long bankId, SignedInUser user) {
        MarketEntity entity = entityOf(user);
        Bank bank = banks.find(bankId).orElseThrow(() -> messages.violation("bankId", "finance.consent.noBank"));
        long id = consents.grant(entity.creditCode().value(), bank.id(), clock.instant());
        audit.record("finance.consent.grant", "fin_consent", Long.toString(id), null,
                Map.of("creditCode", entity.creditCode().value(), "bank", bank.name()));
        return id;
    }

    @Transactional
    String withdraw(long consentId, SignedInUser user) {
        MarketEntity entity = entityOf(user);
        Consent consent = consents.find(consentId).filter(c -> c.creditCode().equals(entity.creditCode().value()))
                .orElseThrow(() -> new AccessDeniedException(messages.text("finance.enterprise.only")));
        consents.withdraw(consentId, entity.creditCode().value(), clock.instant());
        audit.record("finance.consent.withdraw", "fin_consent", Long.toString(consentId),
                Map.of("status", "ACTIVE", "bank", consent.bankName()),
                Map.of("status", "WITHDRAWN", "bank", consent.bankName()));
        return consent.bankName();
    }

    /** The enterprise's own consent; empty for another's. */
    java.util.Optional<Consent> consentOf(long consentId, SignedInUser user) {
        MarketEntity entity = entityOf(user);
        return consents.find(consentId).filter(c -> c.creditCode().equals(entity.creditCode().value()));
    }
}
