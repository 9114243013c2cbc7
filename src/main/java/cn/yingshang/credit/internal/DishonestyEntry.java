package cn.yingshang.credit.internal;

import cn.yingshang.platform.Text;
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
        WARNING("credit.status.WARNING"), IN_FORCE("credit.status.IN_FORCE"), FULFILLED_IN_GRACE("credit.status.FULFILLED_IN_GRACE"),
        REMOVED("credit.status.REMOVED"), EXPIRED("credit.status.EXPIRED");

        private final String key;

        Status(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        /** The label in the request's language. */
        public String label() {
            return Text.of(key);
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
