package cn.yingshang.appeal.internal;

import cn.yingshang.platform.Portal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** 监督驾驶舱 → 诉求办理指标: rates by department, region, category or month, with a chart and XLSX export. */
@Controller
class FiguresPages {

    private final AppealFigures figures;
    private final Clock clock;

    FiguresPages(AppealFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    record Period(AppealFigures.Dimension dimension, LocalDate from, LocalDate to) {
    }

    private Period period(String by, LocalDate from, LocalDate to) {
        AppealFigures.Dimension d = Arrays.stream(AppealFigures.Dimension.values()).filter(x -> x.name().equals(by)).findFirst()
                .orElse(AppealFigures.Dimension.DEPARTMENT);
        LocalDate today = LocalDate.now(clock);
        return new Period(d, from == null ? today.withDayOfYear(1) : from, to == null ? today : to);
    }

    @GetMapping("/cockpit/appeals")
    @PreAuthorize("hasAuthority('appeal:figures')")
    String page(@RequestParam(defaultValue = "DEPARTMENT") String by,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        Period p = period(by, from, to);
        model.addAttribute("portal", Portal.COCKPIT);
        model.addAttribute("by", p.dimension().name());
        model.addAttribute("from", p.from());
        model.addAttribute("to", p.to());
        model.addAttribute("dimensions", Arrays.stream(AppealFigures.Dimension.values())
                .map(d -> new AppealPages.Option(d.name(), d.label())).toList());
        model.addAttribute("dimensionLabel", p.dimension().label());
        model.addAttribute("rows", figures.by(p.dimension(), p.from(), p.to()));
        model.addAttribute("hot", figures.hotTopics(p.from(), p.to()));
        model.addAttribute("definitions", AppealFigures.DEFINITIONS);
        return "appeal/figures";
    }

    /** Chart data for ECharts (static/js/appeal-figures.js). */
    @GetMapping("/cockpit/appeals/chart")
    @PreAuthorize("hasAuthority('appeal:figures')")
    @ResponseBody
    Map<String, Object> chart(@RequestParam(defaultValue = "DEPARTMENT") String by,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Period p = period(by, from, to);
        List<AppealFigures.Row> rows = figures.by(p.dimension(), p.from(), p.to()).stream().limit(15).toList();
        return Map.of("names", rows.stream().map(AppealFigures.Row::name).toList(),
                "onTime", rows.stream().map(r -> Math.round(r.onTime().value() * 10) / 10.0).toList(),
                "satisfaction", rows.stream().map(r -> Math.round(r.satisfaction().value() * 10) / 10.0).toList(),
                "resolution", rows.stream().map(r -> Math.round(r.resolution().value() * 10) / 10.0).toList());
    }

    @GetMapping("/cockpit/appeals/export")
    @PreAuthorize("hasAuthority('appeal:figures')")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "DEPARTMENT") String by,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Period p = period(by, from, to);
        List<List<Object>> rows = new ArrayList<>();
        for (AppealFigures.Row r : figures.by(p.dimension(), p.from(), p.to())) {
            List<Object> row = new ArrayList<>(List.of(r.name(), r.total()));
            for (AppealFigures.Rate rate : List.of(r.response(), r.onTime(), r.resolution(), r.satisfaction(), r.reopen())) {
                row.add(rate.numerator());
                row.add(rate.denominator());
                row.add(rate.percent());
            }
            row.add(r.averageDays() == null ? "" : r.averageDays());
            rows.add(row);
        }
        java.util.List<String> header = new java.util.ArrayList<>(java.util.List.of(p.dimension().label()));
        header.addAll(java.util.List.of(AppealText.text("appeal.export.figures.header").split(",")));
        return cn.yingshang.platform.XlsxExport.download(AppealText.text("appeal.export.figures.file"), header, rows);
    }
}
