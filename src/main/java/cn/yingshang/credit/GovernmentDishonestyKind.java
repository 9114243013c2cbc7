package cn.yingshang.credit;

import cn.yingshang.platform.Text;
/** 政务失信 (000 §31, 003 §55): what a public body failed to honour. */
public enum GovernmentDishonestyKind {
    BROKEN_CONTRACT("credit.governmentDishonestyKind.BROKEN_CONTRACT"),
    BROKEN_PROMISE("credit.governmentDishonestyKind.BROKEN_PROMISE"),
    ARREARS("credit.governmentDishonestyKind.ARREARS"),
    UNPERFORMED_JUDGMENT("credit.governmentDishonestyKind.UNPERFORMED_JUDGMENT");

    private final String key;

    GovernmentDishonestyKind(String key) {
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
