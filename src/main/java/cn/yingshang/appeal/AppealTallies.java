package cn.yingshang.appeal;

import cn.yingshang.shared.RegionCode;
import java.time.LocalDate;
import java.util.List;

/**
 * Read-only counts of appeals for monitoring (000 §5; the cockpit), by region and lead department,
 * and the appeals behind each count. Merged and declined appeals are never counted.
 */
public interface AppealTallies {

    /** What is counted. Period measures count within [from, to]; OPEN and OVERDUE are as of {@code asOf}. */
    enum Measure {
        /** submitted in the period */
        SUBMITTED,
        /** complaints (投诉) submitted in the period */
        COMPLAINTS,
        /** complaints in the period about fees or certificates, the catalogues' appeal categories (catalogue complaints) */
        CATALOGUE_COMPLAINTS,
        /** complaints in the period about law enforcement: inspections and the political-legal bodies (002 #49's quarterly review) */
        ENFORCEMENT_COMPLAINTS,
        /** with a department, reply clock running (not paused), as of the day */
        OPEN,
        /** of those, past their due date */
        OVERDUE,
        /** replied in the period */
        REPLIED,
        /** replied in the period after the due date */
        REPLIED_LATE,
        /** rated in the period (closed with a rating) */
        RATED,
        /** rated 满意 or 基本满意 */
        SATISFIED
    }

    record Tally(Measure measure, RegionCode region, Long departmentId, long count) {
    }

    record AppealCase(long id, String trackingNumber, String title, RegionCode region, Long departmentId, String status,
                      LocalDate dueOn, String link) {
    }

    record CaseList(List<AppealCase> items, long total) {
    }

    List<Tally> tally(LocalDate from, LocalDate to, LocalDate asOf);

    CaseList cases(Measure measure, LocalDate from, LocalDate to, LocalDate asOf, RegionCode region, Long departmentId,
                   int page, int size);
}
