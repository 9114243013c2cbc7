package cn.yingshang.shared;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day that breaks the Monday-to-Friday rule: a holiday on a weekday ({@code offDay} true),
 * or a weekend day worked in exchange (调休, {@code offDay} false). The shape of holiday-cn's
 * {@code {name, date, isOffDay}}, so its yearly files can be imported as they are.
 */
public record CalendarDay(LocalDate date, boolean offDay, String name) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        if (name == null || name.isBlank()) {
            throw DomainViolation.of("name", "calendar-day.name.required");
        }
    }

    public static CalendarDay holiday(LocalDate date, String name) {
        return new CalendarDay(date, true, name);
    }

    public static CalendarDay workingWeekend(LocalDate date, String name) {
        return new CalendarDay(date, false, name);
    }
}
