package cn.yingshang.credit;

/** 政务失信 (000 §31, 003 §55): what a public body failed to honour. */
public enum GovernmentDishonestyKind {
    BROKEN_CONTRACT("违约毁约"),
    BROKEN_PROMISE("不兑现政策承诺"),
    ARREARS("拖欠企业账款"),
    UNPERFORMED_JUDGMENT("拒不履行司法裁判");

    private final String label;

    GovernmentDishonestyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
