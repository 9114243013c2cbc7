package cn.yingshang.arrears.internal;

import java.util.Arrays;
import java.util.Set;

/** Where a claim stands in the ledger (004 #37: ledger, clearance, follow-up review). */
public enum ClaimStatus {
    INTAKE,
    REPORTED,
    CONFIRMED,
    REJECTED,
    SETTLED,
    FOLLOW_UP,
    CLOSED;


    /** The bundle key of the Chinese name shown to users. */
    public String key() {
        return "arrears.status." + name();
    }

    public String label() {
        return ArrearsText.text(key());
    }

    public String code() {
        return name();
    }

    /** Still owed (the debt exists and is not paid). */
    public boolean isOpen() {
        return this == REPORTED || this == CONFIRMED;
    }

    /** {@code action} names the bundle key of what was attempted (arrears.action.…), for the refusal. */
    void require(String action, ClaimStatus... allowed) {
        if (!Set.of(allowed).contains(this)) {
            // the claim has moved on (perhaps by another official a moment ago): a conflict, 409 on the API
            throw new cn.yingshang.shared.ConflictingChange(ArrearsText.text("arrears.conflict.status", label(),
                    ArrearsText.text(action), String.join(ArrearsText.text("arrears.listSeparator"),
                            Arrays.stream(allowed).map(ClaimStatus::label).toList())));
        }
    }
}
