package cn.yingshang.projects.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One approval a project needs, tracked as a step on the clock (001 §40–41). {@code serviceItemCode}
 * names the services module's item when the step is one of its service cases; under 告知承诺
 * ({@code notifyAndCommit}) the applicant's written promise replaces the proof and the step is decided
 * the day it starts. A step followed from a service case carries the case's id once the case is
 * decided, and the reason when it was refused.
 */
@cn.yingshang.shared.DomainType
record Approval(long id, long projectId, String name, String departmentName, String serviceItemCode, int limitDays,
                boolean notifyAndCommit, String commitment, ApprovalStatus status, LocalDate startedOn, LocalDate dueOn,
                LocalDate decidedOn, Long serviceCaseId, String refusalReason) {

    /** Running past its promised limit, or decided after it. */
    public boolean late(LocalDate today) {
        if (dueOn == null) {
            return false;
        }
        LocalDate end = decidedOn != null ? decidedOn : today;
        return end.isAfter(dueOn);
    }

    /** Natural days the project has waited on this step so far (or waited in all, once decided). */
    public long daysWaited(LocalDate today) {
        if (startedOn == null) {
            return 0;
        }
        return ChronoUnit.DAYS.between(startedOn, decidedOn != null ? decidedOn : today);
    }

    /** Natural days past the promised limit. */
    public long daysLate(LocalDate today) {
        return late(today) ? ChronoUnit.DAYS.between(dueOn, decidedOn != null ? decidedOn : today) : 0;
    }
}
