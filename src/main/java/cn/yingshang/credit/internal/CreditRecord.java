package cn.yingshang.credit.internal;

import cn.yingshang.credit.CreditRecordKind;
import cn.yingshang.credit.Severity;
import java.time.LocalDate;

/**
 * A credit record as kept. Public from {@code decidedOn} until the day before {@code publicUntil}
 * (null: no end) or {@code repairedOn}, whichever is first.
 */
@cn.yingshang.shared.DomainType
record CreditRecord(long id, String creditCode, CreditRecordKind kind, String sourceDepartmentCode,
                    String sourceRecordId, String basis, LocalDate decidedOn, Severity severity, String summary,
                    LocalDate repairableFrom, LocalDate publicUntil, LocalDate repairedOn) {

    boolean isNegative() {
        return severity != null;
    }

    boolean isPublicOn(LocalDate date) {
        return !decidedOn.isAfter(date)
                && (publicUntil == null || date.isBefore(publicUntil))
                && (repairedOn == null || date.isBefore(repairedOn));
    }

    /** The first day the record is no longer public (null: public without end). */
    LocalDate publicityEnds() {
        if (repairedOn == null) {
            return publicUntil;
        }
        return publicUntil == null || repairedOn.isBefore(publicUntil) ? repairedOn : publicUntil;
    }

    /** 信用修复: a negative record still public whose shortest publicity period has passed. */
    boolean repairableOn(LocalDate date) {
        return isNegative() && isPublicOn(date) && repairableFrom != null && !date.isBefore(repairableFrom);
    }

    boolean isCourtEntry() {
        return kind == CreditRecordKind.JUDGMENT_DEFAULTER;
    }
}
