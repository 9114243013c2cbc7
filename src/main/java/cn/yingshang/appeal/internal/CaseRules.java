package cn.yingshang.appeal.internal;

import cn.yingshang.shared.DomainType;
import cn.yingshang.shared.DomainViolation;
import java.util.ArrayList;
import java.util.List;

/** 信息公开 publishes only resolved appeals as typical cases, each with the office's own anonymised summary. */
@DomainType
final class CaseRules {

    private CaseRules() {
    }

    static RuleOutcome<String> publish(String resolution, String summary) {
        List<DomainViolation> found = new ArrayList<>();
        if (!"RESOLVED".equals(resolution)) {
            found.add(DomainViolation.of("summary", "appeal.violation.case.unresolved"));
        }
        String s = StepText.required(found, "summary", summary, "appeal.violation.case.summary");
        return RuleOutcome.of(s, found);
    }
}
