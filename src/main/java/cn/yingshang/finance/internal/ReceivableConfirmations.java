package cn.yingshang.finance.internal;

import cn.yingshang.shared.CreditCode;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Notifications;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.TimeLimit;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 001 §14 (六): an SME financing against a receivable asks the public payer to confirm the debt; the
 * payer's supervising department (the one with that function in the SME's region, or the nearest up
 * the tree) answers on the clock. The limit is the arrears ledger's confirmation limit (30 days), so
 * a payer is held to one period whichever way the SME comes.
 */
@Component
class ReceivableConfirmations {

    static final TimeLimit LIMIT = TimeLimit.naturalDays(30);

    private final Confirmations confirmations;
    private final EnterpriseFinancing enterprises;
    private final Departments departments;
    private final WorkingCalendars calendars;
    private final Notifications notifications;
    private final FinanceMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    ReceivableConfirmations(Confirmations confirmations, EnterpriseFinancing enterprises, Departments departments,
                            WorkingCalendars calendars, Notifications notifications, FinanceMessages messages, AuditLog audit,
                            Clock clock) {
        this.confirmations = confirmations;
        this.enterprises = enterprises;
        this.departments = departments;
        this.calendars = calendars;
        this.notifications = notifications;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Confirmation request(Forms.ConfirmationForm form, SignedInUser user) {
        MarketEntity entity = enterprises.entityOf(user);
        if (form.payerName() == null || form.payerName().isBlank()) {
            throw messages.violation("payerName", "finance.required");
        }
        if (form.payerFunction() == null) {
            throw messages.violation("payerFunction", "finance.required");
        }
        if (form.contractName() == null || form.contractName().isBlank()) {
            throw messages.violation("contractName", "finance.required");
        }
        if (form.amount() == null || form.amount().compareTo(BigDecimal.ZERO) <= 0) {
            throw messages.violation("amount", "finance.need.amount.invalid");
        }
        Department department = departments.responsibleFor(entity.region(), form.payerFunction())
                .orElseThrow(() -> messages.violation("payerFunction", "finance.confirmation.noDepartment"));
        LocalDate today = LocalDate.now(clock);
        LocalDate due = calendars.deadline(entity.region(), today, LIMIT);
        long id = confirmations.insert(entity.creditCode().value(), entity.name(), form.payerName().strip(), department.id(),
                form.contractName().strip(), form.amount(), today, due);
        notifications.toDepartment(department.id(), messages.text("finance.confirmation.notice.title"),
                messages.text("finance.confirmation.notice.body", entity.name(), form.payerName().strip(), form.amount(), due),
                "/workbench/finance/confirmations/" + id);
        audit.record("finance.confirmation.request", "fin_confirmation", Long.toString(id), null,
                Map.of("payer", form.payerName().strip(), "amount", form.amount(), "department", department.name()));
        return confirmations.find(id).orElseThrow();
    }

    boolean mayAnswer(SignedInUser user, Confirmation c) {
        return user.can("finance:confirm") && (user.role() == Role.OFFICE || departments.actsFor(user, c.department()));
    }

    boolean mayRead(SignedInUser user, Confirmation c) {
        return mayAnswer(user, c) || user.isEnterpriseOf(c.creditCode());
    }

    Confirmation readable(long id, SignedInUser user) {
        Confirmation c = confirmations.find(id).orElseThrow(() -> new AccessDeniedException(messages.text("finance.confirmation.denied")));
        if (!mayRead(user, c)) {
            throw new AccessDeniedException(messages.text("finance.confirmation.denied"));
        }
        return c;
    }

    cn.yingshang.platform.PageOf<Confirmation> forOfficial(SignedInUser user, String search, cn.yingshang.platform.ListPage page) {
        List<Long> scope = user.role() == Role.OFFICE || user.role() == Role.ADMIN ? null
                : departments.actedForBy(user).stream().map(DepartmentId::value).toList();
        return confirmations.forDepartments(scope, search, page);
    }

    @Transactional
    void confirm(long id, SignedInUser user) {
        answer(id, "CONFIRMED", null, user);
    }

    @Transactional
    void refuse(long id, String reason, SignedInUser user) {
        if (reason == null || reason.isBlank()) {
            throw messages.violation("reason", "finance.confirmation.reasonRequired");
        }
        answer(id, "REFUSED", reason.strip(), user);
    }

    private void answer(long id, String to, String reason, SignedInUser user) {
        Confirmation c = confirmations.find(id).orElseThrow(() -> new AccessDeniedException(messages.text("finance.confirmation.denied")));
        if (!mayAnswer(user, c)) {
            throw new AccessDeniedException(messages.text("finance.confirmation.denied"));
        }
        confirmations.answer(id, to, LocalDate.now(clock), reason);
        notifications.toEntity(CreditCode.of(c.creditCode()), messages.text("finance.confirmation.answered.title"),
                messages.text("finance.confirmation.answered." + to, c.payerName(), c.contractName(), reason == null ? "" : reason),
                "/enterprise/finance");
        audit.record("finance.confirmation." + to.toLowerCase(), "fin_confirmation", Long.toString(id), c.status(),
                reason == null ? Map.of("status", to) : Map.of("status", to, "reason", reason));
    }
}
