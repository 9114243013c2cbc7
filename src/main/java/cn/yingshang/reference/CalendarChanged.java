package cn.yingshang.reference;

/** An administrator changed the calendar of a region; deadlines computed before may move. */
public record CalendarChanged(String regionCode, int year) {
}
