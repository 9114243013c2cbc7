package cn.yingshang.services.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.FileKind;
import cn.yingshang.platform.SignedInUser;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant answers the one-time notice (001 §31) with exactly what it lists, as files: nothing
 * more is asked, nothing less is taken. Every file is checked before anything changes; then the case
 * returns to the department, the clock goes on, and the handler downloads what was supplied.
 */
@Component
class SupplyingNoticeMaterials {

    /** The form field of the notice's i-th material. */
    static final String FIELD = "notice-file-";

    private final CaseAccess access;
    private final ServiceCases cases;
    private final CaseMaterials materials;
    private final MaterialFiles files;
    private final ServiceMessages messages;
    private final AuditLog audit;

    SupplyingNoticeMaterials(CaseAccess access, ServiceCases cases, CaseMaterials materials, MaterialFiles files,
                             ServiceMessages messages, AuditLog audit) {
        this.access = access;
        this.cases = cases;
        this.materials = materials;
        this.files = files;
        this.messages = messages;
        this.audit = audit;
    }

    /** {@code uploads}: the file for each material the notice names, keyed by the material's name. */
    @Transactional
    void supply(long caseId, Map<String, MaterialFiles.Upload> uploads, SignedInUser enterprise) {
        ServiceCase c = access.readable(caseId, enterprise);
        if (!enterprise.isEnterpriseOf(c.creditCode())) {
            throw messages.violation(null, "services.rating.applicantOnly");
        }
        OneTimeNotice notice = cases.notice(caseId).orElseThrow(() -> messages.violation(null, "services.notice.none"));
        if (c.status() != CaseStatus.SUPPLEMENT_REQUESTED) {
            throw messages.violation(null, "services.notice.notOpen");
        }
        Map<String, FileKind> kinds = files.requireAll(notice.materials(), uploads, FIELD);
        if (!cases.move(caseId, CaseStatus.SUPPLEMENT_REQUESTED, CaseStatus.SUBMITTED)) {
            throw messages.violation(null, "services.notice.notOpen");
        }
        kinds.forEach((name, kind) -> {
            MaterialFiles.Upload upload = uploads.get(name);
            files.storeLater(caseId, name, upload, kind, MaterialFiles.Stage.NOTICE);
            materials.record(caseId, name, CaseMaterials.Source.NOTICE, upload.filename());
        });
        audit.record("services.case.noticeSupplied", "svc_case", Long.toString(caseId), null, notice.materials());
    }
}
