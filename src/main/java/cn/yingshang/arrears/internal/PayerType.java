package cn.yingshang.arrears.internal;

/**
 * Who owes the SME. 国令802号 Art. 9 gives 机关 and 事业单位 30 days (a contract may agree up to 60);
 * large enterprises 60 days unless a reasonable other term is agreed. 国有企业 buy as enterprises:
 * the large-enterprise term applies, and 000 §32 and 003 §53 add the forbidden practices.
 */
public enum PayerType {
    GOVERNMENT_ORGAN(true),
    PUBLIC_INSTITUTION(true),
    STATE_OWNED_ENTERPRISE(false),
    LARGE_ENTERPRISE(false),
    /**
     * 003 §53 para. 2: any business operator active in Xinjiang that buys from an SME may not make payment
     * conditional on a third party paying; such a claim is taken against any payer, the practice flagged.
     */
    OTHER_OPERATOR(false);

    private final boolean publicBody;

    PayerType(boolean publicBody) {
        this.publicBody = publicBody;
    }

    /** The bundle key of the Chinese name shown to users. */
    public String key() {
        return "arrears.payerType." + name();
    }

    public String label() {
        return ArrearsText.text(key());
    }

    /** 机关 and 事业单位: the 30-day term, the yearly publication (Art. 18) and government integrity. */
    public boolean isPublicBody() {
        return publicBody;
    }

    /** Payers kept in the module's own payer register (large private enterprises come from the registry). */
    public boolean isRegistered() {
        return this != LARGE_ENTERPRISE && this != OTHER_OPERATOR;
    }
}
