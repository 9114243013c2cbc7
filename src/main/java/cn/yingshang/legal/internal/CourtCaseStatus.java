package cn.yingshang.legal.internal;

/** Where a filed case stands between online filing and judgment. */
public enum CourtCaseStatus {
    FILED, SUPPLEMENT_REQUESTED, MEDIATING, MEDIATED, ACCEPTED, REFUSED, CLOSED
}
