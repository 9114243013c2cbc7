package cn.yingshang.cockpit.internal;

import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the cockpit's twelve months of figures complete, so the map is never grey and the trend
 * never a single point for want of someone pressing 重新计算: shortly after start-up (when the
 * demo and imported data are in) and then every few hours, every month of the trend that has no
 * figures, or whose figures were counted before the month was over, is counted (again), and the
 * current month with it. One node does it (ShedLock); the computation itself never overlaps
 * another (IndicatorComputation's advisory lock).
 */
@Component
class IndicatorMonths {

    static final int TREND_MONTHS = 12;
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final IndicatorComputation computation;
    private final JdbcClient jdbc;
    private final Clock clock;

    IndicatorMonths(IndicatorComputation computation, JdbcClient jdbc, Clock clock) {
        this.computation = computation;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${yingshang.jobs.cockpit-months.initial-delay:PT1M}",
            fixedDelayString = "${yingshang.jobs.cockpit-months.every:PT6H}")
    @SchedulerLock(name = "cockpit-indicator-months", lockAtLeastFor = "${yingshang.jobs.lock-at-least:PT10S}")
    void completeTrend() {
        for (YearMonth month : incomplete()) {
            computation.computeAllAtOnce(month);
        }
        computation.computeAllAtOnce(YearMonth.now(clock));
    }

    /** Past months of the trend without final figures, oldest first. */
    List<YearMonth> incomplete() {
        YearMonth now = YearMonth.now(clock);
        List<YearMonth> out = new ArrayList<>();
        for (int back = TREND_MONTHS - 1; back >= 1; back--) {
            YearMonth month = now.minusMonths(back);
            OffsetDateTime ended = month.plusMonths(1).atDay(1).atTime(LocalTime.MIDNIGHT).atZone(BEIJING).toOffsetDateTime();
            OffsetDateTime counted = jdbc.sql("SELECT min(v.computed_at) FROM cockpit_indicator_value v "
                            + "JOIN cockpit_indicator i ON i.id = v.indicator_id AND i.enabled WHERE v.period = :p")
                    .param("p", month.toString()).query(OffsetDateTime.class).optional().orElse(null);
            if (counted == null || counted.isBefore(ended)) {
                out.add(month);
            }
        }
        return out;
    }
}
