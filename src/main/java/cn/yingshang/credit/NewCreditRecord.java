package cn.yingshang.credit;

import java.time.LocalDate;

/**
 * A record reported by a source department. {@code sourceRecordId} is the source's own id: the
 * same (source department code, source record id) recorded twice is one record.
 * {@code severity} is null for records that are not negative (licences, honours, compliant results).
 */
public record NewCreditRecord(String creditCode, CreditRecordKind kind, String sourceDepartmentCode,
                              String sourceRecordId, String basis, LocalDate decidedOn, Severity severity,
                              String summary) {
}
