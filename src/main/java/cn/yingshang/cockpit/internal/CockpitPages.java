package cn.yingshang.cockpit.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.FormErrors;
import cn.yingshang.platform.Portal;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.Regions;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The cockpit's figure pages: map, indicator trend and ranking, the cases behind a figure, alerts, definitions. */
@Controller
class CockpitPages {

    static final int EXPORT_LIMIT = 10_000;
    static final int DEPARTMENT_ALERTS_SHOWN = 100;

    private final FigureViews figures;
    private final Indicators indicators;
    private final IndicatorComputation computation;
    private final Departments departments;
    private final AuditLog audit;
    private final IndicatorDefinitions definitions;

    CockpitPages(FigureViews figures, Indicators indicators, IndicatorComputation computation, Departments departments,
                 AuditLog audit, IndicatorDefinitions definitions) {
        this.definitions = definitions;
        this.figures = figures;
        this.indicators = indicators;
        this.computation = computation;
        this.departments = departments;
        this.audit = audit;
    }

    @ModelAttribute
    void portal(Model model) {
        model.addAttribute("portal", Portal.COCKPIT);
    }

    @GetMapping("/cockpit/map")
    @PreAuthorize("hasAuthority('cockpit:read')")
    String map(@RequestParam(required = false) String indicator, @RequestParam(required = false) String period, Model model) {
        Indicator i = figures.indicator(indicator);
        YearMonth month = figures.period(period);
        model.addAttribute("indicators", indicators.enabled());
        model.addAttribute("indicator", i);
        model.addAttribute("period", month.toString());
        model.addAttribute("rows", figures.byPrefecture(i, month));
        model.addAttribute("ranked", FigureViews.ranked(i, figures.byPrefecture(i, month)));
        model.addAttribute("total", figures.total(i, month));
        model.addAttribute("alertCount", figures.alertCount(month));
        return "cockpit/map";
    }

    @GetMapping("/cockpit/map.xlsx")
    @PreAuthorize("hasAuthority('cockpit:read')")
    void mapExport(@RequestParam(required = false) String indicator, @RequestParam(required = false) String period,
                   HttpServletResponse response) {
        Indicator i = figures.indicator(indicator);
        YearMonth month = figures.period(period);
        List<FigureViews.Row> rows = new ArrayList<>(figures.byPrefecture(i, month));
        FigureViews.Row total = figures.total(i, month);
        if (total != null) {
            rows.add(total);
        }
        figureSheet(response, i.name() + "-" + month + ".xlsx", i, rows, false);
    }

    @GetMapping("/cockpit/indicators/{code}")
    @PreAuthorize("hasAuthority('cockpit:read')")
    String indicator(@PathVariable String code, @RequestParam(defaultValue = "650000") String region,
                     @RequestParam(required = false) String period, Model model) {
        Indicator i = indicators.require(code);
        YearMonth month = figures.period(period);
        RegionCode r = Regions.find(region).orElse(Regions.XINJIANG);
        model.addAttribute("indicator", i);
        model.addAttribute("period", month.toString());
        model.addAttribute("region", r);
        model.addAttribute("prefectures", Regions.prefectures());
        model.addAttribute("trend", figures.trend(i, r, month, 12));
        model.addAttribute("departments", FigureViews.ranked(i, figures.byDepartment(i, month, r)));
        return "cockpit/indicator";
    }

    @GetMapping("/cockpit/indicators/{code}.xlsx")
    @PreAuthorize("hasAuthority('cockpit:read')")
    void indicatorExport(@PathVariable String code, @RequestParam(defaultValue = "650000") String region,
                         @RequestParam(required = false) String period, HttpServletResponse response) {
        Indicator i = indicators.require(code);
        YearMonth month = figures.period(period);
        RegionCode r = Regions.find(region).orElse(Regions.XINJIANG);
        List<FigureViews.Row> rows = new ArrayList<>(figures.trend(i, r, month, 12));
        rows.addAll(figures.byDepartment(i, month, r));
        figureSheet(response, i.name() + "-" + r.name() + "-" + month + ".xlsx", i, rows, true);
    }

    private static void figureSheet(HttpServletResponse response, String filename, Indicator i, List<FigureViews.Row> rows,
                                    boolean withDepartment) {
        List<String> headings = List.of(cn.yingshang.platform.Text.of("cockpit.export.figures.headers").split(","));
        cn.yingshang.platform.XlsxExport.write(response, filename, cn.yingshang.platform.Text.of("cockpit.export.figures.sheet"), headings, rows.stream().map(r -> List.<Object>of(r.period(),
                r.regionName(), withDepartment ? r.departmentName() : cn.yingshang.platform.Text.of("cockpit.export.figures.allDepartments"), r.numerator(),
                r.denominator() == null ? "" : r.denominator(), r.display(), r.status().label())).toList());
    }

