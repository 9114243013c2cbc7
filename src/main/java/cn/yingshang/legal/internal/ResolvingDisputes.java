package cn.yingshang.legal.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.CreditCode;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An enterprise asks for mediation, arbitration, legal aid (12348) or foreign-related advice (000 §57, 001 §60,
 * 002 #38, #41–44); {@link DisputeRouting} sends it to the body of the enterprise's region that handles it, which
 * accepts (naming the mediator, arbitrator, lawyer or expert) or refuses with a reason, and concludes with the outcome —
 * each step on the clock of the law that governs the channel.
 */
@Component
class ResolvingDisputes {

    record Request(String requestKey, String channel, String subject, String counterparty, String claim, BigDecimal amount) {
    }

    static final Set<String> OUTCOMES = Set.of("RESOLVED", "NOT_RESOLVED", "WITHDRAWN", "REFERRED_TO_COURT");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Disputes disputes;
    private final Departments departments;
    private final MarketEntities entities;
    private final LegalTimeLimits limits;
    private final WorkingCalendars calendars;
    private final LegalMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    ResolvingDisputes(Disputes disputes, Departments departments, MarketEntities entities, LegalTimeLimits limits,
                      WorkingCalendars calendars, LegalMessages messages, AuditLog audit, Clock clock) {
        this.disputes = disputes;
        this.departments = departments;
        this.entities = entities;
        this.limits = limits;
        this.calendars = calendars;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long submit(Request r, SignedInUser enterprise) {
        if (enterprise.role() != cn.yingshang.platform.Role.ENTERPRISE || enterprise.creditCode() == null) {
            throw new AccessDeniedException("legal.dispute.enterprisesOnly");
        }
        if (r.requestKey() == null || r.requestKey().isBlank() || r.requestKey().length() > 100) {
            throw messages.violation(null, "legal.dispute.formExpired");
        }
        var existing = disputes.byRequestKey(r.requestKey());
        if (existing.isPresent()) {  // the same form sent twice: the first request stands
            if (!existing.get().creditCode().equals(enterprise.creditCode())) {
                throw messages.violation(null, "legal.dispute.formExpired");
            }
            return existing.get().id();
        }
        if (r.channel() == null || !DisputeRouting.CHANNELS.contains(r.channel())) {
            throw messages.violation("channel", "legal.dispute.channelRequired");
        }
        if (r.subject() == null || !DisputeRouting.SUBJECTS.contains(r.subject())) {
            throw messages.violation("subject", "legal.dispute.subjectRequired");
        }
        boolean advice = "LEGAL_AID".equals(r.channel()) || "FOREIGN_ADVICE".equals(r.channel());
        String counterparty = advice ? LegalInput.optional(messages, r.counterparty(), "counterparty")
                : LegalInput.required(messages, r.counterparty(), "counterparty", "legal.dispute.counterpartyRequired");
        String claim = LegalInput.required(messages, r.claim(), "claim", "legal.dispute.claimRequired");
        if (r.amount() != null && (r.amount().signum() < 0 || r.amount().scale() > 2)) {
            throw messages.violation("amount", "legal.dispute.amountInvalid");
        }
        MarketEntity entity = entities.find(CreditCode.of(enterprise.creditCode()))
                .orElseThrow(() -> messages.violation(null, "legal.creditCode.unknown"));
        DisputeRouting.Route route = DisputeRouting.route(r.channel(), r.subject());
        Department body = departments.responsibleFor(entity.region(), route.body())
                .orElseThrow(() -> messages.violation("channel", "legal.dispute.noBody"));
        LocalDate today = LocalDate.now(clock);
        LocalDate acceptDue = due(route.acceptLimit(), today, body);
        LocalDate concludeDue = route.concludeFromAcceptance() ? null : due(route.concludeLimit(), today, body);
        String reference = "JF" + today.getYear() + "-" + Long.toString(RANDOM.nextLong(1L << 40, 1L << 41), 36).toUpperCase();
        long id = disputes.insert(new Disputes.NewDispute(reference, r.requestKey(), entity.creditCode().value(), entity.name(), r.channel(),
                        r.subject(), counterparty == null ? "" : counterparty, claim, r.amount(), body.id().value(), today, acceptDue,
                        route.acceptLimit(), concludeDue, route.concludeLimit()))
                .orElseGet(() -> disputes.byRequestKey(r.requestKey()).orElseThrow().id());
        audit.record("legal.dispute.submit", "legal_dispute", String.valueOf(id), null, r.channel() + ":" + r.subject());
        return id;
    }

    /** The enterprise's own request; another enterprise's is not found. */
    Dispute own(long id, SignedInUser enterprise) {
        return disputes.find(id).filter(d -> enterprise.isEnterpriseOf(d.creditCode()))
                .orElseThrow(() -> new NoSuchElementException(messages.text("legal.dispute.notFound")));
    }

    /** A request routed to a department the official acts for; another department's is not found. */
    Dispute routedTo(long id, SignedInUser official) {
        return disputes.find(id).filter(d -> departments.actsFor(official, DepartmentId.of(d.departmentId())))
                .orElseThrow(() -> new NoSuchElementException(messages.text("legal.dispute.notFound")));
    }

    @Transactional
    void accept(long id, String handledBy, SignedInUser official) {
        Dispute d = routedTo(id, official);
        String who = LegalInput.required(messages, handledBy, "handledBy", "legal.dispute.handledByRequired");
        DisputeRouting.Route route = DisputeRouting.route(d.channel(), d.subject());
        LocalDate today = LocalDate.now(clock);
        LocalDate concludeDue = route.concludeFromAcceptance()
                ? due(route.concludeLimit(), today, departments.require(DepartmentId.of(d.departmentId()))) : null;
        disputes.accept(id, who, today, concludeDue);
        audit.record("legal.dispute.accept", "legal_dispute", String.valueOf(id), d.status(), "ACCEPTED");
    }

    @Transactional
    void refuse(long id, String reason, SignedInUser official) {
        Dispute d = routedTo(id, official);
        disputes.refuse(id, LegalInput.required(messages, reason, "reason", "legal.dispute.reasonRequired"), LocalDate.now(clock));
        audit.record("legal.dispute.refuse", "legal_dispute", String.valueOf(id), d.status(), "REFUSED");
    }

    @Transactional
    void conclude(long id, String outcome, String note, SignedInUser official) {
        Dispute d = routedTo(id, official);
        if (outcome == null || !OUTCOMES.contains(outcome)) {
            throw messages.violation("outcome", "legal.dispute.outcomeRequired");
        }
        disputes.conclude(id, outcome, LegalInput.optional(messages, note, "outcomeNote"), LocalDate.now(clock));
        audit.record("legal.dispute.conclude", "legal_dispute", String.valueOf(id), d.status(), outcome);
    }

    private LocalDate due(String limit, LocalDate start, Department body) {
        return limit == null ? null : limits.get(limit).due(start, calendars.forRegion(body.region()));
    }
}
