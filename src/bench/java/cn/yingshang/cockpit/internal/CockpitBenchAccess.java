package cn.yingshang.cockpit.internal;

import java.time.YearMonth;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/** For benchmarks: the cockpit's figure source of one module, as the indicator computation calls it. Bench sources only. */
public final class CockpitBenchAccess {

    private final FigureSource source;

    public CockpitBenchAccess(ApplicationContext app, String key) {
        this.source = app.getBeansOfType(FigureSource.class).values().stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow();
    }

    /** Every measure of the source for one month; returns how many tallies came back. */
    public int tallyAll(YearMonth month) {
        return source.tally(month, source.measures().keySet(), Map.of()).size();
    }
}
