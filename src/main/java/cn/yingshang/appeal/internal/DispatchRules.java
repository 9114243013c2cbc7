package cn.yingshang.appeal.internal;

import static cn.yingshang.appeal.internal.AppealText.text;

import cn.yingshang.shared.DomainType;
import cn.yingshang.shared.DomainViolation;
import java.util.ArrayList;
import java.util.List;

/**
 * The office's first decisions on an appeal: decline it (000 §58: with guidance to the channel that
 * is competent), send it to a lead department with assisting ones, or merge it into another.
 */
@DomainType
final class DispatchRules {

    private DispatchRules() {
    }

    /** The note a declined appeal carries to the requester: the reason, and the guidance when given. */
    static RuleOutcome<String> decline(String reason, String guidance) {
        List<DomainViolation> found = new ArrayList<>();
        String r = StepText.required(found, "reason", reason, "appeal.violation.decline.reason");
        String g = StepText.optional(guidance);
        return RuleOutcome.of(r == null || g == null ? r : text("appeal.note.declineGuidance", r, g), found);
    }

    /** The assisting departments as they are stored: each once, never the lead department itself. */
    static List<Long> assisting(long leadDepartment, List<Long> assisting) {
        return assisting == null ? List.of() : assisting.stream().filter(d -> d != leadDepartment).distinct().toList();
    }

    /** An appeal merges into another one that still counts, never into itself. */
    static RuleOutcome<Long> merge(long id, long into, AppealStatus targetStatus) {
        if (id == into) {
            return RuleOutcome.of(into, List.of(DomainViolation.of("into", "appeal.violation.merge.self")));
        }
        if (targetStatus == AppealStatus.MERGED) {
            return RuleOutcome.of(into, List.of(DomainViolation.of("into", "appeal.violation.merge.merged")));
        }
        return RuleOutcome.of(into, List.of());
    }
}
