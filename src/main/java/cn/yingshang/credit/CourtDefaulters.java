package cn.yingshang.credit;

import java.time.LocalDate;
import java.util.Optional;

/** What a court tells the credit module about its judgment defaulters (失信被执行人, 002 #37). */
public interface CourtDefaulters {

    /**
     * The defaulter performed: the court's entry is deleted from the list and the record repaired
     * within three days of performance, decided by the court. Returns the repair date, or empty when
     * the entry was already repaired or is no longer public (a repeated report changes nothing).
     */
    Optional<LocalDate> performed(String courtCode, String sourceRecordId, LocalDate performedOn, String actor);
}
