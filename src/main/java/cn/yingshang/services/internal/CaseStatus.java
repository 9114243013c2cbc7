package cn.yingshang.services.internal;

/**
 * Where a service case stands. SUPPLEMENT_REQUESTED stops the clock until the applicant supplies;
 * GRANTED issues an e-licence; REFUSED states its reason.
 */
@cn.yingshang.shared.DomainType
enum CaseStatus {
    SUBMITTED, SUPPLEMENT_REQUESTED, ACCEPTED, DECLINED, GRANTED, REFUSED, REVOKED, WITHDRAWN
}
