package cn.yingshang.credit;

/** Measures a dishonesty list imposes (003 §37, 000 §54). */
public enum DishonestyMeasure {
    EXCLUDED_FROM_AUTO_GRANT("不得享受免申即享政策"),
    EXCLUDED_FROM_SUBSIDIES("不得申请同类财政补贴"),
    RAISED_INSPECTION_RATIO("提高抽查比例和频次"),
    RESTRICTED_FROM_TENDERS("限制参与政府采购和招标投标");

    private final String label;

    DishonestyMeasure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
