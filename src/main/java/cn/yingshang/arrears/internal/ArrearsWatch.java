package cn.yingshang.arrears.internal;

import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.arrears.GovernmentArrearsOverdue;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily look over the ledger: late confirmations and overdue payments are reminded to the
 * supervising department, and climb to the office when they stay overdue (003 §54 提醒督办).
 * Each step is recorded once per claim, so running the job twice sends nothing twice.
 */
@Component
class ArrearsWatch {

    /** Overdue this long after the due date (or the confirmation deadline), a claim goes to the office. */
    static final int ESCALATE_AFTER_DAYS = 30;
    /**
     * At most this many government-integrity events per run. Each is handled asynchronously after
     * commit; tens of thousands at once (a first run over an imported ledger) outran the connection
     * pool. The rest follow on the next runs, oldest claims first.
     */
    static final int INTEGRITY_EVENTS_PER_RUN = 1000;

    private final Claims claims;
    private final ArrearsLedger ledger;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final AnnualPublication publication;
    private final org.springframework.transaction.support.TransactionTemplate tx;
    private final cn.yingshang.platform.Notifications notifications;

    ArrearsWatch(Claims claims, ArrearsLedger ledger, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
                 AnnualPublication publication, cn.yingshang.platform.Notifications notifications,
                 org.springframework.transaction.PlatformTransactionManager transactions) {
        this.tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.publication = publication;
        this.notifications = notifications;
        this.claims = claims;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${yingshang.jobs.arrears-watch.cron:0 30 7 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "arrears-watch", lockAtLeastFor = "${yingshang.jobs.lock-at-least:PT10S}")
    void daily() {
        check(LocalDate.now(clock));
    }

    /**
     * Returns how many new steps were taken. One transaction, begun here: {@link #daily()} calls this on
     * {@code this}, past the proxy, where an {@code @Transactional} would be ignored.
     */
    int check(LocalDate today) {
        return tx.execute(status -> checkInTransaction(today));
    }

    private int checkInTransaction(LocalDate today) {
        int steps = remindYearlyPublication(today);
        // the steps already taken, read once: a steady-state run issues no statement per claim
        java.util.Set<String> taken = new java.util.HashSet<>(jdbc.sql("""
                        SELECT s.claim_id || ':' || s.step FROM arrears_supervision s JOIN arrears_claim c ON c.id = s.claim_id
                        WHERE s.step IS NOT NULL AND c.status IN ('REPORTED', 'CONFIRMED')
                        UNION ALL
                        SELECT f.claim_id || ':INTEGRITY' FROM arrears_integrity_feed f JOIN arrears_claim c ON c.id = f.claim_id
                        WHERE c.status IN ('REPORTED', 'CONFIRMED')""").query(String.class).list());
        return steps + checkClaims(today, taken);
    }

    private int checkClaims(LocalDate today, java.util.Set<String> taken) {
        int steps = 0;
        int fed = 0;
        for (Claim c : claims.openWithDueDate()) {
            if (c.status() == ClaimStatus.REPORTED && c.confirmBy() != null && today.isAfter(c.confirmBy())) {
                steps += step(taken, c, "REMINDER", "CONFIRM_LATE", ArrearsText.text("arrears.watch.confirmLate", c.confirmBy()));
                if (today.isAfter(c.confirmBy().plusDays(ESCALATE_AFTER_DAYS))) {
                    steps += step(taken, c, "ESCALATION", "CONFIRM_LATE_OFFICE", ArrearsText.text("arrears.watch.confirmLateOffice", ESCALATE_AFTER_DAYS));
                }
            }
            if (c.isOverdueOn(today)) {
                steps += step(taken, c, "REMINDER", "OVERDUE", ArrearsText.text("arrears.watch.overdue", c.payerName(), c.dueOn(), c.undisputedOutstanding()));
                if (c.daysOverdue(today) > ESCALATE_AFTER_DAYS) {
                    steps += step(taken, c, "ESCALATION", "OVERDUE_OFFICE", ArrearsText.text("arrears.watch.overdueOffice", ESCALATE_AFTER_DAYS));
                }
                if (c.status() == ClaimStatus.CONFIRMED && c.payerType() != null && c.payerType().isPublicBody()
                        && fed < INTEGRITY_EVENTS_PER_RUN) {
                    int sent = feedIntegrity(taken, c, today);
                    fed += sent;
                    steps += sent;
                }
            }
            if (c.status() == ClaimStatus.CONFIRMED && c.planPayBy() != null && today.isAfter(c.planPayBy())
                    && c.outstanding().signum() > 0) {
                steps += step(taken, c, "REMINDER", "PLAN_MISSED", ArrearsText.text("arrears.watch.planMissed", c.planPayBy()));
            }
        }
        return steps;
    }

    /** Art. 18: from 1 March, remind the office once to publish last year's figures; once more when 31 March has passed. */
    int remindYearlyPublication(LocalDate today) {
        int year = today.getYear() - 1;
        LocalDate deadline = AnnualPublication.deadlineFor(year);
        if (today.isBefore(deadline.withDayOfMonth(1)) || !publication.published(year).isEmpty()) {
            return 0;
        }
        boolean late = today.isAfter(deadline);
        String marker = (late ? "ANNUAL_REPORT_LATE_" : "ANNUAL_REPORT_DUE_") + year;
        int inserted = jdbc.sql("INSERT INTO arrears_watch_marker (marker, created_on) VALUES (:m, :today) ON CONFLICT DO NOTHING")
                .param("m", marker).param("today", today).update();
        if (inserted == 0) {
            return 0;
        }
        notifications.toRole(cn.yingshang.platform.Role.OFFICE,
                late ? ArrearsText.text("arrears.watch.publication.late", year) : ArrearsText.text("arrears.watch.publication.due", deadline, year),
                ArrearsText.text("arrears.watch.publication.body"),
                "/workbench/arrears/publicity?year=" + year);
        return 1;
    }

    private int step(java.util.Set<String> taken, Claim c, String kind, String step, String note) {
        if (taken.contains(c.id() + ":" + step)) {
            return 0;
        }
        return ledger.supervise(c, kind, step, "system", note) ? 1 : 0;
    }

    /** 003 §55: a public body's unpaid arrears are government dishonesty; sent once per claim. */
    private int feedIntegrity(java.util.Set<String> taken, Claim c, LocalDate today) {
        if (taken.contains(c.id() + ":INTEGRITY")) {
            return 0;
        }
        int inserted = jdbc.sql("INSERT INTO arrears_integrity_feed (claim_id, fed_on) VALUES (:id, :today) ON CONFLICT DO NOTHING")
                .param("id", c.id()).param("today", today).update();
        if (inserted == 0) {
            return 0;
        }
        events.publishEvent(new GovernmentArrearsOverdue(c.id(), c.reference(), CreditCode.validOrNull(c.payerCreditCode()), c.payerName(),
                c.payerType().name(), RegionCode.of(c.regionCode()), c.supervisingDepartmentId(), CreditCode.validOrNull(c.payeeCreditCode()), c.undisputedOutstanding(),
                c.dueOn(), today));
        return 1;
    }
}
