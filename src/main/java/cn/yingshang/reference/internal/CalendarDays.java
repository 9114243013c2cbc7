package cn.yingshang.reference.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.CacheVersions;
import cn.yingshang.platform.SharedMap;
import cn.yingshang.reference.CalendarChanged;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.shared.CalendarDay;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores calendar days per region and serves the combined calendar of a region from memory. */
@Service
class CalendarDays implements WorkingCalendars {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    /**
     * Every legal deadline reads it, so it is held in memory; an edited holiday is in force on every
     * node within the cache-version poll interval (CacheVersions), not only on the node that saved it.
     */
    private final SharedMap<RegionCode, WorkingDayCalendar> cache;

    CalendarDays(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events, CacheVersions versions) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.cache = new SharedMap<>(versions, "reference.calendar", this::load);
    }

    @Override
    public WorkingDayCalendar forRegion(RegionCode region) {
        return cache.get(region.current());
    }

    private WorkingDayCalendar load(RegionCode region) {
        // Later (more local) regions override earlier ones on the same date.
        List<String> chain = new ArrayList<>();
        for (RegionCode r = region; r != null; r = r.parent().orElse(null)) {
            chain.addFirst(r.code());
        }
        Map<LocalDate, CalendarDay> days = new LinkedHashMap<>();
        for (String code : chain) {
            for (CalendarDay day : daysOf(code)) {
                days.put(day.date(), day);
            }
        }
        // The statutory holidays are the base of every year without a loaded national notice
        // (《全国年节及纪念日放假办法》); such years are provisional until the notice is entered.
        return WorkingDayCalendar.of(days.values()).withStatutoryBase(noticedYears(), FIRST_YEAR, LAST_YEAR);
    }

    /** Years the platform computes deadlines in: the API accepts spans of up to ten years. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    /** Years whose national holiday notice has been entered (any national day of that year). */
    Set<Integer> noticedYears() {
        return Set.copyOf(jdbc.sql("""
                        SELECT DISTINCT CAST(extract(YEAR FROM day) AS INT) FROM reference_calendar_day
                        WHERE region_code = :r""")
                .param("r", RegionCode.NATIONAL.code()).query(Integer.class).list());
    }

    List<CalendarDay> daysOf(String regionCode) {
        return jdbc.sql("SELECT day, off_day, name FROM reference_calendar_day WHERE region_code = :r ORDER BY day")
                .param("r", regionCode)
                .query((rs, n) -> new CalendarDay(rs.getObject(1, LocalDate.class), rs.getBoolean(2), rs.getString(3)))
                .list();
    }

    List<CalendarDay> daysOf(String regionCode, int year) {
        return daysOf(regionCode).stream().filter(d -> d.date().getYear() == year).toList();
    }

    @Transactional
    public void put(RegionCode region, CalendarDay day) {
        if (day.name() == null || day.name().isBlank()) {
            throw DomainViolation.of("name", "reference.calendar-day.name.required");
        }
        List<CalendarDay> before = jdbc.sql("SELECT day, off_day, name FROM reference_calendar_day WHERE region_code = :r AND day = :d")
                .param("r", region.code()).param("d", day.date())
                .query((rs, n) -> new CalendarDay(rs.getObject(1, LocalDate.class), rs.getBoolean(2), rs.getString(3))).list();
        jdbc.sql("""
                        INSERT INTO reference_calendar_day (region_code, day, off_day, name) VALUES (:r, :d, :off, :name)
                        ON CONFLICT (region_code, day) DO UPDATE SET off_day = EXCLUDED.off_day, name = EXCLUDED.name""")
                .param("r", region.code()).param("d", day.date()).param("off", day.offDay()).param("name", day.name().trim())
                .update();
        audit.record("calendar.put", "calendar-day", region.code() + "/" + day.date(),
                before.isEmpty() ? null : before.getFirst(), day);
        changed(region, day.date().getYear());
    }

    @Transactional
    public void remove(RegionCode region, LocalDate date) {
        int removed = jdbc.sql("DELETE FROM reference_calendar_day WHERE region_code = :r AND day = :d")
                .param("r", region.code()).param("d", date).update();
        if (removed > 0) {
            audit.record("calendar.remove", "calendar-day", region.code() + "/" + date, Map.of("day", date), null);
            changed(region, date.getYear());
        }
    }

    @Transactional
    public int importDays(RegionCode region, Collection<CalendarDay> days) {
        days.forEach(d -> put(region, d));
        return days.size();
    }

    private void changed(RegionCode region, int year) {
        cache.changed();
        events.publishEvent(new CalendarChanged(region, year));
    }
}
