package cn.yingshang.finance.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Notifications;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 004 #9: the financing needs still open are pushed to the banks once a quarter (on the first day of
 * January, April, July and October). Each bank gets the open needs it may see — those of enterprises
 * that consent to it and that it has not answered — in a notice to its officers. ShedLock keeps the
 * job on one node; the (quarter, bank) row keeps a re-run or a second node from pushing twice.
 */
@Component
class QuarterlyNeedsPush {

    private final JdbcClient jdbc;
    private final Needs needs;
    private final Notifications notifications;
    private final FinanceMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    QuarterlyNeedsPush(JdbcClient jdbc, Needs needs, Notifications notifications, FinanceMessages messages, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.needs = needs;
        this.notifications = notifications;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(cron = "${yingshang.finance.needs-push-cron:0 0 9 1 1,4,7,10 *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "finance-quarterly-needs-push", lockAtMostFor = "PT30M")
    @Transactional  // the work runs in one transaction: a self-call would bypass the annotation on the called method
    void scheduled() {
        push(LocalDate.now(clock));
    }

    /** The quarter a day falls in, e.g. {@code 2026Q4}. */
    static String quarterOf(LocalDate day) {
        return day.getYear() + "Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    /** Pushes the quarter of {@code day} to every bank not yet pushed to; the ids of the banks pushed to now. */
    @Transactional
    List<Long> push(LocalDate day) {
        String quarter = quarterOf(day);
        List<Long> pushed = new ArrayList<>();
        for (long bankId : jdbc.sql("SELECT id FROM fin_bank ORDER BY id").query(Long.class).list()) {
            long open = needs.openForBank(bankId);
            boolean first = jdbc.sql("""
                            INSERT INTO fin_push (quarter, bank_id, needs) VALUES (:q, :b, :n) ON CONFLICT (quarter, bank_id) DO NOTHING""")
                    .param("q", quarter).param("b", bankId).param("n", open).update() == 1;
            if (!first) {
                continue;
            }
            for (long account : jdbc.sql("SELECT account_id FROM fin_bank_account WHERE bank_id = :b").param("b", bankId)
                    .query(Long.class).list()) {
                notifications.toAccount(account, messages.text("finance.push.title", quarter),
                        messages.text("finance.push.body", quarter, open), "/workbench/finance/bank");
            }
            audit.record("finance.needs.push", "fin_bank", Long.toString(bankId), null, Map.of("quarter", quarter, "needs", open));
            pushed.add(bankId);
        }
        return pushed;
    }
}
