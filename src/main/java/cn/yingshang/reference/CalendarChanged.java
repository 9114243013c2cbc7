package cn.yingshang.reference;

import cn.yingshang.shared.RegionCode;

/** An administrator changed the calendar of a region; deadlines computed before may move. */
public record CalendarChanged(RegionCode regionCode, int year) {
}
