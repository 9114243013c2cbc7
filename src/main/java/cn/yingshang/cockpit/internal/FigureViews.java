package cn.yingshang.cockpit.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.Regions;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** What the cockpit pages and the JSON API show: computed figures as rows people read. */
@Service
class FigureViews {

    /** One figure as shown: where, the numbers, how it reads, where it stands and where its cases are. */
    record Row(String period, String regionCode, String regionName, Long departmentId, String departmentName, java.math.BigDecimal numerator,
               java.math.BigDecimal denominator, java.math.BigDecimal value, String display, FigureStatus status,
               String casesUrl) {

        public String statusLabel() {
            return status.label();
        }
    }

    record Alert(Indicator indicator, Row row) {
    }

    private final Indicators indicators;
    private final IndicatorValues values;
    private final Departments departments;
    private final Clock clock;

    FigureViews(Indicators indicators, IndicatorValues values, Departments departments, Clock clock) {
        this.indicators = indicators;
        this.values = values;
        this.departments = departments;
        this.clock = clock;
    }

    YearMonth period(String period) {
        if (period != null && !period.isBlank()) {
            try {
                return YearMonth.parse(period.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw cn.yingshang.shared.DomainViolation.of("period", "cockpit.periodFormat");
            }
        }
        return YearMonth.now(clock);
    }

    YearMonth currentMonth() {
        return YearMonth.now(clock);
    }

    Indicator indicator(String code) {
        if (code == null || code.isBlank()) {
            return indicators.enabled().stream().findFirst().orElseThrow(() -> new NoSuchElementException(Text.of("cockpit.indicators.none")));
        }
        return indicators.require(code);
    }

    /** Each prefecture's figure, the worst first, then the whole region's in {@code total}. */
    List<Row> byPrefecture(Indicator indicator, YearMonth month) {
        List<Row> rows = new ArrayList<>();
        for (IndicatorValues.Cell c : values.byRegion(indicator.id(), month)) {
            if (!c.region().equals(Regions.XINJIANG)) {
                rows.add(row(indicator, c, month));
            }
        }
        rows.sort(java.util.Comparator.comparing((Row r) -> -r.status().ordinal()).thenComparing(r -> r.value() == null ? 1 : 0)
                .thenComparing(r -> r.value() == null ? java.math.BigDecimal.ZERO
                        : indicator.direction() == Direction.LOWER_IS_BETTER ? r.value().negate() : r.value()));
        return rows;
    }

    /** A place in a ranking; null for a figure without enough cases to be ranked. */
    record Ranked(Integer rank, Row row) {
    }

    /**
     * Best first, whichever way the indicator points: rank 1 is the lowest overdue share and the
     * highest satisfaction. Equal figures share a rank (1, 2, 2, 4); figures without enough cases
     * (样本不足) come last, unranked, since a figure from two cases says nothing about a region.
     */
    static List<Ranked> ranked(Indicator indicator, List<Row> rows) {
        java.util.Comparator<java.math.BigDecimal> better = indicator.direction() == Direction.LOWER_IS_BETTER
                ? java.util.Comparator.naturalOrder() : java.util.Comparator.reverseOrder();
        List<Row> rankable = rows.stream().filter(r -> r.value() != null && r.status() != FigureStatus.INSUFFICIENT)
                .sorted(java.util.Comparator.comparing(Row::value, better)).toList();
        List<Ranked> out = new ArrayList<>();
        for (int i = 0; i < rankable.size(); i++) {
            Row r = rankable.get(i);
            int rank = i > 0 && rankable.get(i - 1).value().compareTo(r.value()) == 0 ? out.get(i - 1).rank() : i + 1;
            out.add(new Ranked(rank, r));
        }
        rows.stream().filter(r -> !rankable.contains(r)).forEach(r -> out.add(new Ranked(null, r)));
        return out;
    }

    Row total(Indicator indicator, YearMonth month) {
        return values.cell(indicator.id(), month, Regions.XINJIANG, IndicatorValues.ALL_DEPARTMENTS)
                .map(c -> row(indicator, c, month)).orElse(null);
    }

    List<Row> byDepartment(Indicator indicator, YearMonth month, RegionCode region) {
        return values.byDepartment(indicator.id(), month, region).stream().map(c -> row(indicator, c, month)).toList();
    }

    List<Row> trend(Indicator indicator, RegionCode region, YearMonth to, int months) {
        return values.trend(indicator.id(), region, to.minusMonths(months - 1L), to).stream()
                .map(c -> row(indicator, c, YearMonth.parse(c.period()))).toList();
    }

    long alertCount(YearMonth month) {
        return values.breachCount(month);
    }

    List<Alert> alerts(YearMonth month) {
        Map<Long, Indicator> byId = indicators.all().stream().collect(Collectors.toMap(Indicator::id, i -> i));
        return values.breaches(month).stream().filter(c -> byId.containsKey(c.indicatorId()))
                .map(c -> new Alert(byId.get(c.indicatorId()), row(byId.get(c.indicatorId()), c, month))).toList();
    }

    Row row(Indicator indicator, IndicatorValues.Cell c, YearMonth month) {
        Long dept = c.departmentId() == IndicatorValues.ALL_DEPARTMENTS ? null : c.departmentId();
        String url = "/cockpit/indicators/" + indicator.code() + "/cases?period=" + month + "&region=" + c.region().code()
                + (dept == null ? "" : "&department=" + dept);
        return new Row(month.toString(), c.region().code(), c.region().name(), dept,
                dept == null ? Text.of("cockpit.allDepartments")
                        : departments.byId(DepartmentId.of(dept)).map(d -> d.name()).orElse(Text.of("cockpit.departmentById", dept)),
                c.numerator(), c.denominator(), c.value(), indicator.format(c.value()), c.status(), url);
    }

    /** The names the map's features carry for a prefecture (659000 is drawn as its county-level cities). */
    static List<String> mapNames(RegionCode prefecture) {
        if (prefecture.code().equals("659000")) {
            return Regions.children(prefecture).stream().map(RegionCode::name).toList();
        }
        return List.of(prefecture.name());
    }
}
