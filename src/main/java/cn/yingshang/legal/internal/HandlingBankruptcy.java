package cn.yingshang.legal.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.shared.CreditCode;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bankruptcy (000 §30, 002 #32, 004 #41–42): the court accepts a case (a simplified one on a capped clock),
 * confirms the claims creditors declare online, appoints the administrator with the creditors'
 * recommendations before it, holds online creditors' meetings and counts the votes by law, and asks
 * departments for what the government owes the case (staff placement, costs).
 */
@Component
class HandlingBankruptcy {

    record NewBankruptcyCase(String caseNumber, String creditCode, String procedure, boolean simplified,
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate acceptedOn,
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate claimsBy) {
    }

    static final String SIMPLIFIED = "BANKRUPTCY_SIMPLIFIED";
    static final String CLAIMS = "BANKRUPTCY_CLAIMS";
    static final Set<String> PROCEDURES = Set.of("LIQUIDATION", "REORGANISATION", "COMPOSITION");
    static final Set<String> SUBJECTS = Set.of("STAFF_PLACEMENT", "COSTS", "SUPPORT");
    private static final Set<DepartmentFunction> COURT = Set.of(DepartmentFunction.COURT);
    private static final int MAX_TEXT = 2000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final BankruptcyCases register;
    private final PoliticalLegalBodies bodies;
    private final Departments departments;
    private final MarketEntities entities;
    private final LegalTimeLimits limits;
    private final WorkingCalendars calendars;
    private final LegalMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    HandlingBankruptcy(BankruptcyCases register, PoliticalLegalBodies bodies, Departments departments, MarketEntities entities,
                       LegalTimeLimits limits, WorkingCalendars calendars, LegalMessages messages, AuditLog audit, Clock clock) {
        this.register = register;
        this.bodies = bodies;
        this.departments = departments;
        this.entities = entities;
        this.limits = limits;
        this.calendars = calendars;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long accept(NewBankruptcyCase c, SignedInUser clerk) {
        Department court = bodies.bodyOf(clerk, COURT);
        String caseNumber = required(c.caseNumber(), "caseNumber", "legal.bankruptcy.caseNumberRequired");
        if (c.procedure() == null || !PROCEDURES.contains(c.procedure())) {
            throw messages.violation("procedure", "legal.bankruptcy.procedureRequired");
        }
        LocalDate today = LocalDate.now(clock);
        if (c.acceptedOn() == null || c.acceptedOn().isAfter(today)) {
            throw messages.violation("acceptedOn", "legal.bankruptcy.acceptedOnInvalid");
        }
        // 企业破产法第四十五条: the court sets the claims period, at least 30 days and at most three months from the announcement
        LocalDate earliest = limits.get(CLAIMS).due(c.acceptedOn(), null);
        if (c.claimsBy() == null || c.claimsBy().isBefore(earliest) || c.claimsBy().isAfter(c.acceptedOn().plusMonths(3))) {
            throw messages.violation("claimsBy", "legal.bankruptcy.claimsByInvalid", earliest, c.acceptedOn().plusMonths(3));
        }
        CreditCode code;
        try {
            code = CreditCode.of(c.creditCode() == null ? "" : c.creditCode().strip());
        } catch (RuntimeException e) {
            throw messages.violation("creditCode", "legal.creditCode.invalid");
        }
        String name = entities.find(code).map(e -> e.name())
                .orElseThrow(() -> messages.violation("creditCode", "legal.creditCode.unknown"));
        LocalDate concludeBy = c.simplified() ? limits.get(SIMPLIFIED).due(c.acceptedOn(), calendars.forRegion(court.region())) : null;
        String reference = "PC" + today.getYear() + "-" + Long.toString(RANDOM.nextLong(1L << 40, 1L << 41), 36).toUpperCase();
        long id = register.insert(reference, court.id().value(), caseNumber, code.value(), name, c.procedure(), c.simplified(),
                        c.acceptedOn(), c.claimsBy(), concludeBy)
                .orElseThrow(() -> messages.violation("caseNumber", "legal.bankruptcy.duplicate"));
        audit.record("legal.bankruptcy.accept", "legal_bankruptcy_case", String.valueOf(id), null, reference);
        return id;
    }

    @Transactional
    void declare(long caseId, BigDecimal amount, boolean secured, SignedInUser enterprise) {
        BankruptcyCase c = openCase(caseId);
        requireEnterprise(enterprise);
        if (enterprise.creditCode().equals(c.creditCode())) {
            throw messages.violation(null, "legal.bankruptcy.debtorCannotDeclare");
        }
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2) {
            throw messages.violation("amount", "legal.bankruptcy.amountInvalid");
        }
        String name = entities.find(CreditCode.of(enterprise.creditCode())).map(e -> e.name()).orElse(enterprise.displayName());
        long id = register.declare(caseId, enterprise.creditCode(), name, amount, secured, LocalDate.now(clock))
                .orElseThrow(() -> messages.violation("amount", "legal.bankruptcy.alreadyDeclared"));
        audit.record("legal.bankruptcy.declare", "legal_bankruptcy_claim", String.valueOf(id), null, amount.toPlainString());
    }

    @Transactional
    void recommend(long caseId, String administrator, SignedInUser enterprise) {
        BankruptcyCase c = openCase(caseId);
        requireEnterprise(enterprise);
        if (!"ACCEPTED".equals(c.status())) {
            throw messages.violation(null, "legal.bankruptcy.alreadyAppointed");
        }
        register.claimOf(caseId, enterprise.creditCode())
                .orElseThrow(() -> messages.violation(null, "legal.bankruptcy.creditorsOnly"));
        String a = required(administrator, "administrator", "legal.bankruptcy.administratorRequired");
        register.recommend(caseId, enterprise.creditCode(), a, LocalDate.now(clock));
        audit.record("legal.bankruptcy.recommend", "legal_bankruptcy_case", String.valueOf(caseId), null, a);
    }

    @Transactional
    void decideClaim(long caseId, long claimId, boolean reject, BigDecimal confirmed, SignedInUser clerk) {
        if (!reject && confirmed == null) {
            throw messages.violation("confirmedAmount", "legal.bankruptcy.confirmedRequired");
        }
        decideClaim(caseId, claimId, reject ? null : confirmed, clerk);
    }

    /** {@code confirmed} null rejects the claim. */
    private void decideClaim(long caseId, long claimId, BigDecimal confirmed, SignedInUser clerk) {
        ownCase(caseId, clerk);
        BankruptcyClaim claim = register.claims(caseId).stream().filter(x -> x.id() == claimId).findFirst()
                .orElseThrow(() -> new NoSuchElementException(messages.text("legal.bankruptcy.notFound")));
        if (confirmed != null && (confirmed.signum() < 0 || confirmed.compareTo(claim.amount()) > 0)) {
            throw messages.violation("confirmedAmount", "legal.bankruptcy.confirmedInvalid", claim.amount().toPlainString());
        }
        register.decideClaim(caseId, claimId, confirmed);
        audit.record("legal.bankruptcy.claim", "legal_bankruptcy_claim", String.valueOf(claimId), claim.status(),
                confirmed == null ? "REJECTED" : confirmed.toPlainString());
    }

    @Transactional
    void appoint(long caseId, String administrator, String reason, SignedInUser clerk) {
        BankruptcyCase c = ownCase(caseId, clerk);
        String a = required(administrator, "administrator", "legal.bankruptcy.administratorRequired");
        Map<String, Long> recommended = register.recommendations(caseId);
        String favourite = recommended.isEmpty() ? null : recommended.keySet().iterator().next();
        // 004 #42: the creditors recommend, the court decides — and says why when it departs from their choice
        boolean departs = favourite != null && !favourite.equals(a);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (departs && why == null) {
            throw messages.violation("administratorReason", "legal.bankruptcy.reasonRequired", favourite);
        }
        register.appoint(caseId, a, why);
        audit.record("legal.bankruptcy.appoint", "legal_bankruptcy_case", String.valueOf(caseId), c.status(), a);
    }

    @Transactional
    void openMeeting(long caseId, String motion, String kind, LocalDate closesOn, SignedInUser clerk) {
        BankruptcyCase c = ownCase(caseId, clerk);
        if (!"ADMINISTERED".equals(c.status())) {
            throw messages.violation(null, "legal.bankruptcy.meetingNeedsAdministrator");
        }
        String m = required(motion, "motion", "legal.bankruptcy.motionRequired");
        if (!"ORDINARY".equals(kind) && !"REORGANISATION_PLAN".equals(kind)) {
            throw messages.violation("kind", "legal.bankruptcy.kindRequired");
        }
        if ("REORGANISATION_PLAN".equals(kind) && !"REORGANISATION".equals(c.procedure())) {
            throw messages.violation("kind", "legal.bankruptcy.planOnlyInReorganisation");
        }
        if (closesOn == null || closesOn.isBefore(LocalDate.now(clock))) {
            throw messages.violation("closesOn", "legal.bankruptcy.closesOnInvalid");
        }
        long id = register.openMeeting(caseId, m, kind, closesOn)
                .orElseThrow(() -> messages.violation("motion", "legal.bankruptcy.meetingDuplicate"));
        audit.record("legal.bankruptcy.meeting", "legal_creditor_meeting", String.valueOf(id), null, m);
    }

    @Transactional
    void vote(long caseId, long meetingId, CreditorVoteCount.Choice choice, SignedInUser enterprise) {
        requireEnterprise(enterprise);
        CreditorMeeting m = register.meeting(caseId, meetingId)
                .orElseThrow(() -> new NoSuchElementException(messages.text("legal.bankruptcy.notFound")));
        BankruptcyClaim claim = register.claimOf(caseId, enterprise.creditCode())
                .filter(x -> "CONFIRMED".equals(x.status()) && x.confirmedAmount().signum() > 0)
                .orElseThrow(() -> messages.violation(null, "legal.bankruptcy.onlyConfirmedVote"));
        if (choice == null) {
            throw messages.violation("choice", "legal.bankruptcy.choiceRequired");
        }
        if (!"OPEN".equals(m.status()) || LocalDate.now(clock).isAfter(m.closesOn())) {
            throw messages.violation(null, "legal.bankruptcy.votingClosed");
        }
        register.vote(meetingId, claim.id(), choice);
        audit.record("legal.bankruptcy.vote", "legal_creditor_meeting", String.valueOf(meetingId), null, claim.creditCode() + ":" + choice);
    }

    @Transactional
    CreditorVoteCount.Result count(long caseId, long meetingId, SignedInUser clerk) {
        ownCase(caseId, clerk);
        CreditorMeeting m = register.meeting(caseId, meetingId)
                .orElseThrow(() -> new NoSuchElementException(messages.text("legal.bankruptcy.notFound")));
        if (LocalDate.now(clock).isBefore(m.closesOn())) {
            throw messages.violation(null, "legal.bankruptcy.votingStillOpen", m.closesOn());
        }
        var ballots = register.ballots(caseId, meetingId);
        CreditorVoteCount.Result result = "REORGANISATION_PLAN".equals(m.kind())
                ? CreditorVoteCount.reorganisationPlan(ballots) : CreditorVoteCount.ordinary(ballots);
        String tally = String.join(messages.text("legal.bankruptcy.tally.separator"), result.groups().stream()
                .map(g -> messages.text(g.secured() ? "legal.bankruptcy.tally.secured" : "legal.bankruptcy.tally.unsecured",
                        g.inFavour(), g.voters(), cn.yingshang.platform.Numbers.figure(g.favourAmount()), cn.yingshang.platform.Numbers.figure(g.totalAmount()),
                        messages.text(g.passed() ? "legal.bankruptcy.result.PASSED" : "legal.bankruptcy.result.FAILED")))
                .toList());
        register.counted(meetingId, result.passed(), tally, LocalDate.now(clock));
        audit.record("legal.bankruptcy.count", "legal_creditor_meeting", String.valueOf(meetingId), "OPEN",
                result.passed() ? "PASSED" : "FAILED");
        return result;
    }

    @Transactional
    void raise(long caseId, Long departmentId, String subject, String request, SignedInUser clerk) {
        ownCase(caseId, clerk);
        Department d = departmentId == null ? null : departments.byId(DepartmentId.of(departmentId)).orElse(null);
        if (d == null || PoliticalLegalBodies.MEASURE_TAKERS.contains(d.function())) {
            throw messages.violation("departmentId", "legal.bankruptcy.departmentInvalid");
        }
        if (subject == null || !SUBJECTS.contains(subject)) {
            throw messages.violation("subject", "legal.bankruptcy.subjectRequired");
        }
        String r = required(request, "request", "legal.bankruptcy.requestRequired");
        long id = register.raise(caseId, d.id().value(), subject, r, LocalDate.now(clock));
        audit.record("legal.bankruptcy.coordination", "legal_coordination_item", String.valueOf(id), null, subject);
    }

    @Transactional
    void respond(long itemId, String response, SignedInUser official) {
        CoordinationItem item = register.item(itemId)
                .orElseThrow(() -> new NoSuchElementException(messages.text("legal.bankruptcy.notFound")));
        if (!departments.actsFor(official, DepartmentId.of(item.departmentId()))) {
            throw new NoSuchElementException(messages.text("legal.bankruptcy.notFound"));
        }
        String r = required(response, "response", "legal.bankruptcy.responseRequired");
        register.respond(itemId, r, LocalDate.now(clock));
        audit.record("legal.bankruptcy.respond", "legal_coordination_item", String.valueOf(itemId), null, "RESPONDED");
    }

    @Transactional
    void conclude(long caseId, String outcome, SignedInUser clerk) {
        BankruptcyCase c = ownCase(caseId, clerk);
        String o = required(outcome, "outcome", "legal.outcome.required");
        register.conclude(caseId, o, LocalDate.now(clock));
        audit.record("legal.bankruptcy.conclude", "legal_bankruptcy_case", String.valueOf(caseId), c.status(), "CONCLUDED");
    }

    BankruptcyCase ownCase(long caseId, SignedInUser clerk) {
        bodies.bodyOf(clerk, COURT);
        BankruptcyCase c = register.find(caseId).orElseThrow(() -> new NoSuchElementException(messages.text("legal.bankruptcy.notFound")));
        if (!bodies.actsFor(clerk, c.courtId())) {
            throw new AccessDeniedException("legal.bankruptcy.notYours");
        }
        return c;
    }

    /** Announced cases are public; a concluded one is no longer open to declarations or recommendations. */
    BankruptcyCase openCase(long caseId) {
        BankruptcyCase c = register.find(caseId).orElseThrow(() -> new NoSuchElementException(messages.text("legal.bankruptcy.notFound")));
        if (!c.open()) {
            throw messages.violation(null, "legal.bankruptcy.concluded");
        }
        return c;
    }

    private static void requireEnterprise(SignedInUser user) {
        if (user.creditCode() == null || !user.can("legal:file")) {
            throw new AccessDeniedException("legal.bankruptcy.enterprisesOnly");
        }
    }

    private String required(String value, String field, String key) {
        if (value == null || value.isBlank()) {
            throw messages.violation(field, key);
        }
        if (value.length() > MAX_TEXT) {
            throw messages.violation(field, "legal.compliance.tooLong", MAX_TEXT);
        }
        return value.strip();
    }
}
