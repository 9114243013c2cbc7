package cn.yingshang.services.internal;

import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision on an accepted case. A grant issues an e-licence (001 §36) in the same transaction;
 * a refusal must say why.
 */
@Component
class DecidingCase {

    private final CaseAccess access;
    private final ServiceGuides guides;
    private final ELicences licences;
    private final ServiceCases cases;
    private final ServiceMessages messages;
    private final AuditLog audit;
    private final Clock clock;
    private final ObjectProvider<AcceptingWithDeficiency> deficiency;
    private final org.springframework.context.ApplicationEventPublisher events;

    DecidingCase(ObjectProvider<AcceptingWithDeficiency> deficiency, CaseAccess access, ServiceGuides guides, ELicences licences, ServiceCases cases, ServiceMessages messages,
                 AuditLog audit, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.access = access;
        this.guides = guides;
        this.licences = licences;
        this.cases = cases;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
        this.deficiency = deficiency;
    }

    /** Grants the case and returns the e-licence code. */
    @Transactional
    String grant(long caseId, SignedInUser handler) {
        ServiceCase c = access.handleable(caseId, handler);
        LocalDate today = LocalDate.now(clock);
        decide(caseId, CaseStatus.GRANTED, today, null);
        String code = licences.issue(c, guides.guide(c.implementationId()).orElseThrow(), today);
        audit.record("services.case.grant", "svc_case", Long.toString(caseId), null, code);
        finished(c, CaseStatus.GRANTED, today, code, null);
        return code;
    }

    @Transactional
    Optional<String> refuse(long caseId, String reason, SignedInUser handler) {
        ServiceCase c = access.handleable(caseId, handler);
        if (reason == null || reason.isBlank()) {
            throw messages.violation("reason", "services.decision.reasonRequired");
        }
        decide(caseId, CaseStatus.REFUSED, LocalDate.now(clock), reason.strip());
        audit.record("services.case.refuse", "svc_case", Long.toString(caseId), null, reason);
        finished(c, CaseStatus.REFUSED, LocalDate.now(clock), null, reason.strip());
        return Optional.empty();
    }

    /** Issue 17: other modules and the broker hear of every decision (licensing publicity, 双公示). */
    private void finished(ServiceCase c, CaseStatus outcome, LocalDate on, String licenceCode, String reason) {
        Guide g = guides.guide(c.implementationId()).orElseThrow();
        events.publishEvent(new cn.yingshang.services.ServiceCaseFinished(c.id(), CreditCode.validOrNull(c.creditCode()), g.itemCode(), g.name(),
                g.type().name(), g.basis(), c.department(), c.regionCode() == null ? null : RegionCode.of(c.regionCode()), outcome.name(), c.appliedOn(), on, licenceCode, reason));
    }

    private void decide(long caseId, CaseStatus to, LocalDate on, String reason) {
        if (deficiency.getObject().outstanding(caseId)) {
            // 000 §19: a 容缺 case waits for what it was accepted without.
            throw messages.violation(null, "services.deficiency.outstanding");
        }
        if (!cases.decide(caseId, to, on, reason)) {
            throw messages.violation(null, "services.decision.notAccepted");
        }
        events.publishEvent(new CaseDecided(caseId, to, reason));
    }
}
