package cn.yingshang.credit.internal;

import cn.yingshang.credit.DishonestyMeasure;
import cn.yingshang.credit.Severity;
import java.time.LocalDate;
import java.util.Set;

/**
 * An entry on a dishonesty list. With a credit warning (000 §54, 002 #37) the entity is warned on
 * {@code warnedOn} and included only on {@code effectiveOn}, at the end of the grace period, unless
 * it fulfils first. In force until {@code endsOn} (the longest publicity period) or removal; with
 * {@code untilRepaired} (003 §37: 修复前禁止享受同类政策) until removal only.
 */
@cn.yingshang.shared.DomainType
record DishonestyEntry(long id, String creditCode, long recordId, String listName, String basis, Severity severity,
                       Set<DishonestyMeasure> measures, LocalDate warnedOn, LocalDate effectiveOn, LocalDate endsOn,
                       LocalDate removedOn, String removalReason, boolean untilRepaired) {

    DishonestyEntry(long id, String creditCode, long recordId, String listName, String basis, Severity severity,
                    Set<DishonestyMeasure> measures, LocalDate warnedOn, LocalDate effectiveOn, LocalDate endsOn,
                    LocalDate removedOn, String removalReason) {
        this(id, creditCode, recordId, listName, basis, severity, measures, warnedOn, effectiveOn, endsOn, removedOn,
                removalReason, false);
    }

    enum Status {
        WARNING("信用预警（宽限期内）"), IN_FORCE("列入名单"), FULFILLED_IN_GRACE("宽限期内已履行，未列入"),
        REMOVED("已移出"), EXPIRED("公示期满移出");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean inForceOn(LocalDate date) {
        return !effectiveOn.isAfter(date) && (date.isBefore(endsOn) || untilRepaired()) && (removedOn == null || date.isBefore(removedOn));
    }

    public Status statusOn(LocalDate date) {
        if (removedOn != null && !removedOn.isAfter(date)) {
            return removedOn.isAfter(effectiveOn) ? Status.REMOVED : Status.FULFILLED_IN_GRACE;
        }
        if (!date.isBefore(endsOn) && !untilRepaired()) {
            return Status.EXPIRED;
        }
        return date.isBefore(effectiveOn) ? Status.WARNING : Status.IN_FORCE;
    }

    public boolean inGraceOn(LocalDate date) {
        return statusOn(date) == Status.WARNING;
    }
}
