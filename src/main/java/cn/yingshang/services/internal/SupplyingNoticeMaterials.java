package cn.yingshang.services.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.SignedInUser;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant answers the one-time notice (001 §31) with exactly what it lists: nothing more is
 * asked, nothing less is taken. The case returns to the department and the clock goes on.
 */
@Component
class SupplyingNoticeMaterials {

    private final CaseAccess access;
    private final ServiceCases cases;
    private final CaseMaterials materials;
    private final ServiceMessages messages;
    private final AuditLog audit;

    SupplyingNoticeMaterials(CaseAccess access, ServiceCases cases, CaseMaterials materials, ServiceMessages messages, AuditLog audit) {
        this.access = access;
        this.cases = cases;
        this.materials = materials;
        this.messages = messages;
        this.audit = audit;
    }

    @Transactional
    void supply(long caseId, List<String> supplied, SignedInUser enterprise) {
        ServiceCase c = access.readable(caseId, enterprise);
        if (!enterprise.isEnterpriseOf(c.creditCode())) {
            throw messages.violation(null, "services.rating.applicantOnly");
        }
        OneTimeNotice notice = cases.notice(caseId).orElseThrow(() -> messages.violation(null, "services.notice.none"));
        Set<String> given = supplied == null ? Set.of() : Set.copyOf(supplied);
        List<String> lacking = notice.materials().stream().filter(m -> !given.contains(m)).toList();
        if (!lacking.isEmpty()) {
            throw messages.violation("materials", "services.notice.supplyAll", String.join(Text.of("platform.list.separator"), lacking));
        }
        if (!cases.move(caseId, CaseStatus.SUPPLEMENT_REQUESTED, CaseStatus.SUBMITTED)) {
            throw messages.violation(null, "services.notice.notOpen");
        }
        notice.materials().forEach(m -> materials.record(caseId, m, CaseMaterials.Source.NOTICE, ""));
        audit.record("services.case.noticeSupplied", "svc_case", Long.toString(caseId), null, notice.materials());
    }
}
