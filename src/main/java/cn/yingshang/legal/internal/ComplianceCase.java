package cn.yingshang.legal.internal;

import java.time.LocalDate;
import java.util.List;

/** An enterprise's compliance case in the procuratorate's reform ledger (涉案企业合规, 002 #27). */
public record ComplianceCase(long id, String reference, long procuratorateId, String caseNumber, String creditCode, String enterpriseName,
                      String offence, ComplianceMode mode, String monitor, LocalDate rectifyBy, String status,
                      String commitment, String committedBy, LocalDate committedOn,
                      String assessment, String assessmentNote, LocalDate assessedOn,
                      ComplianceOutcome outcome, LocalDate closedOn,
                      Long opinionDepartmentId, String opinion, LocalDate opinionOn, String response, LocalDate respondedOn,
                      List<ComplianceStep> steps) {

    static final String AWAITING_COMMITMENT = "AWAITING_COMMITMENT";
    static final String RECTIFYING = "RECTIFYING";
    static final String ASSESSED = "ASSESSED";
    static final String CLOSED = "CLOSED";

    public boolean everyStepReported() {
        return !steps.isEmpty() && steps.stream().allMatch(ComplianceStep::reported);
    }

    public boolean overdue(LocalDate today) {
        return (AWAITING_COMMITMENT.equals(status) || RECTIFYING.equals(status))
                && (LegalTimeLimit.late(rectifyBy, today) || steps.stream().anyMatch(s -> s.overdue(today)));
    }

    /** A non-prosecuted enterprise may still owe an administrative answer: the opinion goes once, to one department. */
    public boolean mayReceiveOpinion() {
        return CLOSED.equals(status) && outcome == ComplianceOutcome.NO_PROSECUTION && opinionDepartmentId == null;
    }
}
