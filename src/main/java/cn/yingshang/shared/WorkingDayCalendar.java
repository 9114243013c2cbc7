package cn.yingshang.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which days are working days, and where time limits end. Monday to Friday work, except the
 * {@link CalendarDay}s given: holidays off, 调休 weekends worked. Immutable; one instance per
 * region (national days with the region's own on top, see {@link #overriddenBy}).
 *
 * <p>Every legal deadline of the platform comes from here. Counting uses a closed formula for
 * weekdays plus a prefix sum over the exceptions, so a count over any span costs two binary
 * searches, and adding n working days a binary search over that count.
 *
 * <p>A year whose notice has not been loaded still has its statutory holidays
 * ({@link StatutoryHolidays}, see {@link #withStatutoryBase}); only its bridging days and 调休
 * are unknown, so such a year is <em>provisional</em> and every deadline that runs through it
 * says so ({@link #provisionalBetween}). Keeping the notices current is an administrator's yearly task.
 */
public final class WorkingDayCalendar {

    /** 1970-01-05, a Monday: whole weeks are counted from here. */
    private static final long MONDAY_EPOCH_DAY = 4;

    private final Map<LocalDate, CalendarDay> days;
    /** Epoch days of the exceptions that change the Monday–Friday answer, ascending. */
    private final long[] changes;
    /** {@code adjustment[i]}: working days added (+1 per worked weekend) or removed (−1 per weekday off) by {@code changes[0..i)}. */
    private final int[] adjustment;
    /** Years whose notice is not loaded: their statutory days are known, their 调休 are not. */
    private final Set<Integer> provisionalYears;

    private WorkingDayCalendar(Map<LocalDate, CalendarDay> days) {
        this(days, Set.of());
    }

    private WorkingDayCalendar(Map<LocalDate, CalendarDay> days, Set<Integer> provisionalYears) {
        this.provisionalYears = Set.copyOf(provisionalYears);
        this.days = Map.copyOf(days);
        long[] epochDays = days.values().stream()
                .filter(d -> isWeekday(d.date()) == d.offDay())
                .mapToLong(d -> d.date().toEpochDay())
                .sorted()
                .toArray();
        this.changes = epochDays;
        this.adjustment = new int[epochDays.length + 1];
        for (int i = 0; i < epochDays.length; i++) {
            LocalDate date = LocalDate.ofEpochDay(epochDays[i]);
            adjustment[i + 1] = adjustment[i] + (this.days.get(date).offDay() ? -1 : 1);
        }
    }

    /** A calendar with these exceptions; a date given twice is a data error. */
    public static WorkingDayCalendar of(Collection<CalendarDay> days) {
        Map<LocalDate, CalendarDay> byDate = new HashMap<>();
        for (CalendarDay day : days) {
            if (byDate.put(day.date(), day) != null) {
                throw DomainViolation.of("date", "calendar-day.date.duplicate", day.date().toString());
            }
        }
        return new WorkingDayCalendar(byDate);
    }

    /** Monday to Friday, no holidays: for tests and for regions whose calendar is not loaded. */
    public static WorkingDayCalendar mondayToFriday() {
        return new WorkingDayCalendar(Map.of());
    }

    /**
     * This calendar with a region's own days on top: where both list a date, the region's wins
     * (a regional festival may fall on a national 调休 Saturday).
     */
    public WorkingDayCalendar overriddenBy(Collection<CalendarDay> regionalDays) {
        Map<LocalDate, CalendarDay> merged = new HashMap<>(days);
        WorkingDayCalendar regional = of(regionalDays);
        merged.putAll(regional.days);
        return new WorkingDayCalendar(merged, provisionalYears);
    }

    /**
     * This calendar with the statutory holidays of every year from {@code fromYear} to {@code toYear}
     * whose notice is not among {@code noticedYears}; those years become provisional. A date this
     * calendar already lists (a regional festival, a day an administrator entered) keeps its entry.
     */
    public WorkingDayCalendar withStatutoryBase(Set<Integer> noticedYears, int fromYear, int toYear) {
        Map<LocalDate, CalendarDay> merged = new HashMap<>(days);
        Set<Integer> provisional = new HashSet<>(provisionalYears);
        for (int year = fromYear; year <= toYear; year++) {
            if (!noticedYears.contains(year)) {
                provisional.add(year);
                for (CalendarDay day : StatutoryHolidays.of(year)) {
                    merged.putIfAbsent(day.date(), day);
                }
            }
        }
        return new WorkingDayCalendar(merged, provisional);
    }

    /** Whether the year's notice is not loaded, so its 调休 and bridging days are unknown. */
    public boolean isProvisional(int year) {
        return provisionalYears.contains(year);
    }

    /**
     * Whether a deadline counted from {@code start} to {@code end} runs through a provisional year:
     * the notice may still add bridging days off and move it.
     */
    public boolean provisionalBetween(LocalDate start, LocalDate end) {
        LocalDate from = start.isBefore(end) ? start : end;
        LocalDate to = start.isBefore(end) ? end : start;
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (provisionalYears.contains(year)) {
                return true;
            }
        }
        return false;
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarDay exception = days.get(date);
        return exception == null ? isWeekday(date) : !exception.offDay();
    }

    /** The holiday or 调休 entry for a date, to show its name. */
    public Optional<CalendarDay> exceptionOn(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    /** All exceptions, in date order. */
    public List<CalendarDay> days() {
        return days.values().stream().sorted(Comparator.comparing(CalendarDay::date)).toList();
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return addWorkingDays(date, 1);
    }

    /**
     * The n-th working day after {@code start} (n = 1: the next one). n = 0 gives {@code start}
     * itself when it is a working day, otherwise the next one. A negative n counts back: the
     * |n|-th working day before {@code start}.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n == 0) {
            return isWorkingDay(start) ? start : addWorkingDays(start, 1);
        }
        long from = start.toEpochDay();
        if (n > 0) {
            long target = workingDaysThrough(from) + n;
            return LocalDate.ofEpochDay(firstReaching(target, from, from + n * 7L / 5 + 16));
        }
        long before = from - 1;
        long target = workingDaysThrough(before) + n + 1;
        return LocalDate.ofEpochDay(firstReaching(target, before + n * 7L / 5 - 16, before));
    }

    /**
     * Where a time limit starting on {@code start} ends. Working days: the n-th working day after
     * the start. Natural days: start + n, moved to the next working day when it is a rest day —
     * 民法典 Art. 203 (期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日),
     * which applies to Saturdays and Sundays as much as to holidays.
     */
    public LocalDate deadline(LocalDate start, TimeLimit limit) {
        return switch (limit.count()) {
            case WORKING -> addWorkingDays(start, limit.days());
            case NATURAL -> {
                LocalDate end = start.plusDays(limit.days());
                yield isWorkingDay(end) ? end : nextWorkingDay(end);
            }
        };
    }

    /**
     * Working days after {@code fromExclusive} up to and including {@code toInclusive}: the time
     * used or left on a case. Negative when the dates are reversed, so "days left" turns
     * negative once a case is overdue.
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        return Math.toIntExact(workingDaysThrough(toInclusive.toEpochDay()) - workingDaysThrough(fromExclusive.toEpochDay()));
    }

    /**
     * Share of the working days from {@code start} to {@code deadline} used by {@code today}:
     * 0 at the start, 1 on the deadline, above 1 once overdue. A warning at 80 % is
     * {@code elapsedShare(...) >= 0.8}.
     */
    public double elapsedShare(LocalDate start, LocalDate deadline, LocalDate today) {
        int total = workingDaysBetween(start, deadline);
        if (total <= 0) {
            return today.isBefore(deadline) ? 0.0 : 1.0;
        }
        return Math.max(0, workingDaysBetween(start, today)) / (double) total;
    }

    /** Working days up to and including the epoch day, counted from a fixed origin: only differences mean anything. */
    private long workingDaysThrough(long epochDay) {
        long daysFromMonday = epochDay - MONDAY_EPOCH_DAY + 1;
        long weekdays = 5 * Math.floorDiv(daysFromMonday, 7) + Math.min(Math.floorMod(daysFromMonday, 7), 5);
        int index = Arrays.binarySearch(changes, epochDay);
        int through = index >= 0 ? index + 1 : -index - 1;
        return weekdays + adjustment[through];
    }

    /** The earliest epoch day whose count reaches {@code target}; it is always a working day. */
    private long firstReaching(long target, long low, long high) {
        while (workingDaysThrough(low) >= target) {
            low -= Math.max(16, high - low);
        }
        while (workingDaysThrough(high) < target) {
            high += Math.max(16, high - low);
        }
        while (high - low > 1) {
            long middle = low + (high - low) / 2;
            if (workingDaysThrough(middle) >= target) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return high;
    }

    private static boolean isWeekday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }
}
