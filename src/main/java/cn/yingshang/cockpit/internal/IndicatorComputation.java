package cn.yingshang.cockpit.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.Regions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes every enabled indicator for a month into the indicator tables (000 §5: regular,
 * digital monitoring): each source's counts are rolled up to prefecture and to the whole region,
 * per department and for all departments, then rated against the indicator's thresholds.
 */
@Service
class IndicatorComputation {

    private static final Logger log = LoggerFactory.getLogger(IndicatorComputation.class);

    private final Indicators indicators;
    private final IndicatorValues values;
    private final Map<String, FigureSource> sources;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final TransactionTemplate whole;
    private final TransactionTemplate each;

    IndicatorComputation(Indicators indicators, IndicatorValues values, List<FigureSource> sources, Clock clock,
                         JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.whole = new TransactionTemplate(transactions);
        this.each = new TransactionTemplate(transactions);
        this.each.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.indicators = indicators;
        this.values = values;
        this.sources = sources.stream().collect(Collectors.toMap(FigureSource::key, Function.identity()));
        this.clock = clock;
    }

    FigureSource source(String key) {
        FigureSource source = sources.get(key);
        if (source == null) {
            throw new NoSuchElementException(Text.of("cockpit.source.unknown", key));
        }
        return source;
    }

    Map<String, FigureSource> sources() {
        return sources;
    }

    /** Hourly: this month's figures stay fresh without any page counting live. */
    @Scheduled(cron = "${yingshang.jobs.cockpit-indicators.cron:0 7 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "cockpit-indicators", lockAtLeastFor = "${yingshang.jobs.lock-at-least:PT10S}")
    void refreshCurrentMonth() {
        computeAllAtOnce(YearMonth.now(clock));
    }

    /**
     * All indicators of the month in one transaction, so a reader sees the previous hour's figures or
     * this hour's, never a half-replaced table; each indicator in a savepoint of its own, so one failing
     * keeps its previous figures without undoing the others. Counting may take longer than the
     * platform's statement timeout, which is lifted for this transaction only. Computations from the
     * schedule, a page and start-up never overlap, on one node or several (a transaction-level
     * advisory lock): two overlapping DELETE+INSERT would leave doubled figures.
     */
    Map<String, Long> computeAllAtOnce(YearMonth month) {
        return whole.execute(status -> {
            // a recomputation asked for on a page (any node) waits for the one running, never overlaps it
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('cockpit-indicators'))").query().singleValue();
            jdbc.sql("SET LOCAL statement_timeout = 0").update();
            return computeAll(month);
        });
    }

    /**
     * Each source counts once per month and filter set, for all the measures its indicators need
     * (one grouped query per source), and every indicator over it is rated from those counts.
     * Returns how long each source took to count, in milliseconds.
     */
    Map<String, Long> computeAll(YearMonth month) {
        Map<String, Long> millis = new LinkedHashMap<>();
        Map<SourceQuery, Set<String>> wanted = new LinkedHashMap<>();
        List<Indicator> enabled = indicators.enabled();
        for (Indicator indicator : enabled) {
            wanted.computeIfAbsent(new SourceQuery(indicator.source(), indicator.filterMap()), k -> new LinkedHashSet<>())
                    .addAll(measuresOf(indicator));
        }
        Map<SourceQuery, List<FigureSource.Tally>> counted = new HashMap<>();
        for (Indicator indicator : enabled) {
            SourceQuery query = new SourceQuery(indicator.source(), indicator.filterMap());
            try {
                // a savepoint inside computeAllAtOnce's transaction (a transaction of its own otherwise)
                each.executeWithoutResult(status -> {
                    List<FigureSource.Tally> tallies = counted.get(query);
                    if (tallies == null) {
                        long started = System.nanoTime();
                        tallies = source(query.source()).tally(month, wanted.get(query), query.filters());
                        counted.put(query, tallies);
                        millis.merge(query.source(), (System.nanoTime() - started) / 1_000_000, Long::sum);
                    }
                    store(indicator, month, tallies);
                });
            } catch (RuntimeException e) {
                // One source failing must not leave every other figure stale.
                log.warn("indicator {} not computed: {}", indicator.code(), e.getMessage(), e);
            }
        }
        log.info("{} indicators computed; milliseconds per source: {}", month, millis);
        return millis;
    }

    /** Computes one indicator alone (after its definition changed, and in tests). */
    @Transactional
    List<IndicatorValues.Cell> compute(Indicator indicator, YearMonth month) {
        return store(indicator, month, source(indicator.source()).tally(month, measuresOf(indicator), indicator.filterMap()));
    }

    private static Set<String> measuresOf(Indicator indicator) {
        Set<String> measures = new LinkedHashSet<>();
        measures.add(indicator.numerator());
        if (indicator.isRatio()) {
            measures.add(indicator.denominator());
        }
        return measures;
    }

    private List<IndicatorValues.Cell> store(Indicator indicator, YearMonth month, List<FigureSource.Tally> tallies) {
        Map<CellKey, BigDecimal[]> sums = new HashMap<>();
        for (RegionCode prefecture : Regions.prefectures()) {
            sums.put(new CellKey(prefecture, IndicatorValues.ALL_DEPARTMENTS), zeros());
        }
        sums.put(new CellKey(Regions.XINJIANG, IndicatorValues.ALL_DEPARTMENTS), zeros());
        for (FigureSource.Tally t : tallies) {
            int slot = t.measure().equals(indicator.numerator()) ? 0 : t.measure().equals(indicator.denominator()) ? 1 : -1;
            if (slot < 0) {
                continue;
            }
            for (CellKey key : cellsOf(t)) {
                BigDecimal[] sum = sums.computeIfAbsent(key, k -> zeros());
                sum[slot] = sum[slot].add(t.amount());
            }
        }
        List<IndicatorValues.Cell> cells = sums.entrySet().stream().map(e -> {
            BigDecimal[] s = e.getValue();
            Indicator.Figure f = indicator.rate(s[0], indicator.isRatio() ? s[1] : null);
            return new IndicatorValues.Cell(indicator.id(), month.toString(), e.getKey().region(), e.getKey().departmentId(),
                    f.numerator(), f.denominator(), f.value(), f.status());
        }).toList();
        values.replace(indicator.id(), month, cells, clock.instant());
        return cells;
    }

    private record SourceQuery(String source, Map<String, String> filters) {
    }

    /** A count adds to its prefecture and to the whole region, each for its department and for all. */
    private static List<CellKey> cellsOf(FigureSource.Tally t) {
        RegionCode region = t.region() == null ? Regions.XINJIANG : t.region();
        RegionCode prefecture = region.prefecture();
        boolean local = !prefecture.equals(Regions.XINJIANG) && !prefecture.equals(RegionCode.NATIONAL);
        long dept = t.departmentId() == null ? IndicatorValues.ALL_DEPARTMENTS : t.departmentId();
        java.util.ArrayList<CellKey> keys = new java.util.ArrayList<>();
        keys.add(new CellKey(Regions.XINJIANG, IndicatorValues.ALL_DEPARTMENTS));
        if (local) {
            keys.add(new CellKey(prefecture, IndicatorValues.ALL_DEPARTMENTS));
        }
        if (dept != IndicatorValues.ALL_DEPARTMENTS) {
            keys.add(new CellKey(Regions.XINJIANG, dept));
            if (local) {
                keys.add(new CellKey(prefecture, dept));
            }
        }
        return keys;
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO};
    }

    private record CellKey(RegionCode region, long departmentId) {
    }
}
