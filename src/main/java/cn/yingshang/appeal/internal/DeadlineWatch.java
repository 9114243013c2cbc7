package cn.yingshang.appeal.internal;

import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Notifications;
import cn.yingshang.platform.Role;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the 80 % warning and the overdue notice once per appeal, kind and due date: the
 * appeal_deadline_notice key makes a rerun (or a second node) send nothing twice.
 */
@Component
class DeadlineWatch {

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final AppealSteps appeals;
    private final Clock clock;
    private final TransactionTemplate tx;

    DeadlineWatch(JdbcClient jdbc, Notifications notifications, AppealSteps appeals, Clock clock,
                  PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.appeals = appeals;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    record Due(long id, String trackingNumber, String title, Long leadDepartmentId, LocalDate dueOn, String kind) {
    }

    @Scheduled(fixedDelayString = "${yingshang.appeal.deadline-watch-ms:300000}", initialDelayString = "${yingshang.appeal.deadline-watch-initial-ms:60000}")
    @SchedulerLock(name = "appeal-deadline-watch", lockAtLeastFor = "${yingshang.jobs.lock-at-least:PT10S}")
    void scheduled() {
        run(LocalDate.now(clock));
    }

    /**
     * Returns how many notices were sent. Appeals already noticed are left out of the batch, so
     * beyond 5,000 due appeals each run reaches the next ones instead of re-reading the first.
     * One transaction (a programmatic one: {@link #scheduled()} calls this on {@code this}, past the
     * proxy, so an {@code @Transactional} here was ignored and each notice committed alone).
     */
    int run(LocalDate today) {
        return tx.execute(status -> noticeDue(today));
    }

    private int noticeDue(LocalDate today) {
        List<Due> due = jdbc.sql("""
                        SELECT id, tracking_number, title, lead_department_id, due_on, kind
                        FROM (SELECT a.*, CASE WHEN a.due_on < :t THEN 'OVERDUE' ELSE 'WARNING' END AS kind FROM appeal a
                              WHERE a.clock_stage IS NOT NULL AND a.warn_on <= :t AND a.status <> 'PAUSED'
                                AND a.status NOT IN ('MERGED','DECLINED','CLOSED','REPLIED')) d
                        WHERE NOT EXISTS (SELECT 1 FROM appeal_deadline_notice n
                                          WHERE n.appeal_id = d.id AND n.kind = d.kind AND n.due_on = d.due_on)
                        ORDER BY id LIMIT 5000""")
                .param("t", today).query(Due.class).list();
        int sent = 0;
        for (Due d : due) {
            int fresh = jdbc.sql("INSERT INTO appeal_deadline_notice (appeal_id, kind, due_on, sent_at) VALUES (:a, :k, :d, :t) "
                            + "ON CONFLICT DO NOTHING")
                    .param("a", d.id()).param("k", d.kind()).param("d", d.dueOn()).param("t", Timestamp.from(clock.instant())).update();
            if (fresh == 0) {
                continue;
            }
            String title = AppealText.text("OVERDUE".equals(d.kind()) ? "appeal.notice.deadline.overdue" : "appeal.notice.deadline.warning",
                    d.trackingNumber());
            String body = AppealText.text("appeal.notice.deadline.body", d.title(), d.dueOn());
            String link = "/workbench/appeals/" + d.id();
            if (d.leadDepartmentId() != null) {
                notifications.toDepartment(DepartmentId.of(d.leadDepartmentId()), title, body, link);
            }
            if ("OVERDUE".equals(d.kind()) || d.leadDepartmentId() == null) {
                notifications.toRole(Role.OFFICE, title, body, link);
            }
            appeals.event(d.id(), d.kind(), AppealText.text("appeal.actor.system"), d.leadDepartmentId(),
                    AppealText.text("appeal.note.deadline", d.dueOn()));
            sent++;
        }
        return sent;
    }
}
