package cn.yingshang.reference.internal;

import cn.yingshang.platform.ApiScope;
import cn.yingshang.shared.CalendarDay;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.RegionCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The working-day calendar page's writes as API operations (issue 17): enter a run of holidays or
 * adjusted working days, remove a day, import a holiday file; through the same {@link CalendarDays}
 * as the page (audited, caches refreshed, deadlines recomputed). The reads stay public under
 * {@code /api/v1/reference}.
 */
@Tag(name = "calendar", description = "reference.api.calendar.tag")
@RestController
@PreAuthorize("hasAuthority('calendar:manage')")
class CalendarApi {

    static final int MAX_DAYS = 31;

    private final CalendarDays days;
    private final HolidayFileReader reader;

    CalendarApi(CalendarDays days, HolidayFileReader reader) {
        this.days = days;
        this.reader = reader;
    }

    record CalendarDayRange(LocalDate first, LocalDate last, Boolean offDay, String name) {
    }

    record CalendarDaysJson(String region, int count, List<CalendarDay> days) {
    }

    @Operation(operationId = "addCalendarDays", summary = "reference.api.calendar.add")
    @PostMapping("/api/v1/calendars/{region}/days")
    @ApiScope("calendar:manage")
    ResponseEntity<CalendarDaysJson> add(@PathVariable String region, @RequestBody CalendarDayRange range) {
        RegionCode code = region(region);
        if (range.first() == null) {
            throw DomainViolation.of("first", "reference.api.calendar.first-required");
        }
        if (range.name() == null || range.name().isBlank()) {
            throw DomainViolation.of("name", "reference.calendar-day.name.required");
        }
        LocalDate last = range.last() == null ? range.first() : range.last();
        if (last.isBefore(range.first())) {
            throw DomainViolation.of("last", "reference.api.calendar.order");
        }
        if (range.first().datesUntil(last.plusDays(1)).count() > MAX_DAYS) {
            throw DomainViolation.of("last", "reference.api.calendar.length", MAX_DAYS);
        }
        List<CalendarDay> added = range.first().datesUntil(last.plusDays(1))
                .map(d -> new CalendarDay(d, !Boolean.FALSE.equals(range.offDay()), range.name().strip())).toList();
        days.importDays(code, added);
        return ResponseEntity.status(HttpStatus.CREATED).body(new CalendarDaysJson(code.code(), added.size(), added));
    }

    @Operation(operationId = "removeCalendarDay", summary = "reference.api.calendar.remove")
    @DeleteMapping("/api/v1/calendars/{region}/days/{day}")
    @ApiScope("calendar:manage")
    ResponseEntity<Void> remove(@PathVariable String region,
                                @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        days.remove(region(region), day);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "importCalendarDays", summary = "reference.api.calendar.import")
    @PostMapping(path = "/api/v1/calendars/{region}/imports", consumes = "multipart/form-data")
    @ApiScope("calendar:manage")
    ResponseEntity<CalendarDaysJson> importFile(@PathVariable String region, @RequestPart("file") MultipartFile file)
            throws IOException {
        RegionCode code = region(region);
        List<CalendarDay> parsed = reader.read(file.getOriginalFilename(), file.getBytes());
        days.importDays(code, parsed);
        return ResponseEntity.status(HttpStatus.CREATED).body(new CalendarDaysJson(code.code(), parsed.size(), parsed));
    }

    private static RegionCode region(String text) {
        return ReferenceApi.region(text);
    }
}
