package cn.yingshang.legal.internal;

/** Where a filed case stands between online filing and judgment. */
@cn.yingshang.shared.DomainType
public enum CourtCaseStatus {
    FILED, SUPPLEMENT_REQUESTED, MEDIATING, MEDIATED, ACCEPTED, REFUSED, CLOSED
}
