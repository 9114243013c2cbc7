package cn.yingshang.shared;

/** 信用风险分类 (国市监信发〔2022〕6号): A low, B ordinary, C higher, D high risk. */
public enum CreditRiskClass {
    A("A类（低风险）"), B("B类（一般风险）"), C("C类（较高风险）"), D("D类（高风险）");

    private final String label;

    CreditRiskClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
