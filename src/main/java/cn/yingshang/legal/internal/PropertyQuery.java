package cn.yingshang.legal.internal;

import java.time.LocalDate;

/** One question of a bankruptcy administrator to one holder of the debtor's property information (004 #43). */
public record PropertyQuery(long id, long caseId, PropertyHolder holder, Long departmentId, long askedBy, LocalDate askedOn,
                            LocalDate answerDue, String answer, LocalDate answeredOn) {

    public boolean answered() {
        return answeredOn != null;
    }

    /** Answered after the due day, or still open after it. */
    public boolean late(LocalDate today) {
        return answerDue != null && LegalTimeLimit.late(answerDue, answeredOn == null ? today : answeredOn);
    }
}
