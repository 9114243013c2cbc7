package cn.yingshang.services.internal;

import cn.yingshang.platform.AuditLog;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 000 §19: a 容缺 case whose materials did not arrive by the supply day is withdrawn. Runs on one
 * node at a time (ShedLock); each withdrawal is guarded by the status it leaves, so a case supplied
 * or decided meanwhile is left alone.
 */
@Component
class DeficiencyLapses {

    /** The reason a lapsed case is withdrawn with; the pages show it as the bundle text {@code services.withdrawn.lapsed}. */
    static final String LAPSED = "DEFICIENCY_LAPSED";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    DeficiencyLapses(JdbcClient jdbc, AuditLog audit, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(cron = "${yingshang.services.deficiency-lapse-cron:0 5 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "services-deficiency-lapses", lockAtMostFor = "PT10M")
    @Transactional
    void scheduled() {
        withdrawLapsed();
    }

    /** Withdraws every lapsed 容缺 case; returns their ids. */
    @Transactional
    List<Long> withdrawLapsed() {
        List<Long> ids = jdbc.sql("""
                        UPDATE svc_case c SET status = 'WITHDRAWN', decision_reason = :lapsed, decided_on = :today
                        FROM svc_case_deficiency d
                        WHERE d.case_id = c.id AND d.supplied_at IS NULL AND d.supply_by < :today AND c.status = 'ACCEPTED'
                        RETURNING c.id""")
                .param("today", LocalDate.now(clock)).param("lapsed", LAPSED).query(Long.class).list();
        ids.forEach(id -> {
            audit.record("services.case.withdraw", "svc_case", Long.toString(id), "ACCEPTED", "WITHDRAWN");
            events.publishEvent(new CaseDecided(id, CaseStatus.WITHDRAWN, LAPSED));
        });
        return ids;
    }
}
