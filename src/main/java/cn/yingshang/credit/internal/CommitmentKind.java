package cn.yingshang.credit.internal;

/** The six kinds of credit commitment of 004 #50 (“六型”信用承诺). */
@cn.yingshang.shared.DomainType
enum CommitmentKind {
    PROACTIVE_DISCLOSURE("主动公示型"),
    APPROVAL_SUBSTITUTE("审批替代型"),
    INDUSTRY_SELF_DISCIPLINE("行业自律型"),
    CREDIT_REPAIR("信用修复型"),
    TOLERANCE_ACCEPTANCE("容缺受理型"),
    CERTIFICATE_NOTIFICATION("证明事项告知型");

    private final String label;

    CommitmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