    @GetMapping("/cockpit/indicators/{code}/cases")
    @PreAuthorize("hasAuthority('cockpit:read')")
    String cases(@PathVariable String code, @RequestParam(defaultValue = "650000") String region,
                 @RequestParam(required = false) String period, @RequestParam(required = false) Long department,
                 @RequestParam(required = false) String measure, @RequestParam(defaultValue = "0") int page, Model model) {
        Indicator i = indicators.require(code);
        YearMonth month = figures.period(period);
        RegionCode r = Regions.find(region).orElse(Regions.XINJIANG);
        String m = measure(i, measure);
        FigureSource source = computation.source(i.source());
        model.addAttribute("indicator", i);
        model.addAttribute("period", month.toString());
        model.addAttribute("region", r);
        model.addAttribute("department", department);
        model.addAttribute("departmentName", department == null ? Text.of("cockpit.allDepartments")
                : departments.byId(DepartmentId.of(department)).map(d -> d.name()).orElse(""));
        model.addAttribute("measure", m);
        model.addAttribute("measureLabel", source.measures().getOrDefault(m, m));
        model.addAttribute("numeratorLabel", source.measures().getOrDefault(i.numerator(), i.numerator()));
        model.addAttribute("denominatorLabel", i.isRatio() ? source.measures().getOrDefault(i.denominator(), i.denominator()) : null);
        model.addAttribute("figure", figureOf(i, month, r, department));
        model.addAttribute("cases", source.cases(m, month, r, department, i.filterMap(), Math.max(0, page), 50));
        StringBuilder base = new StringBuilder("/cockpit/indicators/" + i.code() + "/cases?period=" + month + "&region=" + r.code()
                + "&measure=" + m);
        if (department != null) {
            base.append("&department=").append(department);
        }
        model.addAttribute("base", base.toString());
        model.addAttribute("exportUrl", base.toString().replace("/cases?", "/cases.xlsx?"));
        return "cockpit/cases";
    }

    private FigureViews.Row figureOf(Indicator i, YearMonth month, RegionCode region, Long department) {
        if (department != null) {
            return figures.byDepartment(i, month, region).stream().filter(r -> department.equals(r.departmentId()))
                    .findFirst().orElse(null);
        }
        if (region.equals(Regions.XINJIANG)) {
            return figures.total(i, month);
        }
        return figures.byPrefecture(i, month).stream().filter(r -> r.regionCode().equals(region.code())).findFirst()
                .orElse(null);
    }

    @GetMapping("/cockpit/indicators/{code}/cases.xlsx")
    @PreAuthorize("hasAuthority('cockpit:read')")
    void casesExport(@PathVariable String code, @RequestParam(defaultValue = "650000") String region,
                     @RequestParam(required = false) String period, @RequestParam(required = false) Long department,
                     @RequestParam(required = false) String measure, HttpServletResponse response) {
        Indicator i = indicators.require(code);
        YearMonth month = figures.period(period);
        RegionCode r = Regions.find(region).orElse(Regions.XINJIANG);
        String m = measure(i, measure);
        FigureSource.CasePage cases = computation.source(i.source()).cases(m, month, r, department, i.filterMap(), 0, EXPORT_LIMIT);
        audit.record("cockpit.cases.export", "indicator", i.code(), null,
                java.util.Map.of("region", r.code(), "period", month.toString(), "measure", m, "rows", cases.rows().size()));
        cn.yingshang.platform.XlsxExport.write(response, cn.yingshang.platform.Text.of("cockpit.export.cases.file", i.name(), r.name(), month),
                cn.yingshang.platform.Text.of("cockpit.export.cases.sheet"), List.of(cn.yingshang.platform.Text.of("cockpit.export.cases.headers").split(",")),
                cases.rows().stream().map(c -> List.<Object>of(c.reference(), c.title(), c.region(), c.department(), c.status(),
                        c.date() == null ? "" : c.date().toString())).toList());
    }

    private static String measure(Indicator i, String measure) {
        if (measure == null || measure.isBlank()) {
            return i.numerator();
        }
        if (!measure.equals(i.numerator()) && !measure.equals(i.denominator())) {
            throw DomainViolation.of("measure", "cockpit.indicators.measureUnknown", measure);
        }
        return measure;
    }

