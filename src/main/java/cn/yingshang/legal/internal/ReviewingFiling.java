package cn.yingshang.legal.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.reference.WorkingCalendars;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The court reviews a case filed online (002 #12–13): it names every missing material once, with a
 * deadline; accepts (立案) or refuses with reasons; and, when the enterprise agreed, mediates before
 * suit for at most the mediation limit — a failed mediation is filed at once.
 */
@Component
class ReviewingFiling {

    private final CourtCaseAccess access;
    private final CourtCases cases;
    private final PoliticalLegalBodies bodies;
    private final LegalTimeLimits limits;
    private final WorkingCalendars calendars;
    private final LegalMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    ReviewingFiling(CourtCaseAccess access, CourtCases cases, PoliticalLegalBodies bodies, LegalTimeLimits limits,
                    WorkingCalendars calendars, LegalMessages messages, AuditLog audit, Clock clock) {
        this.access = access;
        this.cases = cases;
        this.bodies = bodies;
        this.limits = limits;
        this.calendars = calendars;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * 一次性全面告知: the first request is the notice; any later request may name only what it named
     * (the enterprise supplied it wrongly), never something new.
     */
    @Transactional
    void requestSupplement(long id, List<String> listed, SignedInUser clerk) {
        CourtCase c = access.handleable(id, clerk);
        // the page's lines and the API's items alike: blanks and repeats are not materials
        List<String> materials = listed == null ? List.of()
                : listed.stream().filter(java.util.Objects::nonNull).map(String::strip).filter(m -> !m.isEmpty()).distinct().toList();
        if (materials.isEmpty()) {
            throw messages.violation("materials", "legal.supplement.empty");
        }
        if (!c.supplementMaterials().isEmpty()) {
            List<String> added = materials.stream().filter(m -> !c.supplementMaterials().contains(m)).toList();
            if (!added.isEmpty()) {
                throw messages.violation("materials", "legal.supplement.notInFirstNotice", String.join(Text.of("platform.list.separator"), added),
                        c.supplementRequestedOn());
            }
        }
        LocalDate today = today();
        List<String> notice = c.supplementMaterials().isEmpty() ? materials : c.supplementMaterials();
        LocalDate supplyBy = limits.get(LegalTimeLimits.SUPPLEMENT).due(today, calendar(c));
        cases.transition(id, CourtCaseStatus.FILED, CourtCaseStatus.SUPPLEMENT_REQUESTED,
                "supplement_materials = :materials, supplement_requested_on = coalesce(supplement_requested_on, :today), supply_by = :supplyBy",
                Map.of("materials", notice.toArray(String[]::new), "today", today, "supplyBy", supplyBy));
        cases.step(id, clock.instant(), bodies.name(c.courtId()), "SUPPLEMENT_REQUESTED",
                messages.text("legal.step.supplement.detail", String.join(Text.of("platform.list.separator"), materials), supplyBy));
        audit.record("legal.case.supplement", "legal_court_case", String.valueOf(id), c.status().name(), materials);
    }

    /** The enterprise supplies what the notice named; the review starts again on the now complete filing. */
    @Transactional
    void supply(long id, String note, SignedInUser enterprise) {
        CourtCase c = access.ownCase(id, enterprise);
        LocalDate today = today();
        LocalDate reviewDue = limits.get(LegalTimeLimits.FILING_REVIEW).due(today, calendar(c));
        cases.transition(id, CourtCaseStatus.SUPPLEMENT_REQUESTED, CourtCaseStatus.FILED,
                "supplied_on = :today, review_due = :reviewDue", Map.of("today", today, "reviewDue", reviewDue));
        cases.step(id, clock.instant(), enterprise.displayName(), "SUPPLIED",
                messages.text("legal.step.supplied.detail", note == null ? "" : note.strip(), reviewDue));
        audit.record("legal.case.supply", "legal_court_case", String.valueOf(id), c.status().name(), "FILED");
    }

    @Transactional
    void accept(long id, SignedInUser clerk) {
        CourtCase c = access.handleable(id, clerk);
        CourtCaseStatus from = c.status() == CourtCaseStatus.MEDIATING ? CourtCaseStatus.MEDIATING : CourtCaseStatus.FILED;
        LocalDate today = today();
        LocalDate trialDue = limits.trial(c.procedure()).due(today, calendar(c));
        cases.transition(id, from, CourtCaseStatus.ACCEPTED, "accepted_on = :today, trial_due = :trialDue",
                Map.of("today", today, "trialDue", trialDue));
        cases.step(id, clock.instant(), bodies.name(c.courtId()), "ACCEPTED", messages.text("legal.step.accepted.detail", trialDue));
        audit.record("legal.case.accept", "legal_court_case", String.valueOf(id), from.name(), "ACCEPTED");
    }

    @Transactional
    void refuse(long id, String reason, SignedInUser clerk) {
        CourtCase c = access.handleable(id, clerk);
        if (reason == null || reason.isBlank()) {
            throw messages.violation("reason", "legal.refuse.reasonRequired");
        }
        cases.transition(id, CourtCaseStatus.FILED, CourtCaseStatus.REFUSED, "refused_reason = :reason, closed_on = :today",
                Map.of("reason", reason.strip(), "today", today()));
        cases.step(id, clock.instant(), bodies.name(c.courtId()), "REFUSED", reason.strip());
        audit.record("legal.case.refuse", "legal_court_case", String.valueOf(id), "FILED", reason);
    }

    /** Only with the enterprise's consent (002 #13); otherwise the case is to be filed at once. */
    @Transactional
    void startMediation(long id, SignedInUser clerk) {
        CourtCase c = access.handleable(id, clerk);
        if (!c.mediationConsent()) {
            throw messages.violation(null, "legal.mediation.noConsent");
        }
        LocalDate today = today();
        LocalDate due = limits.get(LegalTimeLimits.PRE_SUIT_MEDIATION).due(today, calendar(c));
        cases.transition(id, CourtCaseStatus.FILED, CourtCaseStatus.MEDIATING, "mediation_started_on = :today, mediation_due = :due",
                Map.of("today", today, "due", due));
        cases.step(id, clock.instant(), bodies.name(c.courtId()), "MEDIATING", messages.text("legal.step.mediating.detail", due));
        audit.record("legal.case.mediate", "legal_court_case", String.valueOf(id), "FILED", "MEDIATING");
    }

    @Transactional
    void mediated(long id, String outcome, SignedInUser clerk) {
        CourtCase c = access.handleable(id, clerk);
        if (outcome == null || outcome.isBlank()) {
            throw messages.violation("outcome", "legal.outcome.required");
        }
        cases.transition(id, CourtCaseStatus.MEDIATING, CourtCaseStatus.MEDIATED, "outcome = :outcome, closed_on = :today",
                Map.of("outcome", outcome.strip(), "today", today()));
        cases.step(id, clock.instant(), bodies.name(c.courtId()), "MEDIATED", outcome.strip());
        audit.record("legal.case.mediated", "legal_court_case", String.valueOf(id), "MEDIATING", outcome);
    }

    @Transactional
    void close(long id, String outcome, SignedInUser clerk) {
        CourtCase c = access.handleable(id, clerk);
        if (outcome == null || outcome.isBlank()) {
            throw messages.violation("outcome", "legal.outcome.required");
        }
        cases.transition(id, CourtCaseStatus.ACCEPTED, CourtCaseStatus.CLOSED, "outcome = :outcome, closed_on = :today",
                Map.of("outcome", outcome.strip(), "today", today()));
        cases.step(id, clock.instant(), bodies.name(c.courtId()), "CLOSED", outcome.strip());
        audit.record("legal.case.close", "legal_court_case", String.valueOf(id), "ACCEPTED", outcome);
    }

    private cn.yingshang.shared.WorkingDayCalendar calendar(CourtCase c) {
        return calendars.forRegion(bodies.require(c.courtId()).region());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
