package cn.yingshang.shared;

/** 信用风险分类 (国市监信发〔2022〕6号): A low, B ordinary, C higher, D high risk. */
public enum CreditRiskClass implements Labelled {
    A, B, C, D;

    @Override
    public String messageKey() {
        return "credit-risk-class." + name();
    }
}
