package cn.yingshang.cockpit.internal;

import cn.yingshang.platform.Department;
import cn.yingshang.platform.Departments;
import cn.yingshang.services.ServiceFigures;
import cn.yingshang.shared.RegionCode;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Government services through the services module's {@link ServiceFigures} (000 §19): 网办率,
 * 全程网办率, 即办件比例, compression, on-time, 一次办结, visits and the 好差评 ratings (001 §25)
 * with 差评 return visits (004 #13), by the implementing department (matched by name to the department tree) and the case's region.
 */
@Component
class ServiceFigureSource implements FigureSource {

    private final ServiceFigures figures;
    private final Departments departments;
    private final MessageSource messages;

    ServiceFigureSource(ServiceFigures figures, Departments departments, MessageSource messages) {
        this.figures = figures;
        this.departments = departments;
        this.messages = messages;
    }

    @Override
    public String key() {
        return "services";
    }

    static String name(ServiceFigures.Measure measure) {
        return measure.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public Map<String, String> measures() {
        Map<String, String> m = new LinkedHashMap<>();
        for (ServiceFigures.Measure measure : ServiceFigures.Measure.values()) {
            m.put(name(measure), messages.getMessage("cockpit.services.measure." + name(measure), null, Locale.SIMPLIFIED_CHINESE));
        }
        return m;
    }

    @Override
    public List<Tally> tally(YearMonth month, Set<String> measures, Map<String, String> filters) {
        Map<String, Department> byName = byName();
        return figures.tally(month.atDay(1), month.atEndOfMonth()).stream()
                .filter(t -> measures.contains(name(t.measure())))
                .map(t -> {
                    Department d = byName.get(t.department());
                    return Tally.of(name(t.measure()), RegionCode.of(t.regionCode()), d == null ? null : d.id().value(), t.amount());
                }).toList();
    }

    @Override
    public CasePage cases(String measure, YearMonth month, RegionCode region, Long departmentId, Map<String, String> filters,
                          int page, int size) {
        String department = departmentId == null ? null : OwnFigureSources.departmentName(departments, departmentId);
        ServiceFigures.CaseList list = figures.cases(ServiceFigures.Measure.valueOf(measure.replace('-', '_').toUpperCase(Locale.ROOT)),
                month.atDay(1), month.atEndOfMonth(), OwnFigureSources.regionLike(region),
                department, page, size);
        return new CasePage(list.rows().stream().map(c -> new CaseRow(
                messages.getMessage("cockpit.services.caseReference", new Object[] {c.caseId()}, Locale.SIMPLIFIED_CHINESE),
                c.itemCode() + " " + c.itemName(), RegionCode.of(c.regionCode()).name(), c.department(), c.status(), c.date(),
                null)).toList(), page, size, list.total());
    }

    private Map<String, Department> byName() {
        return departments.all().stream().collect(Collectors.toMap(Department::name, Function.identity(), (a, b) -> a));
    }
}
