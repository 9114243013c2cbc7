package cn.yingshang.appeal.internal;

import cn.yingshang.shared.DomainType;
import cn.yingshang.shared.DomainViolation;
import java.util.List;

/**
 * What a rule of the workflow answers: the values the step may go ahead with, or every rule it
 * broke (not only the first, so a form lists them all; the API shows the first).
 */
@DomainType
record RuleOutcome<T>(T value, List<DomainViolation> refusals) {

    RuleOutcome {
        refusals = List.copyOf(refusals);
    }

    static <T> RuleOutcome<T> of(T value, List<DomainViolation> refusals) {
        return new RuleOutcome<>(refusals.isEmpty() ? value : null, refusals);
    }

    boolean allowed() {
        return refusals.isEmpty();
    }

    /** The value, or {@link AppealRefusals} listing every refusal. */
    T orRefuse() {
        AppealRefusals.throwIfAny(refusals);
        return value;
    }
}
