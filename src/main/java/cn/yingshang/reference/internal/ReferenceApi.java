package cn.yingshang.reference.internal;

import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.shared.CalendarDay;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.DayCount;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.TimeLimit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "reference", description = "api.reference.tag.description")
@RestController
@RequestMapping("/api/v1/reference")
class ReferenceApi {

    private final WorkingCalendars calendars;
    private final CalendarDays days;

    ReferenceApi(WorkingCalendars calendars, CalendarDays days) {
        this.calendars = calendars;
        this.days = days;
    }

    record CreditCodeCheck(String code, boolean valid, String reason, String expectedCheckCharacter) {
    }

    @Operation(summary = "api.reference.creditCode")
    @GetMapping("/credit-codes/{code}")
    CreditCodeCheck creditCode(@PathVariable String code) {
        CreditCode.Check check = CreditCode.check(code);
        return new CreditCodeCheck(check.code(), check.valid(), check.reason(),
                check.expectedCheckCharacter() == null ? null : check.expectedCheckCharacter().toString());
    }

    /**
     * {@code provisional}: the span runs through a year whose holiday notice is not loaded; the statutory
     * holidays are counted, the notice's bridging days and 调休 may still move the deadline.
     */
    record Deadline(LocalDate start, int days, DayCount count, String region, String regionName, LocalDate deadline,
                    boolean provisional) {
    }

    @Operation(summary = "api.reference.deadline")
    @GetMapping("/deadlines")
    Deadline deadline(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
                      @RequestParam int days, @RequestParam(defaultValue = "WORKING") DayCount count,
                      @RequestParam(defaultValue = "650000") String region) {
        if (days < 0 || days > 3650) {
            throw DomainViolation.of("days", "reference.deadline.days.range");
        }
        if (start.getYear() < 1949 || start.getYear() > 9999) {
            throw DomainViolation.of("start", "input.year-range");
        }
        RegionCode code = region(region);
        TimeLimit limit = new TimeLimit(days, count);
        LocalDate deadline = calendars.deadline(code, start, limit);
        return new Deadline(start, days, count, code.code(), code.name(), deadline, calendars.provisional(code, start, deadline));
    }

    @Operation(summary = "api.reference.calendar")
    @GetMapping("/calendars/{region}/{year}")
    List<CalendarDay> calendar(@PathVariable String region, @PathVariable int year) {
        if (year < 1949 || year > 9999) {
            throw DomainViolation.of("year", "input.year-range");
        }
        RegionCode code = region(region);
        var calendar = calendars.forRegion(code);
        return calendar.days().stream().filter(d -> d.date().getYear() == year).toList();
    }

    /** An unknown region code (say "XX") is the caller's mistake: a 400 naming the field, not a 500. */
    static RegionCode region(String text) {
        try {
            return RegionCode.of(text);
        } catch (IllegalArgumentException e) {
            throw DomainViolation.of("region", "input.enum", text);
        }
    }
}
