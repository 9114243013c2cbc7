package cn.yingshang.appeal.internal;

import cn.yingshang.shared.DomainType;
import cn.yingshang.shared.DomainViolation;
import java.util.List;

/** The texts a step asks for (a reason, a note, a reply): present, and no longer than the content limit. */
@DomainType
final class StepText {

    static final int MAX = 5000;

    private StepText() {
    }

    /** The text stripped, or null with the refusal added to {@code found} under {@code field}. */
    static String required(List<DomainViolation> found, String field, String value, String messageKey) {
        if (value == null || value.isBlank()) {
            found.add(DomainViolation.of(field, messageKey));
            return null;
        }
        if (value.length() > MAX) {
            found.add(DomainViolation.of(field, "appeal.violation.text.long", MAX));
            return null;
        }
        return value.strip();
    }

    /** One required text as an outcome of its own. */
    static RuleOutcome<String> required(String field, String value, String messageKey) {
        List<DomainViolation> found = new java.util.ArrayList<>();
        String text = required(found, field, value, messageKey);
        return RuleOutcome.of(text, found);
    }

    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
