package cn.yingshang.registry;

import cn.yingshang.shared.RegionCode;
import java.time.LocalDate;
import java.util.List;

/**
 * Read-only counts over the registry for monitoring (000 §5): how many active entities each
 * region has, how many of them are on the abnormal-operation list and how many are dormant
 * candidates (004 #3), and the entities behind each count.
 */
public interface RegistryFigures {

    /** One row per region code that has active entities (county level as registered). */
    List<RegionTally> tallyByRegion(LocalDate asOf);

    /** Active entities in the region (a prefix of the code: 650100 → 6501…) on the abnormal list on that day. */
    EntityPage abnormalEntities(RegionCode region, LocalDate asOf, int page, int size);

    /** Active dormant candidates (004 #3) in the region as of that day. */
    EntityPage dormantEntities(RegionCode region, LocalDate asOf, int page, int size);

    record RegionTally(RegionCode region, long active, long abnormal, long dormant) {
    }
}
