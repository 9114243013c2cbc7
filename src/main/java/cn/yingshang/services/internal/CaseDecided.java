package cn.yingshang.services.internal;

/**
 * A service case came to an end in its department: granted, refused, not accepted (DECLINED) or
 * withdrawn, with the reason the applicant was given (null for a grant). A one-thing bundle follows
 * its parts through this.
 */
@cn.yingshang.shared.DomainType
record CaseDecided(long caseId, CaseStatus status, String reason) {
}
