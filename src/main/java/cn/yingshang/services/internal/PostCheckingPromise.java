package cn.yingshang.services.internal;

import cn.yingshang.credit.CreditRecordKind;
import cn.yingshang.credit.CreditRecords;
import cn.yingshang.credit.NewCreditRecord;
import cn.yingshang.credit.Severity;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The post-check of a drawn 告知承诺 case (001 §38). A false promise revokes the decision and its
 * e-licence and becomes a credit record of the enterprise (违背信用承诺) through the credit module.
 */
@Component
class PostCheckingPromise {

    private final CaseAccess access;
    private final Promises promises;
    private final ServiceCases cases;
    private final ELicences licences;
    private final CreditRecords credit;
    private final Departments departments;
    private final ServiceMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    PostCheckingPromise(CaseAccess access, Promises promises, ServiceCases cases, ELicences licences, CreditRecords credit,
                        Departments departments, ServiceMessages messages, AuditLog audit, Clock clock) {
        this.access = access;
        this.promises = promises;
        this.cases = cases;
        this.licences = licences;
        this.credit = credit;
        this.departments = departments;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    void record(long caseId, boolean truthful, String finding, SignedInUser checker) {
        ServiceCase c = access.handleable(caseId, checker);
        if (!truthful && (finding == null || finding.isBlank())) {
            throw messages.violation("finding", "services.postCheck.findingRequired");
        }
        LocalDate today = LocalDate.now(clock);
        if (!promises.recordCheck(caseId, truthful, today, finding)) {
            throw messages.violation(null, "services.postCheck.notPending");
        }
        audit.record("services.promise.postCheck", "svc_case", Long.toString(caseId), null, truthful);
        if (truthful) {
            return;
        }
        if (!cases.move(caseId, CaseStatus.GRANTED, CaseStatus.REVOKED)) {
            throw messages.violation(null, "services.case.moved");
        }
        licences.revokeForCase(caseId, today);
        String departmentCode = departments.require(checker.departmentId()).code();
        long recordId = credit.record(new NewCreditRecord(c.creditCode(), CreditRecordKind.COMMITMENT_BREACH, departmentCode,
                "svc-case-" + caseId, messages.text("services.postCheck.basis"), today, Severity.ORDINARY,
                messages.text("services.postCheck.summary", caseId, finding.strip())));
        promises.linkCreditRecord(caseId, recordId);
        audit.record("services.case.revoke", "svc_case", Long.toString(caseId), null, recordId);
    }
}
