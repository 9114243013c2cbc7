package cn.yingshang.services.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.TimeLimit;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department asks the applicant to supplement (补正). The first request is the case's one-time
 * notice: it names every missing material and a deadline on the region's working-day calendar, and
 * stops the clock. A later request may only name materials that notice named (001 §31).
 */
@Component
class RequestingSupplement {

    /** How long the applicant has to supply what the notice names. */
    static final TimeLimit SUPPLY_WITHIN = TimeLimit.workingDays(5);

    private final CaseAccess access;
    private final ServiceCases cases;
    private final ServiceGuides guides;
    private final WorkingCalendars calendars;
    private final ServiceMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    RequestingSupplement(CaseAccess access, ServiceCases cases, ServiceGuides guides, WorkingCalendars calendars,
                         ServiceMessages messages, AuditLog audit, Clock clock) {
        this.access = access;
        this.cases = cases;
        this.guides = guides;
        this.calendars = calendars;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    OneTimeNotice request(long caseId, List<String> materials, SignedInUser handler) {
        ServiceCase c = access.handleable(caseId, handler);
        if (materials == null || materials.isEmpty()) {
            throw messages.violation("materials", "services.notice.empty");
        }
        List<String> listed = guides.materials(c.implementationId()).stream().filter(Material::askedOfApplicant)
                .map(Material::name).toList();
        List<String> unknown = materials.stream().filter(m -> !listed.contains(m)).toList();
        if (!unknown.isEmpty()) {
            throw messages.violation("materials", "services.notice.notInGuide", String.join(Text.of("platform.list.separator"), unknown));
        }
        Optional<OneTimeNotice> first = cases.notice(caseId);
        if (first.isPresent()) {
            OneTimeNotice notice = first.get();
            if (notice.furtherRequest(materials) == OneTimeNotice.Outcome.REFUSED_NOT_IN_FIRST_NOTICE) {
                throw messages.violation("materials", "services.notice.refused",
                        String.join(Text.of("platform.list.separator"), notice.notNamed(materials)));
            }
            if (!cases.move(caseId, CaseStatus.SUBMITTED, CaseStatus.SUPPLEMENT_REQUESTED)) {
                throw messages.violation(null, "services.case.moved");
            }
            audit.record("services.case.supplementAgain", "svc_case", Long.toString(caseId), null, materials);
            return notice;
        }
        LocalDate today = LocalDate.now(clock);
        OneTimeNotice notice = new OneTimeNotice(materials,
                calendars.deadline(RegionCode.of(c.regionCode()), today, SUPPLY_WITHIN));
        if (!cases.move(caseId, CaseStatus.SUBMITTED, CaseStatus.SUPPLEMENT_REQUESTED)
                || !cases.storeNotice(caseId, notice, clock.instant(), handler.username())) {
            throw messages.violation(null, "services.case.moved");
        }
        audit.record("services.case.oneTimeNotice", "svc_case", Long.toString(caseId), null, notice);
        return notice;
    }
}
