package cn.yingshang.appeal.internal;

import cn.yingshang.shared.DomainType;
import cn.yingshang.shared.DomainViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 退单: a lead department that is not the right one may hand the appeal back, with a reason, until
 * the return limit set at dispatch (return_due_on) has passed.
 */
@DomainType
final class ReturnRules {

    private ReturnRules() {
    }

    /** The stripped reason, or why the request is refused. */
    static RuleOutcome<String> request(String reason, LocalDate returnDueOn, LocalDate today) {
        List<DomainViolation> found = new ArrayList<>();
        String r = StepText.required(found, "reason", reason, "appeal.violation.return.reason");
        if (returnDueOn != null && today.isAfter(returnDueOn)) {
            found.add(DomainViolation.of("reason", "appeal.violation.return.late", returnDueOn));
        }
        return RuleOutcome.of(r, found);
    }
}
