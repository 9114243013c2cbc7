package cn.yingshang.policy.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night the match sets are recomputed as of the new day: ages grow a year on their
 * anniversary, policies and rule versions start and end on dates, not on events.
 */
@Component
class DailyRematch {

    private final PolicyStore store;
    private final PolicyMatching matching;

    DailyRematch(PolicyStore store, PolicyMatching matching) {
        this.store = store;
        this.matching = matching;
    }

    @Scheduled(cron = "${yingshang.jobs.policy-rematch.cron:0 30 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "policy-daily-rematch", lockAtLeastFor = "${yingshang.jobs.lock-at-least:PT10S}")
    void rematchAsOfToday() {
        store.published().forEach(p -> matching.rematchPolicy(p.id()));
        // every node has long replayed these (each re-reads at most the last minute)
        store.forgetEntityChangesBefore(java.time.Instant.now().minus(java.time.Duration.ofDays(1)));
    }
}
