package cn.yingshang.credit;

import cn.yingshang.platform.Text;
/** Measures a dishonesty list imposes (003 §37, 000 §54). */
public enum DishonestyMeasure {
    EXCLUDED_FROM_AUTO_GRANT("credit.dishonestyMeasure.EXCLUDED_FROM_AUTO_GRANT"),
    EXCLUDED_FROM_SUBSIDIES("credit.dishonestyMeasure.EXCLUDED_FROM_SUBSIDIES"),
    RAISED_INSPECTION_RATIO("credit.dishonestyMeasure.RAISED_INSPECTION_RATIO"),
    RESTRICTED_FROM_TENDERS("credit.dishonestyMeasure.RESTRICTED_FROM_TENDERS");

    private final String key;

    DishonestyMeasure(String key) {
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
