package cn.yingshang.legal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** What a page shows of a case: deadlines with the rule they come from, and whether each is kept. */
@Component
public class CourtCaseView {

    public record Summary(CourtCase c, String courtName, boolean reviewLate) {
    }

    public record Deadline(String label, LocalDate due, String basis, boolean late, boolean done) {
    }

    public record Detail(CourtCase c, String courtName, List<Deadline> deadlines, List<CourtCaseStep> steps) {
    }

    private final CourtCases cases;
    private final PoliticalLegalBodies bodies;
    private final LegalTimeLimits limits;
    private final LegalMessages messages;
    private final Clock clock;

    CourtCaseView(CourtCases cases, PoliticalLegalBodies bodies, LegalTimeLimits limits, LegalMessages messages, Clock clock) {
        this.cases = cases;
        this.bodies = bodies;
        this.limits = limits;
        this.messages = messages;
        this.clock = clock;
    }

    Summary summary(CourtCase c) {
        LocalDate today = LocalDate.now(clock);
        return new Summary(c, bodies.name(c.courtId()), c.awaitingReview() && LegalTimeLimit.late(c.reviewDue(), today));
    }

    Detail detail(CourtCase c) {
        LocalDate today = LocalDate.now(clock);
        List<Deadline> deadlines = new java.util.ArrayList<>();
        boolean reviewed = c.status() != CourtCaseStatus.FILED;
        deadlines.add(new Deadline(messages.text("legal.deadline.review"), c.reviewDue(),
                basisOf(LegalTimeLimits.FILING_REVIEW), !reviewed && LegalTimeLimit.late(c.reviewDue(), today), reviewed));
        if (c.supplyBy() != null) {
            boolean supplied = c.status() != CourtCaseStatus.SUPPLEMENT_REQUESTED;
            deadlines.add(new Deadline(messages.text("legal.deadline.supply"), c.supplyBy(), basisOf(LegalTimeLimits.SUPPLEMENT),
                    !supplied && LegalTimeLimit.late(c.supplyBy(), today), supplied));
        }
        if (c.mediationDue() != null) {
            boolean ended = c.status() != CourtCaseStatus.MEDIATING;
            deadlines.add(new Deadline(messages.text("legal.deadline.mediation"), c.mediationDue(),
                    basisOf(LegalTimeLimits.PRE_SUIT_MEDIATION), !ended && LegalTimeLimit.late(c.mediationDue(), today), ended));
        }
        if (c.trialDue() != null) {
            boolean ended = c.status() == CourtCaseStatus.CLOSED;
            deadlines.add(new Deadline(messages.text("legal.deadline.trial"), c.trialDue(),
                    messages.basis(limits.trial(c.procedure()).basis()), !ended && LegalTimeLimit.late(c.trialDue(), today), ended));
        }
        return new Detail(c, bodies.name(c.courtId()), deadlines, cases.steps(c.id()));
    }

    private String basisOf(String code) {
        return messages.basis(limits.get(code).basis());
    }
}
