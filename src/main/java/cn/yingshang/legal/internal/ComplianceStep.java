package cn.yingshang.legal.internal;

import java.time.LocalDate;

/** One rectification step the enterprise owes, with its due date and the enterprise's report once done. */
public record ComplianceStep(long id, String title, LocalDate dueOn, String report, LocalDate reportedOn) {

    public boolean reported() {
        return reportedOn != null;
    }

    public boolean overdue(LocalDate today) {
        return !reported() && LegalTimeLimit.late(dueOn, today);
    }
}
