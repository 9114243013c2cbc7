package cn.yingshang.credit.internal;

import cn.yingshang.platform.Text;
/** The six kinds of credit commitment of 004 #50 (“六型”信用承诺). */
@cn.yingshang.shared.DomainType
enum CommitmentKind {
    PROACTIVE_DISCLOSURE("credit.commitmentKind.PROACTIVE_DISCLOSURE"),
    APPROVAL_SUBSTITUTE("credit.commitmentKind.APPROVAL_SUBSTITUTE"),
    INDUSTRY_SELF_DISCIPLINE("credit.commitmentKind.INDUSTRY_SELF_DISCIPLINE"),
    CREDIT_REPAIR("credit.commitmentKind.CREDIT_REPAIR"),
    TOLERANCE_ACCEPTANCE("credit.commitmentKind.TOLERANCE_ACCEPTANCE"),
    CERTIFICATE_NOTIFICATION("credit.commitmentKind.CERTIFICATE_NOTIFICATION");

    private final String key;

    CommitmentKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The label in the request's language. */
    public String label() {
        return Text.of(key);
    }
}
