package cn.yingshang.policy;

import cn.yingshang.shared.RegionCode;
import java.time.LocalDate;
import java.util.List;

/**
 * Read-only counts of how far policies reach enterprises, for monitoring (000 §5; the cockpit):
 * by the entity's region (from its credit code) and the issuing department, and the cases behind
 * each count.
 */
public interface PolicyFigures {

    /** What is counted. MATCHED is as it stands now; the others count payouts made within [from, to]. */
    enum Measure {
        /** entity–policy pairs the engine currently matches, over published policies */
        MATCHED,
        /** payouts made in the period */
        GRANTED,
        /** of those, granted without application (免申即享 batches) */
        GRANTED_WITHOUT_APPLICATION,
        /** the days from the policy's publication to each payout, added up (divide by GRANTED for the mean) */
        PAYOUT_DAYS
    }

    /** {@code region} is null when the credit code names no known Xinjiang region. */
    record Tally(Measure measure, RegionCode region, Long departmentId, long amount) {
    }

    record PolicyCase(String creditCode, String entityName, long policyId, String policyTitle, String detail,
                      LocalDate date, String link) {
    }

    record CaseList(List<PolicyCase> items, long total) {
    }

    List<Tally> tally(LocalDate from, LocalDate to);

    /** The cases counted in a measure, within a region (a prefix of the credit code's region) and optionally one department. */
    CaseList cases(Measure measure, LocalDate from, LocalDate to, RegionCode region, Long departmentId, int page, int size);
}
