package cn.yingshang.cockpit.internal;

import cn.yingshang.inspection.InspectionFigures;
import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.shared.RegionCode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Inspections through the inspection module's {@link InspectionFigures} (双随机一公开, 000 §33):
 * coverage per credit risk class — entities in the frozen pools and how many were drawn — and the
 * visits avoided by joint visits and the no-repeat window, for the plans of the month's year up to
 * now. The module counts these for the whole region only, so the figures have no prefecture cells.
 */
@Component
class InspectionFigureSource implements FigureSource {

    private final InspectionFigures inspections;

    InspectionFigureSource(InspectionFigures inspections) {
        this.inspections = inspections;
    }

    @Override
    public String key() {
        return "inspection";
    }

    @Override
    public Map<String, String> measures() {
        Map<String, String> m = new LinkedHashMap<>();
        for (CreditRiskClass c : CreditRiskClass.values()) {
            m.put("pool-" + c.name().toLowerCase(Locale.ROOT), c.label() + "抽查名录内主体");
            m.put("drawn-" + c.name().toLowerCase(Locale.ROOT), c.label() + "被抽中主体");
        }
        m.put("tasks", "检查任务");
        m.put("visits-avoided", "减少的入企检查（联合检查与不重复检查）");
        m.put("published", "已公示的检查结果");
        m.put("published-on-time", "按期公示的检查结果");
        return m;
    }

    private Map<String, Long> counts(YearMonth month) {
        InspectionFigures.Figures f = inspections.figures(month.getYear());
        Map<String, Long> counts = new LinkedHashMap<>();
        f.coverage().forEach((c, coverage) -> {
            counts.put("pool-" + c.name().toLowerCase(Locale.ROOT), (long) coverage.inPool());
            counts.put("drawn-" + c.name().toLowerCase(Locale.ROOT), (long) coverage.drawn());
        });
        counts.put("tasks", (long) f.tasks());
        counts.put("visits-avoided", f.visitsAvoidedByJoint() + Math.round(f.expectedVisitsAvoidedByWindow()));
        counts.put("published", (long) f.published());
        counts.put("published-on-time", (long) f.publishedOnTime());
        return counts;
    }

    @Override
    public List<Tally> tally(YearMonth month, Set<String> measures, Map<String, String> filters) {
        List<Tally> tallies = new ArrayList<>();
        counts(month).forEach((measure, amount) -> {
            if (measures.contains(measure)) {
                tallies.add(Tally.of(measure, null, null, amount));
            }
        });
        return tallies;
    }

    /** The module lists no single cases here: the breakdown behind the figure, opening the inspection cockpit of the year. */
    @Override
    public CasePage cases(String measure, YearMonth month, RegionCode region, Long departmentId, Map<String, String> filters,
                          int page, int size) {
        String link = "/cockpit/inspections?year=" + month.getYear();
        List<CaseRow> rows = new ArrayList<>();
        counts(month).forEach((name, amount) -> rows.add(new CaseRow(name, measures().get(name) + "：" + amount,
                "全区", "", name.equals(measure) ? "本指标口径" : "", month.atEndOfMonth(), link)));
        return new CasePage(page == 0 ? rows : List.of(), page, size, rows.size());
    }
}
