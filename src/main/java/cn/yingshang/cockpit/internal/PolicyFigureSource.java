package cn.yingshang.cockpit.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.Departments;
import cn.yingshang.policy.PolicyFigures;
import cn.yingshang.shared.RegionCode;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Policy reach through the policy module's {@link PolicyFigures} (000 §25, 003 §36): entities
 * matched, payouts, those granted without application, and the days from publication to payout.
 */
@Component
class PolicyFigureSource implements FigureSource {

    private final PolicyFigures policies;
    private final Departments departments;

    PolicyFigureSource(PolicyFigures policies, Departments departments) {
        this.policies = policies;
        this.departments = departments;
    }

    @Override
    public String key() {
        return "policy";
    }

    @Override
    public Map<String, String> measures() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("matched", Text.of("cockpit.measure.policy.matched"));
        m.put("granted", Text.of("cockpit.measure.policy.granted"));
        m.put("granted-without-application", Text.of("cockpit.measure.policy.grantedWithoutApplication"));
        m.put("payout-days", Text.of("cockpit.measure.policy.payoutDays"));
        return m;
    }

    private static String name(PolicyFigures.Measure measure) {
        return measure.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public List<Tally> tally(YearMonth month, Set<String> measures, Map<String, String> filters) {
        return policies.tally(month.atDay(1), month.atEndOfMonth()).stream()
                .filter(t -> measures.contains(name(t.measure())))
                .map(t -> Tally.of(name(t.measure()), t.region(), t.departmentId(), t.amount())).toList();
    }

    @Override
    public CasePage cases(String measure, YearMonth month, RegionCode region, Long departmentId, Map<String, String> filters,
                          int page, int size) {
        // The days are summed over the payouts; the payouts are the cases behind them.
        PolicyFigures.Measure m = measure.equals("payout-days") ? PolicyFigures.Measure.GRANTED
                : PolicyFigures.Measure.valueOf(measure.replace('-', '_').toUpperCase(Locale.ROOT));
        PolicyFigures.CaseList list = policies.cases(m, month.atDay(1), month.atEndOfMonth(), region, departmentId, page, size);
        return new CasePage(list.items().stream().map(c -> new CaseRow(c.creditCode(),
                c.entityName().isBlank() ? c.policyTitle() : Text.of("cockpit.policy.caseText", c.entityName(), c.policyTitle()), regionName(c.creditCode()),
                departmentId == null ? "" : OwnFigureSources.departmentName(departments, departmentId), c.detail(), c.date(),
                c.link())).toList(), page, size, list.total());
    }

    private static String regionName(String creditCode) {
        return cn.yingshang.shared.Regions.find(creditCode.substring(2, 8)).map(RegionCode::name).orElse("");
    }
}
