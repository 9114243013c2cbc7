package cn.yingshang.credit.internal;

import cn.yingshang.credit.Severity;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Shortest and longest publicity periods per severity (信用修复管理办法): repair may be requested once
 * the shortest has passed; publication stops by itself at the end of the longest.
 */
@cn.yingshang.shared.DomainType
record PublicityPeriods(Map<Severity, Period> periods) {

    record Period(int shortestMonths, int longestMonths) {
    }

    /** When repair may first be requested and the first day the record is no longer public. */
    record Window(LocalDate repairableFrom, LocalDate publicUntil) {
    }

    PublicityPeriods {
        periods = new EnumMap<>(periods);
        for (Severity s : Severity.values()) {
            if (!periods.containsKey(s)) {
                throw new IllegalArgumentException("missing publicity period for " + s);
            }
        }
    }

    static PublicityPeriods defaults() {
        return new PublicityPeriods(Map.of(Severity.MINOR, new Period(0, 3), Severity.ORDINARY, new Period(3, 12),
                Severity.SERIOUS, new Period(12, 36)));
    }

    /** Null severity (licences, honours, compliant results): public without end, nothing to repair. */
    Window windowFor(LocalDate decidedOn, Severity severity) {
        if (severity == null) {
            return new Window(null, null);
        }
        Period p = periods.get(severity);
        return new Window(decidedOn.plusMonths(p.shortestMonths()), decidedOn.plusMonths(p.longestMonths()));
    }

    public Period of(Severity severity) {
        return periods.get(severity);
    }
}
