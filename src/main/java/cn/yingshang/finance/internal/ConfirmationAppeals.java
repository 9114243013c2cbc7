package cn.yingshang.finance.internal;

import cn.yingshang.appeal.AppealIntake;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Notifications;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.RegionCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 001 §14 (六) and the arrears ledger: a payer that lets a confirmation request lapse (no answer within
 * the limit — a refusal without reason) or refuses it is treated as a debtor in arrears. The request
 * becomes a 拖欠账款 appeal through the appeal module's intake, so it runs the appeal loop and, once
 * dispatched, the arrears ledger registers the claim. A lapse is raised by the daily job when the
 * enterprise has an account phone to reach it by; otherwise, and after a refusal, the enterprise raises it.
 */
@Component
class ConfirmationAppeals {

    private final Confirmations confirmations;
    private final AppealIntake appeals;
    private final MarketEntities entities;
    private final Notifications notifications;
    private final FinanceMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    ConfirmationAppeals(Confirmations confirmations, AppealIntake appeals, MarketEntities entities, Notifications notifications,
                        FinanceMessages messages, AuditLog audit, Clock clock) {
        this.confirmations = confirmations;
        this.appeals = appeals;
        this.entities = entities;
        this.notifications = notifications;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(cron = "${yingshang.finance.confirmation-lapse-cron:0 15 1 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "finance-confirmation-lapses", lockAtMostFor = "PT10M")
    @Transactional  // the work runs in one transaction: a self-call would bypass the annotation on the called method
    void scheduled() {
        lapseOverdue();
    }

    /** Lapses every request past its due day and raises an appeal for each where a phone is known; their ids. */
    @Transactional
    List<Long> lapseOverdue() {
        List<Long> lapsed = confirmations.lapse(LocalDate.now(clock));
        for (long id : lapsed) {
            Confirmation c = confirmations.find(id).orElseThrow();
            audit.record("finance.confirmation.lapse", "fin_confirmation", Long.toString(id), "REQUESTED", "LAPSED");
            Optional<String> phone = confirmations.enterprisePhone(c.creditCode());
            if (phone.isPresent()) {
                raise(c, phone.get(), null);
            } else {
                notifications.toEntity(CreditCode.of(c.creditCode()), messages.text("finance.confirmation.lapsed.title"),
                        messages.text("finance.confirmation.lapsed.body", c.payerName(), c.contractName()), "/enterprise/finance");
            }
        }
        return lapsed;
    }

    /** The enterprise raises its refused or lapsed request as an arrears appeal; the tracking number. */
    @Transactional
    String raiseByEnterprise(long id, String phone, SignedInUser user) {
        Confirmation c = confirmations.find(id).orElseThrow(() -> new AccessDeniedException(messages.text("finance.confirmation.denied")));
        if (!user.isEnterpriseOf(c.creditCode())) {
            throw new AccessDeniedException(messages.text("finance.confirmation.denied"));
        }
        if (!c.escalable()) {
            throw messages.violation(null, "finance.confirmation.notEscalable");
        }
        if (phone == null || phone.isBlank()) {
            throw messages.violation("phone", "finance.required");
        }
        return raise(c, phone.strip(), user.accountId());
    }

    private String raise(Confirmation c, String phone, Long accountId) {
        if (!confirmations.claimForAppeal(c.id())) {
            throw messages.violation(null, "finance.confirmation.notEscalable");
        }
        RegionCode region = entities.find(CreditCode.of(c.creditCode())).map(MarketEntity::region).orElse(null);
        String why = "LAPSED".equals(c.status()) ? messages.text("finance.confirmation.appeal.lapsed", c.dueOn())
                : messages.text("finance.confirmation.appeal.refused", c.answerReason());
        AppealIntake.Receipt receipt = appeals.submit(new AppealIntake.NewAppeal(AppealIntake.Source.RECEIVABLE_CONFIRMATION,
                "COMPLAINT", "ARREARS", messages.text("finance.confirmation.appeal.title", c.payerName()),
                messages.text("finance.confirmation.appeal.content", c.payerName(), c.contractName(), c.amount(), c.requestedOn(), why),
                c.entityName(), phone, c.creditCode(), region, accountId), messages.text("finance.confirmation.appeal.actor"));
        confirmations.recordAppeal(c.id(), receipt.trackingNumber());
        notifications.toEntity(CreditCode.of(c.creditCode()), messages.text("finance.confirmation.appealed.title"),
                messages.text("finance.confirmation.appealed.body", c.payerName(), receipt.trackingNumber()), "/enterprise/finance");
        audit.record("finance.confirmation.appeal", "fin_confirmation", Long.toString(c.id()), c.status(),
                Map.of("appeal", receipt.trackingNumber()));
        return receipt.trackingNumber();
    }
}
