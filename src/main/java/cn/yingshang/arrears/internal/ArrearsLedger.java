package cn.yingshang.arrears.internal;

import cn.yingshang.shared.CreditCode;
import cn.yingshang.appeal.ArrearsAppealRaised;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Notifications;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.TimeLimit;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import cn.yingshang.shared.ConflictingChange;
import org.springframework.transaction.annotation.Transactional;

import static cn.yingshang.arrears.internal.ArrearsText.text;

/**
 * The ledger's use cases: registering a claim, receivable confirmation (Art. 16), repayment plan,
 * payments, settlement and the follow-up review (004 #37), reminders and supervision orders,
 * exposure of malicious cases (003 §54).
 */
@Service
@Transactional
class ArrearsLedger {

    /** Art. 16: a receivable is confirmed within 30 days of the SME's request. */
    static final TimeLimit CONFIRMATION_LIMIT = TimeLimit.naturalDays(30);

    private final JdbcClient jdbc;
    private final Claims claims;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final ClaimTerms terms;

    ArrearsLedger(JdbcClient jdbc, Claims claims, Notifications notifications, AuditLog audit, Clock clock,
                  org.springframework.context.ApplicationEventPublisher events, ClaimTerms terms) {
        this.events = events;
        this.terms = terms;
        this.jdbc = jdbc;
        this.claims = claims;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Claim require(long id) {
        return claims.find(id).orElseThrow(() -> new NoSuchElementException(text("arrears.notFound", id)));
    }

    // ---- registering ------------------------------------------------------------------------

    /** An SME reports a claim on its own behalf, or a department enters one from its review. */
    Claim register(ClaimForm form, SignedInUser by) {
        boolean enterprise = by.role() == Role.ENTERPRISE;
        String payeeCode = enterprise ? by.creditCode() : form.payeeCreditCode();
        MarketEntity payee = terms.requireSme(payeeCode);
        ClaimTerms.Resolved r = terms.resolve(form, payee);
        long id = jdbc.sql("""
                        INSERT INTO arrears_claim (source, status, payee_credit_code, payee_name, payee_size, reported_on,
                          registering_department_id, created_by)
                        VALUES (:source, 'REPORTED', :payee, :payeeName, :size, :today, :dept, :by) RETURNING id""")
                .param("source", enterprise ? "ENTERPRISE" : "DEPARTMENT").param("payee", payee.creditCode().value())
                .param("payeeName", payee.name()).param("size", payee.size().name()).param("today", today())
                .param("dept", by.departmentId() == null ? null : by.departmentId().value()).param("by", by.username())
                .query(Long.class).single();
        terms.write(id, r);
        Claim claim = require(id);
        audit.record("arrears.register", "arrears_claim", Long.toString(id), null, claim);
        notifications.toDepartment(cn.yingshang.platform.DepartmentId.of(r.supervisingDepartmentId()),
                text("arrears.notice.toConfirm.title", claim.reference()),
                text("arrears.notice.toConfirm.body", payee.name(), r.payerName(), form.amount(), claim.confirmBy()),
                "/workbench/arrears/" + id);
        return claim;
    }

    /** An accepted appeal of category 拖欠账款: the office completes the contract terms afterwards. */
    void registerFromAppeal(ArrearsAppealRaised appeal, cn.yingshang.appeal.AppealIntake.ArrearsReport report) {
        String code = report.requesterCreditCode();
        String refusal = null;
        MarketEntity payee = null;
        try {
            payee = terms.requireSme(code);
        } catch (DomainViolation e) {
            refusal = e.getMessage();
        }
        LocalDate reportedOn = appeal.raisedOn() == null ? today() : appeal.raisedOn();
        Long id = jdbc.sql("""
                        INSERT INTO arrears_claim (source, source_appeal_id, appeal_tracking_number, status, payee_credit_code,
                          payee_name, payee_size, description, reported_on, rejection_reason, created_by)
                        VALUES ('APPEAL', :appeal, :tracking, :status, :payee, :payeeName, :size, :content, :reportedOn,
                          :refusal, 'appeal')
                        ON CONFLICT (source_appeal_id) DO NOTHING RETURNING id""")
                .param("appeal", appeal.appealId().value()).param("tracking", appeal.trackingNumber())
                .param("status", refusal == null ? "INTAKE" : "REJECTED")
                .param("payee", code == null ? "000000000000000000" : code)
                .param("payeeName", payee != null ? payee.name() : report.requesterName() == null ? "" : report.requesterName())
                .param("size", payee == null ? null : payee.size().name())
                .param("content", report.content() == null ? "" : report.content())
                .param("reportedOn", reportedOn).param("refusal", refusal)
                .query(Long.class).optional().orElse(null);
        if (id == null) {
            return; // the same appeal delivered again
        }
        audit.record("arrears.fromAppeal", "arrears_claim", id.toString(), null, appeal);
        notifications.toRole(Role.OFFICE, text("arrears.notice.fromAppeal.title", appeal.trackingNumber()),
                refusal == null ? text("arrears.notice.fromAppeal.complete") : text("arrears.notice.fromAppeal.refused", refusal),
                "/workbench/arrears/" + id);
    }

    /** The office adds payer and terms to a claim that came from an appeal. */
    Claim completeIntake(long id, ClaimForm form) {
        Claim before = require(id);
        before.status().require("arrears.action.completeIntake", ClaimStatus.INTAKE);
        MarketEntity payee = terms.requireSme(before.payeeCreditCode());
        ClaimTerms.Resolved r = terms.resolve(form, payee);
        transition(id).from(ClaimStatus.INTAKE).to(ClaimStatus.REPORTED).set("reported_on", today()).apply();
        terms.write(id, r);
        Claim after = require(id);
        jdbc.sql("UPDATE arrears_claim SET confirm_by = :by WHERE id = :id")
                .param("by", terms.calendarOf(r.regionCode()).deadline(today(), CONFIRMATION_LIMIT)).param("id", id).update();
        audit.record("arrears.completeIntake", "arrears_claim", Long.toString(id), before, after);
        notifications.toDepartment(cn.yingshang.platform.DepartmentId.of(r.supervisingDepartmentId()),
                text("arrears.notice.toConfirm.title", after.reference()),
                text("arrears.notice.toConfirm.intakeBody", payee.name(), r.payerName()),
                "/workbench/arrears/" + id);
        return require(id);
    }

    // ---- workflow -----------------------------------------------------------------------------

    /** Every step of the claim's state machine: status-guarded, count checked (the platform's one idiom). */
    private cn.yingshang.platform.GuardedTransition transition(long id) {
        return cn.yingshang.platform.GuardedTransition.of(jdbc, "arrears_claim", id);
    }

    /** Art. 16: the payer's supervising department confirms the receivable. */
    Claim confirm(long id, SignedInUser by) {
        Claim before = require(id);
        requireVerifier(before, by);
        before.status().require("arrears.action.confirm", ClaimStatus.REPORTED);
        // the status guard: of two officials confirming at once, the second finds the claim no longer REPORTED
        transition(id).from(ClaimStatus.REPORTED).to(ClaimStatus.CONFIRMED)
                .set("confirmed_on", today()).set("confirmed_by", by.displayName()).apply();
        return changed("arrears.confirm", before, text("arrears.notice.confirmed.title", before.reference()),
                text("arrears.notice.confirmed.body", before.payerName(), before.amount(), before.dueOn()));
    }

    Claim reject(long id, String reason, SignedInUser by) {
        Claim before = require(id);
        requireVerifier(before, by);
        before.status().require("arrears.action.reject", ClaimStatus.REPORTED);
        if (reason == null || reason.isBlank()) {
            throw DomainViolation.of("reason", "arrears.violation.reject.reason");
        }
        transition(id).from(ClaimStatus.REPORTED).to(ClaimStatus.REJECTED).set("rejection_reason", reason.strip()).apply();
        return changed("arrears.reject", before, text("arrears.notice.rejected.title", before.reference()), text("arrears.notice.rejected.body", reason.strip()));
    }

    Claim planRepayment(long id, LocalDate payBy, String note, SignedInUser by) {
        Claim before = require(id);
        requireVerifier(before, by);
        before.status().require("arrears.action.plan", ClaimStatus.CONFIRMED);
        if (payBy == null || payBy.isBefore(today())) {
            throw DomainViolation.of("payBy", "arrears.violation.payBy");
        }
        transition(id).from(ClaimStatus.CONFIRMED).set("plan_pay_by", payBy).set("plan_note", note == null ? "" : note.strip()).apply();
        return changed("arrears.plan", before, text("arrears.notice.plan.title", before.reference()), text("arrears.notice.plan.body", payBy) + (note == null ? "" : note));
    }

    /** A payment, partial or whole; the claim is settled once nothing is owed and nothing is in dispute. */
    Claim recordPayment(long id, LocalDate paidOn, BigDecimal amount, String method, String note, SignedInUser by) {
        Claim before = require(id);
        requireVerifier(before, by);
        before.status().require("arrears.action.payment", ClaimStatus.CONFIRMED);
        if (amount == null || amount.signum() <= 0) {
            throw DomainViolation.of("paymentAmount", "arrears.violation.payment.amount");
        }
        if (amount.compareTo(before.outstanding()) > 0) {
            throw DomainViolation.of("paymentAmount", "arrears.violation.payment.tooMuch", before.outstanding().toString());
        }
        if (paidOn == null || paidOn.isAfter(today())) {
            throw DomainViolation.of("paidOn", "arrears.violation.paidOn");
        }
        PaymentMethod m = ClaimTerms.enumOf(PaymentMethod.class, "method", method, PaymentMethod.BANK_TRANSFER);
        // compare-and-set on the paid amount: two clerks recording at once cannot pay more than is owed
        ConflictingChange.unlessOne(jdbc.sql("""
                        UPDATE arrears_claim SET paid_amount = paid_amount + :amount
                        WHERE id = :id AND status = 'CONFIRMED' AND paid_amount = :paidBefore""")
                .param("amount", amount).param("id", id).param("paidBefore", before.paidAmount()).update());
        jdbc.sql("""
                        INSERT INTO arrears_payment (claim_id, paid_on, amount, method, note, recorded_by)
                        VALUES (:id, :on, :amount, :method, :note, :by)""")
                .param("id", id).param("on", paidOn).param("amount", amount).param("method", m.name())
                .param("note", note == null ? "" : note.strip()).param("by", by.displayName()).update();
        if (isNonCash(m) && !isNonCash(before.paymentMethod())) {
            // Art. 11, 003 §53: paid in bills or e-vouchers outside the agreed method — flagged for review
            jdbc.sql("""
                            UPDATE arrears_claim SET violations = array_append(violations, 'FORCED_COMMERCIAL_BILLS')
                            WHERE id = :id AND NOT ('FORCED_COMMERCIAL_BILLS' = ANY (violations))""")
                    .param("id", id).update();
        }
        settleIfPaid(id, paidOn);
        return changed("arrears.payment", before, text("arrears.notice.payment.title", before.reference()),
                text("arrears.notice.payment.body", before.payerName(), paidOn, amount));
    }

    /** Art. 15: the disputed part is decided; what is found owed joins the amount to be paid. */
    Claim resolveDispute(long id, BigDecimal owedOfDisputed, SignedInUser by) {
        Claim before = require(id);
        requireVerifier(before, by);
        before.status().require("arrears.action.resolveDispute", ClaimStatus.CONFIRMED, ClaimStatus.REPORTED);
        if (before.disputedAmount().signum() == 0) {
            throw DomainViolation.of("owedOfDisputed", "arrears.violation.dispute.none");
        }
        if (owedOfDisputed == null || owedOfDisputed.signum() < 0 || owedOfDisputed.compareTo(before.disputedAmount()) > 0) {
            throw DomainViolation.of("owedOfDisputed", "arrears.violation.dispute.range", before.disputedAmount().toString());
        }
        ConflictingChange.unlessOne(jdbc.sql("""
                        UPDATE arrears_claim SET amount = amount - disputed_amount + :owed, disputed_amount = 0
                        WHERE id = :id AND status = :from AND disputed_amount = :disputed""")
                .param("owed", owedOfDisputed).param("id", id).param("from", before.status().name())
                .param("disputed", before.disputedAmount()).update());
        if (before.status() == ClaimStatus.CONFIRMED) {
            settleIfPaid(id, today());
        }
        return changed("arrears.resolveDispute", before, text("arrears.notice.dispute.title", before.reference()),
                text("arrears.notice.dispute.body", before.disputedAmount(), owedOfDisputed));
    }

    private static boolean isNonCash(PaymentMethod method) {
        return method == PaymentMethod.COMMERCIAL_BILL || method == PaymentMethod.E_RECEIVABLE;
    }

    private void settleIfPaid(long id, LocalDate on) {
        int settled = jdbc.sql("""
                        UPDATE arrears_claim SET status = 'SETTLED', settled_on = :on
                        WHERE id = :id AND status = 'CONFIRMED' AND disputed_amount = 0 AND paid_amount >= amount""")
                .param("on", on).param("id", id).update();
        boolean fed = jdbc.sql("SELECT count(*) FROM arrears_integrity_feed WHERE claim_id = :id").param("id", id)
                .query(Long.class).single() > 0;
        if (settled == 1 && fed) {
            events.publishEvent(new cn.yingshang.arrears.GovernmentArrearsCleared(id, require(id).reference(), on));
        }
    }

    /** 004 #37 回头看: ask the SME whether it really received the money. */
    Claim startFollowUp(long id, SignedInUser by) {
        Claim before = require(id);
        requireVerifier(before, by);
        before.status().require("arrears.action.followUp", ClaimStatus.SETTLED);
        transition(id).from(ClaimStatus.SETTLED).to(ClaimStatus.FOLLOW_UP).set("follow_up_asked_on", today()).apply();
        return changed("arrears.followUp", before, text("arrears.notice.followUp.title", before.reference()),
                text("arrears.notice.followUp.body", before.payerName(), before.paidAmount()));
    }

    /** The SME answers the follow-up review; money it did not receive is owed again. */
    Claim answerFollowUp(long id, boolean received, BigDecimal receivedAmount, String note, SignedInUser by) {
        Claim before = require(id);
        if (!by.isEnterpriseOf(before.payeeCreditCode())) {
            throw new org.springframework.security.access.AccessDeniedException(text("arrears.denied.followUp"));
        }
        before.status().require("arrears.action.answerFollowUp", ClaimStatus.FOLLOW_UP);
        if (received) {
            transition(id).from(ClaimStatus.FOLLOW_UP).to(ClaimStatus.CLOSED).set("follow_up_answer", "PAID")
                    .set("follow_up_note", note == null ? "" : note.strip()).set("follow_up_answered_on", today()).apply();
        } else {
            BigDecimal got = receivedAmount == null ? BigDecimal.ZERO : receivedAmount;
            if (got.signum() < 0 || got.compareTo(before.paidAmount()) >= 0) {
                throw DomainViolation.of("receivedAmount", "arrears.violation.received", before.paidAmount().toString());
            }
            ConflictingChange.unlessOne(jdbc.sql("""
                            UPDATE arrears_claim SET status = 'CONFIRMED', paid_amount = :got, settled_on = NULL,
                              follow_up_answer = 'NOT_PAID', follow_up_note = :note, follow_up_answered_on = :today
                            WHERE id = :id AND status = 'FOLLOW_UP'""")
                    .param("got", got).param("note", note == null ? "" : note.strip()).param("today", today()).param("id", id)
                    .update());
            supervise(before, "ORDER", "FOLLOW_UP_NOT_PAID", by.username(),
                    text("arrears.note.followUpNotPaid", got, before.paidAmount()));
            notifications.toRole(Role.OFFICE, text("arrears.notice.notPaid.title", before.reference()),
                    text("arrears.notice.notPaid.body", before.payeeName()), "/workbench/arrears/" + id);
        }
        Claim after = require(id);
        audit.record("arrears.answerFollowUp", "arrears_claim", Long.toString(id), before, after);
        notifyDepartment(after, text("arrears.notice.followUpAnswer.title", after.reference()),
                text(received ? "arrears.notice.followUpAnswer.received" : "arrears.notice.followUpAnswer.notReceived"));
        return after;
    }

    /** 催办 by the department or office; 督办 (supervision order) by the office. */
    void supervise(long id, String kind, String note, SignedInUser by) {
        Claim claim = require(id);
        if ("ORDER".equals(kind) && !by.can("arrears:manage")) {
            throw new org.springframework.security.access.AccessDeniedException(text("arrears.denied.order"));
        }
        if (!"ORDER".equals(kind)) {
            requireVerifier(claim, by);
        }
        if (!claim.status().isOpen()) {
            throw DomainViolation.of("note", "arrears.violation.supervise.settled");
        }
        supervise(claim, "ORDER".equals(kind) ? "ORDER" : "REMINDER", null, by.username(), note == null ? "" : note.strip());
        audit.record("arrears." + kind.toLowerCase(), "arrears_claim", Long.toString(id), null, Map.of("note", note == null ? "" : note));
    }

    /** Returns whether the step was new (the daily job calls this with a step so it never repeats). */
    boolean supervise(Claim claim, String kind, String step, String by, String note) {
        int inserted = jdbc.sql("""
                        INSERT INTO arrears_supervision (claim_id, kind, step, issued_on, issued_by, note)
                        VALUES (:id, :kind, :step, :today, :by, :note) ON CONFLICT (claim_id, step) DO NOTHING""")
                .param("id", claim.id()).param("kind", kind).param("step", step).param("today", today())
                .param("by", by).param("note", note).update();
        if (inserted == 0) {
            return false;
        }
        String title = switch (kind) {
            case "ORDER" -> text("arrears.notice.supervision.ORDER");
            case "ESCALATION" -> text("arrears.notice.supervision.ESCALATION");
            default -> text("arrears.notice.supervision.REMINDER");
        };
        if (claim.supervisingDepartmentId() != null) {
            notifications.toDepartment(cn.yingshang.platform.DepartmentId.of(claim.supervisingDepartmentId()),
                    title + claim.reference(), note, "/workbench/arrears/" + claim.id());
        }
        if ("ESCALATION".equals(kind)) {
            notifications.toRole(Role.OFFICE, title + claim.reference(), note, "/workbench/arrears/" + claim.id());
        }
        return true;
    }

    /** 003 §54: after review, the office exposes a malicious case on 信息公开. */
    Claim expose(long id, String note, SignedInUser by) {
        Claim before = require(id);
        if (!before.isOverdueOn(today()) && before.followUpAnswer() == null) {
            throw DomainViolation.of("exposureNote", "arrears.violation.expose.notOverdue");
        }
        if (before.exposedOn() != null) {
            throw DomainViolation.of("exposureNote", "arrears.violation.expose.already");
        }
        if (note == null || note.strip().length() < 10) {
            throw DomainViolation.of("exposureNote", "arrears.violation.expose.note");
        }
        ConflictingChange.unlessOne(jdbc.sql("""
                        UPDATE arrears_claim SET malicious = TRUE, exposed_on = :today, exposure_note = :note
                        WHERE id = :id AND exposed_on IS NULL""")
                .param("today", today()).param("note", note.strip()).param("id", id).update());
        return changed("arrears.expose", before, text("arrears.notice.exposed.title", before.reference()), note.strip());
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** The payer's supervising department verifies; the office may act on any claim. */
    static void requireVerifier(Claim claim, SignedInUser user) {
        if (user.can("arrears:manage")) {
            return;
        }
        if (user.can("arrears:verify") && user.departmentId() != null && claim.supervisingDepartmentId() != null
                && user.departmentId().value() == claim.supervisingDepartmentId()) {
            return;
        }
        throw new org.springframework.security.access.AccessDeniedException(text("arrears.denied.department"));
    }

    static boolean canVerify(Claim claim, SignedInUser user) {
        try {
            requireVerifier(claim, user);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Claim changed(String action, Claim before, String title, String body) {
        Claim after = require(before.id());
        audit.record(action, "arrears_claim", Long.toString(before.id()), before, after);
        notifications.toEntity(CreditCode.of(after.payeeCreditCode()), title, body, "/enterprise/arrears/" + after.id());
        return after;
    }

    private void notifyDepartment(Claim claim, String title, String body) {
        if (claim.supervisingDepartmentId() != null) {
            notifications.toDepartment(cn.yingshang.platform.DepartmentId.of(claim.supervisingDepartmentId()), title, body,
                    "/workbench/arrears/" + claim.id());
        }
    }

}
