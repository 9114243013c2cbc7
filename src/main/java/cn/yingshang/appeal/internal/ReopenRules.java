package cn.yingshang.appeal.internal;

import cn.yingshang.shared.DomainType;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A requester not content with a reply reopens the appeal, with a reason, within the category's
 * reopening window (working days from the reply); it goes back to the lead department with a fresh
 * reply limit.
 */
@DomainType
final class ReopenRules {

    private ReopenRules() {
    }

    record Reopening(String reason, Deadline reply) {
    }

    static RuleOutcome<Reopening> reopen(String reason, LocalDate repliedOn, Long leadDepartmentId, int reopenDays, int replyDays,
                                         WorkingDayCalendar calendar, LocalDate today) {
        List<DomainViolation> found = new ArrayList<>();
        String r = StepText.required(found, "reason", reason, "appeal.violation.reopen.reason");
        if (repliedOn != null && calendar.workingDaysBetween(repliedOn, today) > reopenDays) {
            found.add(DomainViolation.of("reason", "appeal.violation.reopen.late", reopenDays));
        }
        if (leadDepartmentId == null) {
            found.add(DomainViolation.of(null, "appeal.violation.reopen.noDepartment"));
        }
        return RuleOutcome.of(new Reopening(r, Deadline.of(calendar, today, replyDays)), found);
    }
}
