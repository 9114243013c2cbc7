package cn.yingshang.reference.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.NavigationItem;
import cn.yingshang.platform.NavigationItems;
import cn.yingshang.platform.Portal;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.shared.CalendarDay;
import cn.yingshang.shared.DayCount;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.Regions;
import cn.yingshang.shared.TimeLimit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators enter each year's holiday notice (national and Xinjiang) here, not in code. */
@Controller
@RequestMapping("/workbench/calendar")
@PreAuthorize("hasAuthority('calendar:manage')")
class CalendarAdminController {

    private final CalendarDays days;
    private final WorkingCalendars calendars;
    private final HolidayFileReader reader;

    private final Clock clock;

    CalendarAdminController(CalendarDays days, WorkingCalendars calendars, HolidayFileReader reader, Clock clock) {
        this.days = days;
        this.calendars = calendars;
        this.reader = reader;
        this.clock = clock;
    }

    record DayRange(@NotNull(message = "{reference.calendar.firstRequired}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate first,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate last,
                    boolean offDay,
                    @NotBlank(message = "{reference.calendar.nameRequired}") String name) {
    }

    @GetMapping
    String show(@RequestParam(defaultValue = "650000") String region, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
                @RequestParam(required = false) Integer limitDays,
                @RequestParam(defaultValue = "WORKING") DayCount count, Model model) {
        RegionCode code = RegionCode.of(region);
        LocalDate today = LocalDate.now(clock);
        int shownYear = year == null ? today.getYear() : year;
        // The next year's notice usually comes out in November; from then on deadlines already run into it.
        if (today.getMonthValue() >= 11 && !days.noticedYears().contains(today.getYear() + 1)) {
            model.addAttribute("missingNoticeYear", String.valueOf(today.getYear() + 1));
        }
        model.addAttribute("region", code);
        model.addAttribute("year", shownYear);
        model.addAttribute("regions", regionChoices());
        model.addAttribute("national", days.daysOf(RegionCode.NATIONAL.code(), shownYear));
        model.addAttribute("regional", code.equals(RegionCode.NATIONAL) ? List.of() : days.daysOf(code.code(), shownYear));
        if (!model.containsAttribute("range")) {
            model.addAttribute("range", new DayRange(null, null, true, ""));
        }
        if (start != null && limitDays != null) {
            LocalDate computed = calendars.deadline(code, start, new TimeLimit(limitDays, count));
            model.addAttribute("computed", computed);
            model.addAttribute("computedProvisional", calendars.provisional(code, start, computed));
        }
        model.addAttribute("start", start);
        model.addAttribute("limitDays", limitDays);
        model.addAttribute("count", count);
        return "reference/calendar";
    }

    @PostMapping
    String add(@RequestParam String region, @Valid @ModelAttribute("range") DayRange range, BindingResult errors,
               Model model, RedirectAttributes redirect) {
        RegionCode code = RegionCode.of(region);
        LocalDate last = range.last() == null ? range.first() : range.last();
        if (!errors.hasErrors() && last.isBefore(range.first())) {
            errors.rejectValue("last", "order", Text.of("reference.calendar.lastBeforeFirst"));
        }
        if (!errors.hasErrors() && range.first().datesUntil(last.plusDays(1)).count() > 31) {
            errors.rejectValue("last", "length", Text.of("reference.calendar.tooLong"));
        }
        if (errors.hasErrors()) {
            cn.yingshang.platform.FormErrors.show(model, cn.yingshang.platform.FormErrors.of(errors));
            return show(region, range.first() == null ? null : range.first().getYear(), null, null, DayCount.WORKING, model);
        }
        List<CalendarDay> added = range.first().datesUntil(last.plusDays(1))
                .map(d -> new CalendarDay(d, range.offDay(), range.name())).toList();
        days.importDays(code, added);
        redirect.addFlashAttribute("flash", Text.of("reference.calendar.saved", added.size()));
        return "redirect:/workbench/calendar?region=" + code.code() + "&year=" + range.first().getYear();
    }

    @PostMapping("/remove")
    String remove(@RequestParam String region, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                  RedirectAttributes redirect) {
        RegionCode code = RegionCode.of(region);
        days.remove(code, day);
        redirect.addFlashAttribute("flash", Text.of("reference.calendar.deleted", String.valueOf(day)));
        return "redirect:/workbench/calendar?region=" + code.code() + "&year=" + day.getYear();
    }

    @PostMapping("/import")
    String importFile(@RequestParam String region, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        RegionCode code = RegionCode.of(region);
        try {
            List<CalendarDay> parsed = reader.read(file.getOriginalFilename(), file.getBytes());
            days.importDays(code, parsed);
            redirect.addFlashAttribute("flash", Text.of("reference.calendar.imported", parsed.size()));
        } catch (DomainViolation e) {
            redirect.addFlashAttribute("flash", Text.of("reference.calendar.importFailed", e.getMessage()));
        }
        return "redirect:/workbench/calendar?region=" + code.code();
    }

    private static List<RegionCode> regionChoices() {
        List<RegionCode> choices = new ArrayList<>();
        choices.add(RegionCode.NATIONAL);
        choices.add(Regions.XINJIANG);
        choices.addAll(Regions.prefectures());
        return choices;
    }
}
