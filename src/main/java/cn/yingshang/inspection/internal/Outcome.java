package cn.yingshang.inspection.internal;

import cn.yingshang.platform.Text;
/** One row of the one-form checklist (一表通查), in increasing weight. */
@cn.yingshang.shared.DomainType
enum Outcome {
    COMPLIANT("inspection.outcome.COMPLIANT"), PROBLEM_FOUND("inspection.outcome.PROBLEM_FOUND"), RECTIFICATION_ORDERED("inspection.outcome.RECTIFICATION_ORDERED"), REFERRED("inspection.outcome.REFERRED");

    private final String key;

    Outcome(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The label in the request's language. */
    public String label() {
        return Text.of(key);
    }

    boolean isViolation() {
        return this == PROBLEM_FOUND || this == RECTIFICATION_ORDERED;
    }
}
