package cn.yingshang.legal.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.shared.CreditCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stalled-case ledger (002 #28): public security or the procuratorate enters a case that is
 * pending too long; a procuratorate or public security body puts it under listed supervision
 * (挂牌督办); the lead body closes it off the ledger with its outcome (挂账销号).
 */
@Component
public class KeepingStalledCases {

    public record NewStalledCase(String caseNumber, String creditCode, String offence,
                          @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate registeredOn,
                          Long procuratorateId) {
    }

    private static final Set<DepartmentFunction> CRIMINAL_BODIES = Set.of(DepartmentFunction.PUBLIC_SECURITY, DepartmentFunction.PROCURATORATE);

    private final StalledCases ledger;
    private final PoliticalLegalBodies bodies;
    private final MarketEntities entities;
    private final LegalTimeLimits limits;
    private final WorkingCalendars calendars;
    private final LegalMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    KeepingStalledCases(StalledCases ledger, PoliticalLegalBodies bodies, MarketEntities entities, LegalTimeLimits limits,
                        WorkingCalendars calendars, LegalMessages messages, AuditLog audit, Clock clock) {
        this.ledger = ledger;
        this.bodies = bodies;
        this.entities = entities;
        this.limits = limits;
        this.calendars = calendars;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long enter(NewStalledCase c, SignedInUser official) {
        Department body = bodies.bodyOf(official, CRIMINAL_BODIES);
        if (c.caseNumber() == null || c.caseNumber().isBlank()) {
            throw messages.violation("caseNumber", "legal.stalled.caseNumberRequired");
        }
        if (c.offence() == null || c.offence().isBlank()) {
            throw messages.violation("offence", "legal.stalled.offenceRequired");
        }
        LocalDate today = LocalDate.now(clock);
        if (c.registeredOn() == null || c.registeredOn().isAfter(today)) {
            throw messages.violation("registeredOn", "legal.stalled.registeredOnInvalid");
        }
        CreditCode code;
        try {
            code = CreditCode.of(c.creditCode() == null ? "" : c.creditCode().strip());
        } catch (RuntimeException e) {
            throw messages.violation("creditCode", "legal.creditCode.invalid");
        }
        String name = entities.find(code).map(e -> e.name())
                .orElseThrow(() -> messages.violation("creditCode", "legal.creditCode.unknown"));
        Long procuratorate = body.function() == DepartmentFunction.PROCURATORATE ? body.id().value() : c.procuratorateId();
        if (procuratorate != null && bodies.require(procuratorate).function() != DepartmentFunction.PROCURATORATE) {
            throw messages.violation("procuratorateId", "legal.stalled.notAProcuratorate");
        }
        LocalDate clearBy = limits.get(LegalTimeLimits.STALLED_CASE_CLEARING).due(today, calendars.forRegion(body.region()));
        String reference = "GA" + today.getYear() + "-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        long id = ledger.insert(reference, c.caseNumber().strip(), body.id().value(), procuratorate, code.value(), name,
                c.offence().strip(), c.registeredOn(), clearBy);
        audit.record("legal.stalled.enter", "legal_stalled_case", String.valueOf(id), null, reference);
        return id;
    }

    @Transactional
    void list(long id, SignedInUser official) {
        Department body = bodies.bodyOf(official, CRIMINAL_BODIES);
        StalledCase c = readable(id, official);
        ledger.list(id, body.id().value(), LocalDate.now(clock));
        audit.record("legal.stalled.list", "legal_stalled_case", String.valueOf(id), c.status(), "LISTED");
    }

    @Transactional
    void close(long id, String outcome, SignedInUser official) {
        bodies.bodyOf(official, CRIMINAL_BODIES);
        StalledCase c = readable(id, official);
        if (!bodies.actsFor(official, c.leadBodyId())) {
            throw new org.springframework.security.access.AccessDeniedException("legal.stalled.notLead");
        }
        if (outcome == null || outcome.isBlank()) {
            throw messages.violation("outcome", "legal.outcome.required");
        }
        ledger.close(id, outcome.strip(), LocalDate.now(clock));
        audit.record("legal.stalled.close", "legal_stalled_case", String.valueOf(id), c.status(), outcome);
    }

    /** Only a body party to the entry, or the office, reads it; to anyone else it does not exist. */
    StalledCase readable(long id, SignedInUser user) {
        StalledCase c = ledger.find(id).orElseThrow(() -> new NoSuchElementException(messages.text("legal.stalled.notFound")));
        if (PoliticalLegalBodies.supervises(user)) {
            return c;
        }
        if (bodies.oversees(user, c.leadBodyId()) || bodies.oversees(user, c.procuratorateId()) || bodies.oversees(user, c.listedById())) {
            return c;
        }
        throw new NoSuchElementException(messages.text("legal.stalled.notFound"));
    }
}
