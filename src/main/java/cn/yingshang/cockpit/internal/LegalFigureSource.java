package cn.yingshang.cockpit.internal;

import cn.yingshang.legal.LegalPromiseFigures;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.Regions;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The political-legal bodies' promises to enterprises through the legal module's {@link LegalPromiseFigures}
 * (002 #12, #13, #23, #28, #37: filing review, mediation, release of seized property, stalled cases, defaulters),
 * by the acting body and so by its region.
 */
@Component
class LegalFigureSource implements FigureSource {

    private final LegalPromiseFigures figures;
    private final Departments departments;
    private final MessageSource messages;

    LegalFigureSource(LegalPromiseFigures figures, Departments departments, MessageSource messages) {
        this.figures = figures;
        this.departments = departments;
        this.messages = messages;
    }

    @Override
    public String key() {
        return "legal";
    }

    @Override
    public Map<String, String> measures() {
        Map<String, String> m = new LinkedHashMap<>();
        for (LegalPromiseFigures.Measure measure : LegalPromiseFigures.Measure.values()) {
            m.put(name(measure), messages.getMessage("legal.measure." + measure.name(), null, Locale.SIMPLIFIED_CHINESE));
        }
        return m;
    }

    private static String name(LegalPromiseFigures.Measure measure) {
        return measure.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public List<Tally> tally(YearMonth month, Set<String> measures, Map<String, String> filters) {
        return figures.tally(month.atDay(1), month.atEndOfMonth()).stream()
                .filter(t -> measures.contains(name(t.measure())))
                .map(t -> Tally.of(name(t.measure()), regionOf(t.bodyId()), t.bodyId(), t.count())).toList();
    }

    private RegionCode regionOf(long bodyId) {
        return departments.byId(DepartmentId.of(bodyId)).map(Department::region).orElse(Regions.XINJIANG);
    }

    @Override
    public CasePage cases(String measure, YearMonth month, RegionCode region, Long departmentId, Map<String, String> filters,
                          int page, int size) {
        List<Long> within = departmentId != null ? List.of(departmentId) : region.equals(Regions.XINJIANG) ? null
                : departments.all().stream().filter(d -> d.region().isWithin(region)).map(d -> d.id().value()).toList();
        var list = figures.cases(LegalPromiseFigures.Measure.valueOf(measure.replace('-', '_').toUpperCase(Locale.ROOT)),
                month.atDay(1), month.atEndOfMonth(), within, page, size);
        return new CasePage(list.items().stream().map(c -> new CaseRow(c.reference(), c.title(), regionOf(c.bodyId()).name(),
                OwnFigureSources.departmentName(departments, c.bodyId()), c.status(), c.date(), c.link())).toList(),
                page, size, list.total());
    }
}
