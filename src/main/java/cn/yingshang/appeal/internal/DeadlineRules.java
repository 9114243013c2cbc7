package cn.yingshang.appeal.internal;

import cn.yingshang.shared.DomainType;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How the reply limit moves: an extension adds working days up to the category's maximum in
 * total (延期), and an approved pause (中止) stops the clock, so resuming moves the due date by the
 * working days it stood still.
 */
@DomainType
final class DeadlineRules {

    private DeadlineRules() {
    }

    record ExtensionRequest(int days, String reason) {
    }

    /** The request as it may go to the office, or why not: a reason, and days within what is left of the maximum. */
    static RuleOutcome<ExtensionRequest> extension(int days, String reason, int alreadyExtended, int maxExtensionDays) {
        List<DomainViolation> found = new ArrayList<>();
        String r = StepText.required(found, "reason", reason, "appeal.violation.extension.reason");
        if (days < 1 || alreadyExtended + days > maxExtensionDays) {
            found.add(DomainViolation.of("days", "appeal.violation.extension.days", maxExtensionDays - alreadyExtended, maxExtensionDays));
        }
        return RuleOutcome.of(new ExtensionRequest(days, r), found);
    }

    record Resumption(int pausedDays, Deadline deadline) {
    }

    /** The clock runs again: the due date moves by the working days between the pause and today. */
    static Resumption resume(Deadline running, LocalDate pausedOn, LocalDate today, WorkingDayCalendar calendar) {
        int paused = Math.max(0, calendar.workingDaysBetween(pausedOn, today));
        return new Resumption(paused, running.extendedBy(calendar, paused));
    }
}
