package cn.yingshang.cockpit.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.registry.EntityPage;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.registry.RegistryFigures;
import cn.yingshang.shared.RegionCode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Registry counts: active entities, those on the abnormal list, dormant candidates (004 #3), as of month end. */
@Component
class RegistryFigureSource implements FigureSource {

    private final RegistryFigures registry;
    private final Clock clock;

    RegistryFigureSource(RegistryFigures registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public String key() {
        return "registry";
    }

    @Override
    public Map<String, String> measures() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("active", Text.of("cockpit.measure.registry.active"));
        m.put("abnormal", Text.of("cockpit.measure.registry.abnormal"));
        m.put("dormant", Text.of("cockpit.measure.registry.dormant"));
        return m;
    }

    @Override
    public List<Tally> tally(YearMonth month, Set<String> measures, Map<String, String> filters) {
        List<Tally> tallies = new ArrayList<>();
        for (RegistryFigures.RegionTally t : registry.tallyByRegion(FigureSource.asOf(month, LocalDate.now(clock)))) {
            if (measures.contains("active")) {
                tallies.add(Tally.of("active", t.region(), null, t.active()));
            }
            if (measures.contains("abnormal")) {
                tallies.add(Tally.of("abnormal", t.region(), null, t.abnormal()));
            }
            if (measures.contains("dormant")) {
                tallies.add(Tally.of("dormant", t.region(), null, t.dormant()));
            }
        }
        return tallies;
    }

    @Override
    public CasePage cases(String measure, YearMonth month, RegionCode region, Long departmentId, Map<String, String> filters,
                          int page, int size) {
        LocalDate asOf = FigureSource.asOf(month, LocalDate.now(clock));
        EntityPage entities = switch (measure) {
            case "abnormal" -> registry.abnormalEntities(region, asOf, page, size);
            case "dormant" -> registry.dormantEntities(region, asOf, page, size);
            default -> null;
        };
        if (entities == null) {
            return CasePage.empty(page, size);
        }
        return new CasePage(entities.items().stream().map(RegistryFigureSource::row).toList(), page, size, entities.total());
    }

    private static CaseRow row(MarketEntity e) {
        return new CaseRow(e.creditCode().value(), e.name(), e.region().name(), "", e.status().label(), e.established(),
                "/workbench/entities/" + e.creditCode().value());
    }
}
