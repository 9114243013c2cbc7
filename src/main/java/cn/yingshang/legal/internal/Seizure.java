package cn.yingshang.legal.internal;

import java.time.LocalDate;

/**
 * One seizure, detention or freezing (查封、扣押、冻结) against an enterprise's or its owners' property.
 * Once the property is found unrelated to the case, it must be released unconditionally by {@code releaseDue} (002 #23).
 */
@cn.yingshang.shared.DomainType
public record Seizure(long id, String reference, long actingBodyId, String caseNumber, String measure, String creditCode,
               String holderName, String holderKind, String property, String propertyRegion, boolean inUse,
               String cooperationRequest, LocalDate imposedOn, String status, LocalDate foundUnrelatedOn,
               String unrelatedFinding, LocalDate releaseDue, LocalDate releasedOn) {

    public boolean releaseOverdue(LocalDate today) {
        return "FOUND_UNRELATED".equals(status) && LegalTimeLimit.late(releaseDue, today);
    }

    public boolean releasedLate() {
        return releasedOn != null && releaseDue != null && LegalTimeLimit.late(releaseDue, releasedOn);
    }
}
