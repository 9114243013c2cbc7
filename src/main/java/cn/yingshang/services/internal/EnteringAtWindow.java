package cn.yingshang.services.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.CreditCode;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A walk-in applicant at the window: the handler enters the case for an item of their own
 * department. The handler is its first receiver and stays responsible for it (首问负责, 001 §31).
 */
@Component
class EnteringAtWindow {

    private final ServiceGuides guides;
    private final ServiceCases cases;
    private final CaseAccess access;
    private final CaseMaterials materials;
    private final ServiceMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    EnteringAtWindow(ServiceGuides guides, ServiceCases cases, CaseAccess access, CaseMaterials materials,
                     ServiceMessages messages, AuditLog audit, Clock clock) {
        this.guides = guides;
        this.cases = cases;
        this.access = access;
        this.materials = materials;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long enter(long guideId, String creditCode, String applicantName, java.util.Collection<String> provided, String token,
               SignedInUser handler) {
        Guide guide = guides.guide(guideId).orElseThrow(() -> messages.violation("guideId", "services.guide.notFound"));
        if (handler.departmentId() == null || !guide.departmentCode().equals(access.departmentCodeOf(handler))) {
            throw messages.violation("guideId", "services.window.notOurItem");
        }
        String code = CreditCode.of(creditCode).value();
        if (applicantName == null || applicantName.isBlank()) {
            throw messages.violation("applicantName", "services.window.applicantName");
        }
        long id = cases.open("window:" + handler.username() + ":" + token, guide, handler.departmentId().value(), code, "WINDOW",
                LocalDate.now(clock), handler.username(), applicantName.strip());
        if (provided != null) {
            provided.forEach(m -> materials.record(id, m, CaseMaterials.Source.PROVIDED, ""));
        }
        audit.record("services.case.windowEntry", "svc_case", Long.toString(id), null, guide.itemCode());
        return id;
    }
}
