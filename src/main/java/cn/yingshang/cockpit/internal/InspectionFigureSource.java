package cn.yingshang.cockpit.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.inspection.InspectionFigures;
import cn.yingshang.inspection.InspectionFigures.CaseKind;
import cn.yingshang.inspection.InspectionFigures.CaseList;
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
 * Inspections through the inspection module's {@link InspectionFigures} (双随机一公开, 000 §51):
 * coverage per credit risk class — entities in the frozen pools and how many were drawn — the visits
 * avoided by joint visits and the no-repeat window, and results published on time. The indicators are
 * defined over the year so far, so a month counts the module's monthly figures from January to it, per
 * prefecture of the inspected entities.
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
            m.put("pool-" + letter(c), Text.of("cockpit.measure.inspection.pool", c.label()));
            m.put("drawn-" + letter(c), Text.of("cockpit.measure.inspection.drawn", c.label()));
        }
        m.put("tasks", Text.of("cockpit.measure.inspection.tasks"));
        m.put("visits-avoided", Text.of("cockpit.measure.inspection.visitsAvoided"));
        m.put("published", Text.of("cockpit.measure.inspection.published"));
        m.put("published-on-time", Text.of("cockpit.measure.inspection.publishedOnTime"));
        return m;
    }

    private static String letter(CreditRiskClass c) {
        return c.name().toLowerCase(Locale.ROOT);
    }

    private static YearMonth january(YearMonth month) {
        return YearMonth.of(month.getYear(), 1);
    }

    private static Map<String, Long> counts(InspectionFigures.PrefectureMonth f) {
        Map<String, Long> counts = new LinkedHashMap<>();
        f.coverage().forEach((c, coverage) -> {
            counts.put("pool-" + letter(c), (long) coverage.inPool());
            counts.put("drawn-" + letter(c), (long) coverage.drawn());
        });
        counts.put("tasks", (long) f.tasks());
        counts.put("visits-avoided", f.visitsAvoidedByJoint() + Math.round(f.expectedVisitsAvoidedByWindow()));
        counts.put("published", (long) f.published());
        counts.put("published-on-time", (long) f.publishedOnTime());
        return counts;
    }

    /** One tally per prefecture and month; the engine adds the months up and rolls prefectures up to the region. */
    @Override
    public List<Tally> tally(YearMonth month, Set<String> measures, Map<String, String> filters) {
        List<Tally> tallies = new ArrayList<>();
        for (InspectionFigures.PrefectureMonth f : inspections.byPrefecture(january(month), month)) {
            counts(f).forEach((measure, amount) -> {
                if (amount > 0 && measures.contains(measure)) {
                    tallies.add(Tally.of(measure, f.prefecture(), null, amount));
                }
            });
        }
        return tallies;
    }

    /** The tasks behind the figure; pools and the window list the plans whose frozen pools they come from. */
    @Override
    public CasePage cases(String measure, YearMonth month, RegionCode region, Long departmentId, Map<String, String> filters,
                          int page, int size) {
        YearMonth from = january(month);
        int offset = page * size;
        List<CaseList> parts = new ArrayList<>();
        if (measure.equals("visits-avoided")) {
            // Joint visits first, then the plans whose window spared visits: one list paged across both.
            CaseList joint = inspections.cases(CaseKind.JOINT, null, from, month, region, offset, size);
            parts.add(joint);
            int room = size - joint.items().size();
            int sparedOffset = (int) Math.max(0, offset - joint.total());
            CaseList spared = inspections.cases(CaseKind.SPARED_BY_WINDOW, null, from, month, region, sparedOffset, Math.max(room, 0));
            parts.add(room > 0 ? spared : new CaseList(List.of(), spared.total()));
        } else {
            parts.add(inspections.cases(kind(measure), riskClass(measure), from, month, region, offset, size));
        }
        List<CaseRow> rows = new ArrayList<>();
        long total = 0;
        for (CaseList part : parts) {
            total += part.total();
            part.items().forEach(c -> rows.add(new CaseRow(c.reference(), c.title(), c.region().name(), "", c.status(), c.date(),
                    c.link())));
        }
        return new CasePage(rows, page, size, total);
    }

    private static CaseKind kind(String measure) {
        return switch (measure.replaceFirst("-[abcd]$", "")) {
            case "pool" -> CaseKind.POOL;
            case "drawn" -> CaseKind.DRAWN;
            case "tasks" -> CaseKind.TASKS;
            case "published" -> CaseKind.PUBLISHED;
            case "published-on-time" -> CaseKind.PUBLISHED_ON_TIME;
            default -> throw new java.util.NoSuchElementException(Text.of("cockpit.measure.unknown", measure));
        };
    }

    private static CreditRiskClass riskClass(String measure) {
        return measure.matches("(pool|drawn)-[abcd]") ? CreditRiskClass.valueOf(measure.substring(measure.length() - 1)
                .toUpperCase(Locale.ROOT)) : null;
    }
}
