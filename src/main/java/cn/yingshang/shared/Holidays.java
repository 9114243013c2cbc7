package cn.yingshang.shared;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The holiday notices shipped in {@code reference/holidays.csv}: national days (region 000000)
 * and the days regions add (Xinjiang's 肉孜节 and 古尔邦节 under Art. 4 of
 * 《全国年节及纪念日放假办法》). This is the seed; the platform's administrators keep the
 * calendar current, since each year's notice comes out only late the year before.
 */
public final class Holidays {

    static final String RESOURCE = "reference/holidays.csv";

    private static final Map<RegionCode, List<CalendarDay>> DAYS = load();
    private static final Map<RegionCode, WorkingDayCalendar> CALENDARS = new ConcurrentHashMap<>();

    private Holidays() {
    }

    /** The days a region itself declares (not those it inherits), in date order. */
    public static List<CalendarDay> declaredBy(RegionCode region) {
        return DAYS.getOrDefault(region.current(), List.of());
    }

    /**
     * The calendar in force in a region: the national days, then those of each region above it,
     * then its own, each level overriding the one above on the same date.
     */
    public static WorkingDayCalendar calendarFor(RegionCode region) {
        return CALENDARS.computeIfAbsent(region.current(), Holidays::layered);
    }

    private static WorkingDayCalendar layered(RegionCode region) {
        Deque<RegionCode> topDown = new ArrayDeque<>();
        for (RegionCode r = region; r != null; r = r.parent().orElse(null)) {
            topDown.push(r);
        }
        WorkingDayCalendar calendar = WorkingDayCalendar.mondayToFriday();
        for (RegionCode level : topDown) {
            calendar = calendar.overriddenBy(declaredBy(level));
        }
        return calendar;
    }

    private static Map<RegionCode, List<CalendarDay>> load() {
        Map<RegionCode, List<CalendarDay>> days = new LinkedHashMap<>();
        for (String[] f : ReferenceCsv.rows(RESOURCE, 4)) {
            boolean offDay = switch (f[2]) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new IllegalStateException(RESOURCE + ": off_day must be true or false, was " + f[2]);
            };
            days.computeIfAbsent(RegionCode.of(f[0]), r -> new ArrayList<>())
                    .add(new CalendarDay(LocalDate.parse(f[1]), offDay, f[3]));
        }
        days.replaceAll((region, list) -> {
            WorkingDayCalendar.of(list); // refuses a date a region lists twice
            return List.copyOf(list);
        });
        return Map.copyOf(days);
    }
}
