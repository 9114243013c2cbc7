package cn.yingshang.appeal.internal;

import cn.yingshang.shared.DomainViolation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every rule a submission broke, not only the first: the form lists them all in its error summary
 * (one per field, in form order). It is a DomainViolation for callers that show one message, such as
 * problem+json, which then carries the first.
 */
class AppealRefusals extends DomainViolation {

    private final transient Map<String, String> byField;

    private AppealRefusals(DomainViolation first, Map<String, String> byField) {
        super(first.field(), first.getMessage());
        this.byField = Collections.unmodifiableMap(byField);
    }

    /** Throws when {@code found} holds any violation; the first of a field wins. */
    static void throwIfAny(List<DomainViolation> found) {
        if (found.isEmpty()) {
            return;
        }
        Map<String, String> byField = new LinkedHashMap<>();
        found.forEach(v -> byField.putIfAbsent(v.field() == null ? "_form" : v.field(), v.getMessage()));
        throw new AppealRefusals(found.getFirst(), byField);
    }

    /** Field name ("_form" for the whole form) → Chinese message, as the form fragments read it. */
    static Map<String, String> errorsOf(DomainViolation violation) {
        return violation instanceof AppealRefusals all ? all.byField
                : Map.of(violation.field() == null ? "_form" : violation.field(), violation.getMessage());
    }

    /** Runs one check and keeps its violation instead of stopping there. */
    static <T> T collect(List<DomainViolation> found, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (DomainViolation v) {
            found.add(v);
            return null;
        }
    }
}
