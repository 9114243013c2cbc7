package cn.yingshang.credit;

/** 失信程度 (信用修复管理办法): decides the shortest and longest publicity periods. */
public enum Severity {
    MINOR("轻微"), ORDINARY("一般"), SERIOUS("严重");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
