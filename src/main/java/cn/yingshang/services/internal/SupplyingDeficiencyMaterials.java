package cn.yingshang.services.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.FileKind;
import cn.yingshang.platform.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 容缺受理 (000 §19), the applicant's side: the materials the case was accepted without follow as
 * files, every one of them, before the supply day. Checked before anything changes; once stored the
 * department may decide.
 */
@Component
class SupplyingDeficiencyMaterials {

    /** The form field of the i-th missing material. */
    static final String FIELD = "deficiency-file-";

    private final CaseAccess access;
    private final AcceptingWithDeficiency deficiency;
    private final CaseMaterials materials;
    private final MaterialFiles files;
    private final JdbcClient jdbc;
    private final ServiceMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    SupplyingDeficiencyMaterials(CaseAccess access, AcceptingWithDeficiency deficiency, CaseMaterials materials,
                                 MaterialFiles files, JdbcClient jdbc, ServiceMessages messages, AuditLog audit, Clock clock) {
        this.access = access;
        this.deficiency = deficiency;
        this.materials = materials;
        this.files = files;
        this.jdbc = jdbc;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code uploads}: the file for each missing material, keyed by the material's name. */
    @Transactional
    void supply(long caseId, Map<String, MaterialFiles.Upload> uploads, SignedInUser enterprise) {
        ServiceCase c = access.readable(caseId, enterprise);
        List<String> missing = deficiency.missing(caseId);
        if (!enterprise.isEnterpriseOf(c.creditCode()) || missing.isEmpty()) {
            throw messages.violation(null, "services.deficiency.nothingOutstanding");
        }
        Map<String, FileKind> kinds = files.requireAll(missing, uploads, FIELD);
        if (jdbc.sql("""
                        UPDATE svc_case_deficiency SET supplied_at = now()
                        WHERE case_id = :id AND supplied_at IS NULL AND supply_by >= :today""")
                .param("id", caseId).param("today", LocalDate.now(clock)).update() != 1) {
            throw messages.violation(null, "services.deficiency.nothingOutstanding");
        }
        kinds.forEach((name, kind) -> {
            MaterialFiles.Upload upload = uploads.get(name);
            files.storeLater(caseId, name, upload, kind, MaterialFiles.Stage.DEFICIENCY);
            materials.record(caseId, name, CaseMaterials.Source.DEFICIENCY, upload.filename());
        });
        audit.record("services.case.deficiencySupplied", "svc_case", Long.toString(caseId), null, missing);
    }
}
