package cn.yingshang.arrears.internal;

/**
 * What the rules forbid a payer. The first group is found from the contract terms; the rest are
 * practices the SME or the department reports (checkboxes on the claim).
 */
public enum Violation {
    TERM_OVER_60_DAYS("约定付款期限超过60日", "国令802号第九条", false),
    LONG_TERM_TO_REVIEW("大型企业约定付款期限超过60日，须审查是否合理", "国令802号第九条", false),
    AUDIT_AS_SETTLEMENT_CONDITION("以审计结果作为结算依据", "国令802号第十二条；003 §53；000 §32", true),
    FORCED_COMMERCIAL_BILLS("强制接受商业汇票、应收账款电子凭证等非现金支付或借此变相延长付款期限", "国令802号第十一条；003 §53", true),
    PAID_WHEN_PAID("以收到第三方付款作为付款条件", "国令802号第九条；003 §53", true),
    PERCENTAGE_DEDUCTION("要求按比例扣除账款或全额付款后按比例返还", "003 §53", true),
    REPRESENTATIVE_CHANGE_AS_EXCUSE("以法定代表人或主要负责人变更为由拖延付款", "国令802号第十四条；003 §53；000 §32", true),
    INTERNAL_PROCEDURE_AS_EXCUSE("以履行内部付款流程为由拖延付款", "国令802号第十四条；003 §53；000 §32", true),
    WAITING_FOR_FINAL_ACCEPTANCE_OR_AUDIT("合同未约定而以等待竣工验收批复、决算审计为由拖延付款", "国令802号第十四条；000 §32", true);

    private final String label;
    private final String basis;
    private final boolean reported;

    Violation(String label, String basis, boolean reported) {
        this.label = label;
        this.basis = basis;
        this.reported = reported;
    }

    public String label() {
        return label;
    }

    public String basis() {
        return basis;
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
