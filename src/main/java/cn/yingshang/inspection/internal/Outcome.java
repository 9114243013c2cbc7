package cn.yingshang.inspection.internal;

/** One row of the one-form checklist (一表通查), in increasing weight. */
@cn.yingshang.shared.DomainType
enum Outcome {
    COMPLIANT("未发现问题"), PROBLEM_FOUND("发现问题"), RECTIFICATION_ORDERED("责令整改"), REFERRED("移送处理");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    boolean isViolation() {
        return this == PROBLEM_FOUND || this == RECTIFICATION_ORDERED;
    }
}
