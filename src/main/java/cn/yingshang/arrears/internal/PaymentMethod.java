package cn.yingshang.arrears.internal;

/** How the contract says the SME is paid (Art. 11 forbids forcing the non-cash ones). */
public enum PaymentMethod {
    BANK_TRANSFER,
    CASH,
    COMMERCIAL_BILL,
    E_RECEIVABLE;


    /** The bundle key of the Chinese name shown to users. */
    public String key() {
        return "arrears.paymentMethod." + name();
    }

    public String label() {
        return ArrearsText.text(key());
    }
}