    @GetMapping("/cockpit/alerts")
    @PreAuthorize("hasAuthority('cockpit:read')")
    String alerts(@RequestParam(required = false) String period, Model model) {
        YearMonth month = figures.period(period);
        List<FigureViews.Alert> all = figures.alerts(month);
        List<FigureViews.Alert> byDepartment = all.stream().filter(a -> a.row().departmentId() != null).toList();
        model.addAttribute("period", month.toString());
        model.addAttribute("alerts", all.stream().filter(a -> a.row().departmentId() == null).toList());
        // Hundreds of departments can breach at once; the page shows the first ones, the export all of them.
        model.addAttribute("departmentAlerts", byDepartment.stream().limit(DEPARTMENT_ALERTS_SHOWN).toList());
        model.addAttribute("departmentAlertTotal", byDepartment.size());
        return "cockpit/alerts";
    }

    @GetMapping("/cockpit/alerts.xlsx")
    @PreAuthorize("hasAuthority('cockpit:read')")
    void alertsExport(@RequestParam(required = false) String period, HttpServletResponse response) {
        YearMonth month = figures.period(period);
        cn.yingshang.platform.XlsxExport.write(response, cn.yingshang.platform.Text.of("cockpit.export.alerts.file", month), cn.yingshang.platform.Text.of("cockpit.export.alerts.sheet"),
                List.of(cn.yingshang.platform.Text.of("cockpit.export.alerts.headers").split(",")),
                figures.alerts(month).stream().map(a -> List.<Object>of(a.indicator().name(), a.row().regionName(),
                        a.row().departmentName(), a.row().display(), a.indicator().format(a.indicator().breach()),
                        a.row().denominator() == null ? a.row().numerator() : a.row().denominator())).toList());
    }

    @PostMapping("/cockpit/compute")
    @PreAuthorize("hasAuthority('cockpit:manage')")
    String compute(@RequestParam(required = false) String period, @RequestParam(required = false) String back,
                   RedirectAttributes redirect) {
        YearMonth month = period == null || period.isBlank() ? figures.currentMonth() : figures.period(period);
        computation.computeAllAtOnce(month);
        audit.record("cockpit.compute", "period", month.toString(), null, null);
        redirect.addFlashAttribute("flash", Text.of("cockpit.flash.recomputed", month.toString()));
        return "redirect:" + (back != null && back.startsWith("/cockpit/") ? back : "/cockpit/map?period=" + month);
    }

    // ---- definitions -------------------------------------------------------------------------

    @GetMapping("/cockpit/indicators")
    @PreAuthorize("hasAuthority('cockpit:read')")
    String definitions(Model model) {
        model.addAttribute("indicators", indicators.all());
        model.addAttribute("sources", computation.sources());
        return "cockpit/indicators";
    }

    record IndicatorForm(String code, String name, String module, String source, String numerator, String denominator,
                         String filters, String direction, BigDecimal onTrack, BigDecimal breach, Integer minSample,
                         String description, Boolean enabled, Integer sortOrder, String unit) {

        static IndicatorForm of(Indicator i) {
            return new IndicatorForm(i.code(), i.name(), i.module(), i.source(), i.numerator(), i.denominator(), i.filters(),
                    i.direction().name(), i.onTrack(), i.breach(), i.minSample(), i.description(), i.enabled(), i.sortOrder(),
                    i.unit());
        }
    }

    @GetMapping("/cockpit/indicators/new")
    @PreAuthorize("hasAuthority('cockpit:manage')")
    String newDefinition(Model model) {
        model.addAttribute("form", new IndicatorForm("", "", "", "", "", "", "", "LOWER_IS_BETTER", null, null, 1, "", true, 100, ""));
        return definitionForm(model);
    }

    @GetMapping("/cockpit/indicators/{code}/edit")
    @PreAuthorize("hasAuthority('cockpit:manage')")
    String editDefinition(@PathVariable String code, Model model) {
        model.addAttribute("form", IndicatorForm.of(indicators.require(code)));
        return definitionForm(model);
    }

    private String definitionForm(Model model) {
        model.addAttribute("sources", computation.sources());
        model.addAttribute("directions", Direction.values());
        return "cockpit/indicator-form";
    }

    @PostMapping("/cockpit/indicators")
    @PreAuthorize("hasAuthority('cockpit:manage')")
    String saveDefinition(@ModelAttribute("form") IndicatorForm form, Model model, RedirectAttributes redirect) {
        try {
            Indicator saved = definitions.save(form);
            redirect.addFlashAttribute("flash", Text.of("cockpit.indicators.flash.saved", saved.name()));
            return "redirect:/cockpit/indicators";
        } catch (DomainViolation e) {
            FormErrors.show(model, FormErrors.of(e));
            return definitionForm(model);
        }
    }
}
