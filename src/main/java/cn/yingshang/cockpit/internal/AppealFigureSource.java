package cn.yingshang.cockpit.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.appeal.AppealTallies;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.shared.RegionCode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Appeal counts through the appeal module's {@link AppealTallies} (response, on-time reply,
 * satisfaction, overdue). Until the appeal module provides it, the source counts nothing and its
 * indicators show "样本不足".
 */
@Component
class AppealFigureSource implements FigureSource {

    private final ObjectProvider<AppealTallies> appeals;
    private final Departments departments;
    private final Clock clock;

    AppealFigureSource(ObjectProvider<AppealTallies> appeals, Departments departments, Clock clock) {
        this.appeals = appeals;
        this.departments = departments;
        this.clock = clock;
    }

    @Override
    public String key() {
        return "appeal";
    }

    @Override
    public Map<String, String> measures() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("submitted", Text.of("cockpit.measure.appeal.submitted"));
        m.put("complaints", Text.of("cockpit.measure.appeal.complaints"));
        m.put("catalogue-complaints", Text.of("cockpit.measure.appeal.catalogueComplaints"));
        m.put("open", Text.of("cockpit.measure.appeal.open"));
        m.put("overdue", Text.of("cockpit.measure.appeal.overdue"));
        m.put("replied", Text.of("cockpit.measure.appeal.replied"));
        m.put("replied-late", Text.of("cockpit.measure.appeal.repliedLate"));
        m.put("rated", Text.of("cockpit.measure.appeal.rated"));
        m.put("satisfied", Text.of("cockpit.measure.appeal.satisfied"));
        return m;
    }

    static AppealTallies.Measure measure(String name) {
        return AppealTallies.Measure.valueOf(name.replace('-', '_').toUpperCase(Locale.ROOT));
    }

    static String name(AppealTallies.Measure measure) {
        return measure.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public List<Tally> tally(YearMonth month, Set<String> measures, Map<String, String> filters) {
        AppealTallies tallies = appeals.getIfAvailable();
        if (tallies == null) {
            return List.of();
        }
        LocalDate asOf = FigureSource.asOf(month, LocalDate.now(clock));
        return tallies.tally(month.atDay(1), month.atEndOfMonth(), asOf).stream()
                .filter(t -> measures.contains(name(t.measure())))
                .map(t -> Tally.of(name(t.measure()), t.region(), t.departmentId(), t.count())).toList();
    }

    @Override
    public CasePage cases(String measure, YearMonth month, RegionCode region, Long departmentId, Map<String, String> filters,
                          int page, int size) {
        AppealTallies tallies = appeals.getIfAvailable();
        if (tallies == null) {
            return CasePage.empty(page, size);
        }
        LocalDate asOf = FigureSource.asOf(month, LocalDate.now(clock));
        AppealTallies.CaseList list = tallies.cases(measure(measure), month.atDay(1), month.atEndOfMonth(), asOf, region,
                departmentId, page, size);
        return new CasePage(list.items().stream().map(c -> new CaseRow(c.trackingNumber(), c.title(), c.region().name(),
                c.departmentId() == null ? "" : departments.byId(DepartmentId.of(c.departmentId())).map(d -> d.name()).orElse(""),
                c.status(), c.dueOn(), c.link())).toList(), page, size, list.total());
    }
}
