package cn.yingshang.arrears.internal;

/**
 * What the rules forbid a payer. The first group is found from the contract terms; the rest are
 * practices the SME or the department reports (checkboxes on the claim).
 */
public enum Violation {
    TERM_OVER_60_DAYS(false),
    LONG_TERM_TO_REVIEW(false),
    AUDIT_AS_SETTLEMENT_CONDITION(true),
    FORCED_COMMERCIAL_BILLS(true),
    PAID_WHEN_PAID(true),
    PERCENTAGE_DEDUCTION(true),
    REPRESENTATIVE_CHANGE_AS_EXCUSE(true),
    INTERNAL_PROCEDURE_AS_EXCUSE(true),
    WAITING_FOR_FINAL_ACCEPTANCE_OR_AUDIT(true);

    private final boolean reported;

    Violation(boolean reported) {
        this.reported = reported;
    }

    /** The bundle key of the Chinese name shown to users; its legal basis is at {@code key() + ".basis"}. */
    public String key() {
        return "arrears.violation." + name();
    }

    public String label() {
        return ArrearsText.text(key());
    }

    public String basis() {
        return ArrearsText.text(key() + ".basis");
    }

    /** Reported by a person (a checkbox), not derived from dates and terms. */
    public boolean isReported() {
        return reported;
    }

    public String code() {
        return name();
    }

    static java.util.List<Violation> reportable() {
        return java.util.Arrays.stream(values()).filter(Violation::isReported).toList();
    }
}
