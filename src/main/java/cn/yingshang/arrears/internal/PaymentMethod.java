package cn.yingshang.arrears.internal;

/** How the contract says the SME is paid (Art. 11 forbids forcing the non-cash ones). */
public enum PaymentMethod {
    BANK_TRANSFER("银行转账"),
    CASH("现金"),
    COMMERCIAL_BILL("商业汇票"),
    E_RECEIVABLE("电子凭证（应收账款）");

    private final String label;

    PaymentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
