package cn.yingshang.legal.internal;

import java.time.LocalDate;

/**
 * What a review found in one department and, unless nothing was wrong, the rectification it owes by
 * {@code rectificationDue}: the last day in time, the day after it late (002 #49: 以督察促整改).
 */
@cn.yingshang.shared.DomainType
record EnforcementFinding(long id, long reviewId, int year, int quarter, long departmentId, FindingKind kind, String description,
                          LocalDate foundOn, String status, LocalDate rectificationDue, LocalDate rectifiedOn, String rectificationReport) {

    public boolean rectifying() {
        return "RECTIFYING".equals(status);
    }

    /** Still owed and past its last day. */
    public boolean overdue(LocalDate today) {
        return rectifying() && LegalTimeLimit.late(rectificationDue, today);
    }

    public boolean rectifiedLate() {
        return rectifiedOn != null && LegalTimeLimit.late(rectificationDue, rectifiedOn);
    }

    public long daysLate(LocalDate today) {
        return today.toEpochDay() - rectificationDue.toEpochDay();
    }
}
