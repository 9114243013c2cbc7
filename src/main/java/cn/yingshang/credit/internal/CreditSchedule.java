package cn.yingshang.credit.internal;

import cn.yingshang.platform.JobLocks;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What the calendar makes true is already true in every query; this only tells other modules in
 * time (list inclusions after grace periods, ends of publicity) and refreshes stale classes. If it
 * does not run, answers stay right and the events follow on the next run.
 */
@Component
class CreditSchedule {

    private static final Logger log = LoggerFactory.getLogger(CreditSchedule.class);

    private final DishonestyLists lists;
    private final RiskClassification classification;
    private final Clock clock;
    private final JobLocks jobLocks;

    CreditSchedule(DishonestyLists lists, RiskClassification classification, Clock clock, JobLocks jobLocks) {
        this.jobLocks = jobLocks;
        this.lists = lists;
        this.classification = classification;
        this.clock = clock;
    }

    /** On start too (one node at a time), so a platform that was down at midnight catches up. */
    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        jobLocks.runAlone(JOB, this::announceAndRefresh);
    }

    @Scheduled(cron = "${yingshang.jobs.credit-daily.cron:0 5 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = JOB, lockAtLeastFor = "${yingshang.jobs.lock-at-least:PT10S}")
    void daily() {
        announceAndRefresh();
    }

    static final String JOB = "credit-daily";

    private void announceAndRefresh() {
        LocalDate today = LocalDate.now(clock);
        int announced = lists.announceDue(today);
        int refreshed = classification.refreshStale(today);
        if (announced + refreshed > 0) {
            log.info("Credit: {} list changes announced, {} stale classes recomputed as of {}", announced, refreshed, today);
        }
    }
}
