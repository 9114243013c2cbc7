package cn.yingshang.legal.internal;

/** How a compliance case ends (002 #27): not arrested, not prosecuted, a lenient sentencing recommendation, or prosecuted. */
public enum ComplianceOutcome {
    NO_ARREST,
    NO_PROSECUTION,
    LENIENT_SENTENCING,
    PROSECUTED;

    /** Only a rectification that passed assessment earns leniency; a failed one is prosecuted. */
    public boolean allowedAfter(boolean passed) {
        return passed == (this != PROSECUTED);
    }
}
