package cn.yingshang.services.internal;

import cn.yingshang.shared.TimeLimit;
import java.util.List;

/**
 * One item as a department implements it in its region (实施清单) with its guide (办事指南). A
 * promised limit of 0 days means the case is finished on the spot.
 */
@cn.yingshang.shared.DomainType
record Guide(long id, String itemCode, String name, ItemType type, String basis, Level level, String regionCode,
             String department, TimeLimit statutoryLimit, TimeLimit promisedLimit, boolean instant,
             List<String> channels, String onlineDepth, String tongban, String window, String hours,
             String conditions, String steps, List<String> fees, int sinceVersion, String departmentCode,
             String seedRef) {

    /**
     * How much shorter the promised limit is than the statutory one, in whole percent (001 §31:
     * promised limits are published next to statutory ones). 0 when no statutory limit is set.
     */
    public int compressionPercent() {
        int statutory = statutoryLimit.days();
        if (statutory == 0) {
            return 0;
        }
        return (int) Math.round(100.0 * (statutory - promisedLimit.days()) / statutory);
    }
}
