package cn.yingshang.legal.internal;

/** Where a case of the annual ten comes from: a court's or procuratorate's typical case, or a published appeal case. */
public enum AnnualCaseSource {
    LEGAL, APPEAL;

    public String key() {
        return "legal.annual.source." + name();
    }
}
