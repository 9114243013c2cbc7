package cn.yingshang.services.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.shared.RegionCode;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 受理: the promised limit starts to run on the region's working-day calendar; the receiver stays
 * responsible for the case (首问负责, 001 §31).
 */
@Component
class AcceptingCase {

    private final CaseAccess access;
    private final ServiceCases cases;
    private final ServiceGuides guides;
    private final WorkingCalendars calendars;
    private final ServiceMessages messages;
    private final AuditLog audit;
    private final Clock clock;
    private final Promises promises;
    private final DecidingCase deciding;

    AcceptingCase(CaseAccess access, ServiceCases cases, ServiceGuides guides, WorkingCalendars calendars,
                  ServiceMessages messages, AuditLog audit, Clock clock, Promises promises, DecidingCase deciding) {
        this.promises = promises;
        this.deciding = deciding;
        this.access = access;
        this.cases = cases;
        this.guides = guides;
        this.calendars = calendars;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    LocalDate accept(long caseId, SignedInUser handler) {
        ServiceCase c = access.handleable(caseId, handler);
        Guide guide = guides.guide(c.implementationId()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        LocalDate due = calendars.deadline(RegionCode.of(c.regionCode()), today, guide.promisedLimit());
        if (!cases.accept(caseId, CaseStatus.SUBMITTED, today, due, handler.username())) {
            throw messages.violation(null, "services.case.moved");
        }
        audit.record("services.case.accept", "svc_case", Long.toString(caseId), null, due);
        if (promises.find(caseId).isPresent()) {
            // 001 §38: the signed promise replaces the proof, so the decision follows acceptance at once.
            deciding.grant(caseId, handler);
        }
        return due;
    }
}
