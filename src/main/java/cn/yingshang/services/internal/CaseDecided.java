package cn.yingshang.services.internal;

/** A service case received its decision; a one-thing bundle follows its parts through this. */
@cn.yingshang.shared.DomainType
record CaseDecided(long caseId, CaseStatus status) {
}
