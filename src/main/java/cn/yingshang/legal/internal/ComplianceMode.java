package cn.yingshang.legal.internal;

/** How the procuratorate supervises a compliance commitment (002 #27): 检察建议, 第三方监管, or both. */
public enum ComplianceMode {
    RECOMMENDATION,
    MONITORING,
    BOTH;

    public boolean needsMonitor() {
        return this != RECOMMENDATION;
    }
}
