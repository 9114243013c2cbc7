package cn.yingshang.services.internal;

import cn.yingshang.appeal.AppealIntake;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.RegionCode;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 办不成事 window (000 §20): the applicant raises a case that cannot be done; it becomes an appeal
 * through the appeal module's intake with the case attached (summary and link), and runs that
 * module's loop and time limits. Raised once per case: a repeat answers the first appeal.
 */
@Component
class RaisingHardCase {

    record Raised(long caseId, String trackingNumber, String publicCode, String accessCode) {
    }

    private final CaseAccess access;
    private final HardCases hardCases;
    private final ServiceGuides guides;
    private final AppealIntake intake;
    private final ServiceMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    RaisingHardCase(CaseAccess access, HardCases hardCases, ServiceGuides guides, AppealIntake intake,
                    ServiceMessages messages, AuditLog audit, Clock clock) {
        this.access = access;
        this.hardCases = hardCases;
        this.guides = guides;
        this.intake = intake;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Raised raise(long caseId, String problem, String contactName, String contactPhone, SignedInUser enterprise) {
        ServiceCase c = access.readable(caseId, enterprise);
        if (!enterprise.isEnterpriseOf(c.creditCode())) {
            throw messages.violation(null, "services.hardCase.applicantOnly");
        }
        if (c.status() == CaseStatus.GRANTED) {
            throw messages.violation(null, "services.hardCase.done");
        }
        String text = problem == null ? "" : problem.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw messages.violation("problem", "services.hardCase.problem");
        }
        if (!hardCases.claim(caseId, c.creditCode(), text, clock.instant())) {
            HardCases.HardCase first = hardCases.find(caseId).orElseThrow();
            return new Raised(caseId, first.trackingNumber(), first.publicCode(), null);
        }
        Guide guide = guides.guide(c.implementationId()).orElseThrow();
        AppealIntake.Receipt receipt = intake.submit(new AppealIntake.NewAppeal(AppealIntake.Source.HARD_CASE_WINDOW, "HELP",
                "GOV_SERVICES", messages.text("services.hardCase.appealTitle", guide.name()),
                messages.text("services.hardCase.appealContent", text, c.id(), guide.itemCode(), guide.name(), c.department(),
                        c.appliedOn(), messages.text("services.bundle.caseStatus." + c.status().name()), "/workbench/services/hard-cases/" + c.id()),
                contactName, contactPhone, c.creditCode(), RegionCode.of(c.regionCode()), enterprise.accountId()),
                enterprise.displayName());
        hardCases.appealed(caseId, receipt.trackingNumber(), receipt.publicCode());
        audit.record("services.case.hardCase", "svc_case", Long.toString(caseId), null, receipt.trackingNumber());
        return new Raised(caseId, receipt.trackingNumber(), receipt.publicCode(), receipt.accessCode());
    }

    /** The appeal a hard case became and where it stands now, for whoever may read the case. */
    Optional<AppealIntake.Progress> progress(long caseId, SignedInUser user) {
        access.readable(caseId, user);
        return hardCases.find(caseId).filter(h -> h.trackingNumber() != null).flatMap(h -> intake.progress(h.trackingNumber()));
    }
}
