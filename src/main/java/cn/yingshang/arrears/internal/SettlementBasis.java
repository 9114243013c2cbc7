package cn.yingshang.arrears.internal;

/** When the payment clock starts (国令802号 Art. 10). */
public enum SettlementBasis {
    DELIVERY("自交付之日起算"),
    SETTLEMENT("按进度或定期结算，自双方确认结算金额之日起算"),
    ACCEPTANCE("以检验或验收合格为付款条件，自验收合格之日起算");

    private final String label;

    SettlementBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
