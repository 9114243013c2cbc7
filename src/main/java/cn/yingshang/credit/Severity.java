package cn.yingshang.credit;

import cn.yingshang.platform.Text;
/** 失信程度 (信用修复管理办法): decides the shortest and longest publicity periods. */
public enum Severity {
    MINOR("credit.severity.MINOR"), ORDINARY("credit.severity.ORDINARY"), SERIOUS("credit.severity.SERIOUS");

    private final String key;

    Severity(String key) {
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
