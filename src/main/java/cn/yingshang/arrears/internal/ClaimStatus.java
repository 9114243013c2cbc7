package cn.yingshang.arrears.internal;

import java.util.Arrays;
import java.util.Set;

/** Where a claim stands in the ledger (004 #37: ledger, clearance, follow-up review). */
public enum ClaimStatus {
    INTAKE("待补充合同信息"),
    REPORTED("待确权"),
    CONFIRMED("已确权，待清偿"),
    REJECTED("不予确认"),
    SETTLED("已清偿，待回头看"),
    FOLLOW_UP("回头看：待企业确认"),
    CLOSED("已办结");

    private final String label;

    ClaimStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name();
    }

    /** Still owed (the debt exists and is not paid). */
    public boolean isOpen() {
        return this == REPORTED || this == CONFIRMED;
    }

    void require(String action, ClaimStatus... allowed) {
        if (!Set.of(allowed).contains(this)) {
            // the claim has moved on (perhaps by another official a moment ago): a conflict, 409 on the API
            throw new cn.yingshang.shared.ConflictingChange("当前状态为“" + label + "”，不能" + action + "（应为："
                    + String.join("、", Arrays.stream(allowed).map(ClaimStatus::label).toList()) + "）");
        }
    }
}
