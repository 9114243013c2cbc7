package cn.yingshang.credit;

import java.time.LocalDate;
import java.util.List;

/** Government integrity (000 §31, 003 §55): arrears, broken contracts and promises, unperformed judgments. */
public interface GovernmentIntegrityRecords {

    /** Records idempotently per (source, sourceRef); returns the record's id. */
    long record(NewGovernmentIntegrityRecord record);

    /** The body made good (paid, performed): the record stays in the history marked resolved. */
    void resolve(String source, String sourceRef, LocalDate resolvedOn);

    /** Unresolved records, newest first, optionally only in regions starting with {@code regionPrefix} (null: all). */
    List<GovernmentIntegrityRecord> unresolved(String regionPrefix, int limit);
}
