package cn.yingshang.reference;

import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.TimeLimit;
import cn.yingshang.shared.WorkingDayCalendar;
import java.time.LocalDate;

/** The working-day calendar of each region: national days plus those of the region and its ancestors. */
public interface WorkingCalendars {

    WorkingDayCalendar forRegion(RegionCode region);

    default LocalDate deadline(RegionCode region, LocalDate start, TimeLimit limit) {
        return forRegion(region).deadline(start, limit);
    }

    /**
     * Whether a deadline from {@code start} to {@code end} runs through a year whose holiday notice is
     * not loaded: its statutory holidays are counted, its 调休 and bridging days are not yet known.
     */
    default boolean provisional(RegionCode region, LocalDate start, LocalDate end) {
        return forRegion(region).provisionalBetween(start, end);
    }
}
