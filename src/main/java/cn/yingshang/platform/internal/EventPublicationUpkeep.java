package cn.yingshang.platform.internal;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The event registry on several nodes: nothing is republished on restart (a listener in flight on
 * another node would run twice); instead one node at a time resubmits publications that have stayed
 * incomplete longer than {@code yingshang.events.resubmit-after} (a listener failed, or its node died).
 * Completed publications are deleted on completion (completion-mode=delete).
 */
@Component
class EventPublicationUpkeep {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationUpkeep.class);

    private final IncompleteEventPublications incomplete;
    private final JdbcClient jdbc;
    private final Duration resubmitAfter;

    EventPublicationUpkeep(IncompleteEventPublications incomplete, JdbcClient jdbc,
                           @Value("${yingshang.events.resubmit-after:PT5M}") Duration resubmitAfter) {
        this.incomplete = incomplete;
        this.jdbc = jdbc;
        this.resubmitAfter = resubmitAfter;
    }

    @Scheduled(fixedDelayString = "${yingshang.events.resubmit-every:PT1M}", initialDelayString = "${yingshang.events.resubmit-every:PT1M}")
    @SchedulerLock(name = "event-resubmission", lockAtLeastFor = "${yingshang.jobs.lock-at-least:PT10S}")
    void resubmitIncomplete() {
        long outstanding = jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND publication_date < :before")
                .param("before", java.sql.Timestamp.from(java.time.Instant.now().minus(resubmitAfter))).query(Long.class).single();
        if (outstanding > 0) {
            log.warn("resubmitting {} event publications incomplete for more than {}", outstanding, resubmitAfter);
            incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults().withMinAge(resubmitAfter));
        }
        jdbc.sql("DELETE FROM platform_job_run WHERE started_at < now() - interval '30 days'").update();
    }
}
