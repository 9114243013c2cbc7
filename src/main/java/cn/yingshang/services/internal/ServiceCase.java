package cn.yingshang.services.internal;

import java.time.LocalDate;

/**
 * A service case (办件) as stored. {@code firstReceiver} is who accepted it and stays responsible
 * (首问负责); {@code assignee} is who works it now (the backup while the first is absent, AB岗).
 */
@cn.yingshang.shared.DomainType
record ServiceCase(long id, long implementationId, String department, String regionCode, String creditCode,
                   String channel, CaseStatus status, LocalDate appliedOn, LocalDate acceptedOn, LocalDate dueOn,
                   Long departmentId, String firstReceiver, String assignee, LocalDate decidedOn, String decisionReason,
                   LocalDate finishedOn, LocalDate deliveredOn, String delivery, String applicantName) {

    /** Short form for callers that do not care about the journey's later columns. */
    ServiceCase(long id, long implementationId, String department, String regionCode, String creditCode, String channel,
                CaseStatus status, LocalDate appliedOn, LocalDate acceptedOn, LocalDate dueOn) {
        this(id, implementationId, department, regionCode, creditCode, channel, status, appliedOn, acceptedOn, dueOn,
                null, null, null, null, null, null, null, null, null);
    }

    boolean open() {
        return status == CaseStatus.SUBMITTED || status == CaseStatus.SUPPLEMENT_REQUESTED || status == CaseStatus.ACCEPTED;
    }

    boolean decided() {
        return status == CaseStatus.GRANTED || status == CaseStatus.REFUSED || status == CaseStatus.REVOKED;
    }
}
