package cn.yingshang.arrears.internal;

/** When the payment clock starts (国令802号 Art. 10). */
public enum SettlementBasis {
    DELIVERY,
    SETTLEMENT,
    ACCEPTANCE;


    /** The bundle key of the Chinese name shown to users. */
    public String key() {
        return "arrears.basis." + name();
    }

    public String label() {
        return ArrearsText.text(key());
    }
}
