package cn.yingshang.platform;

import cn.yingshang.shared.Labelled;

/** Who a signed-in person acts as. The public needs no account. Permission codes per role are data. */
public enum Role implements Labelled {
    ENTERPRISE,
    HANDLER,
    LEADER,
    OFFICE,
    SUPERVISOR,
    INSPECTOR,
    LEGAL_OFFICER,
    ADMIN,
    /** A bank officer: sees only the credit profiles enterprises have consented to show its bank. */
    BANK;

    Role() {
    }

    @Override
    public String messageKey() {
        return "role." + name();
    }

    public boolean isGovernment() {
        return this == HANDLER || this == LEADER || this == OFFICE || this == INSPECTOR || this == ADMIN || this == LEGAL_OFFICER;
    }
}
