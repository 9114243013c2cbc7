package cn.yingshang.arrears.internal;

import cn.yingshang.appeal.ArrearsAppealRaised;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Notifications;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.DomainViolation;
import cn.yingshang.shared.EnterpriseSize;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.TimeLimit;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import cn.yingshang.shared.ConflictingChange;
import org.springframework.transaction.annotation.Transactional;

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
    private final PayerRegister payers;
    private final MarketEntities entities;
    private final Departments departments;
    private final WorkingCalendars calendars;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    ArrearsLedger(JdbcClient jdbc, Claims claims, PayerRegister payers, MarketEntities entities, Departments departments,
                  WorkingCalendars calendars, Notifications notifications, AuditLog audit, Clock clock,
                  org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.claims = claims;
        this.payers = payers;
        this.entities = entities;
        this.departments = departments;
        this.calendars = calendars;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Claim require(long id) {
        return claims.find(id).orElseThrow(() -> new NoSuchElementException("没有这笔拖欠账款：" + id));
    }

    // ---- registering ------------------------------------------------------------------------

    /** An SME reports a claim on its own behalf, or a department enters one from its review. */
    Claim register(ClaimForm form, SignedInUser by) {
        boolean enterprise = by.role() == Role.ENTERPRISE;
        String payeeCode = enterprise ? by.creditCode() : form.payeeCreditCode();
        MarketEntity payee = requireSme(payeeCode);
        Resolved r = resolve(form, payee);
        long id = jdbc.sql("""
                        INSERT INTO arrears_claim (source, status, payee_credit_code, payee_name, payee_size, reported_on,
                          registering_department_id, created_by)
                        VALUES (:source, 'REPORTED', :payee, :payeeName, :size, :today, :dept, :by) RETURNING id""")
                .param("source", enterprise ? "ENTERPRISE" : "DEPARTMENT").param("payee", payee.creditCode().value())
                .param("payeeName", payee.name()).param("size", payee.size().name()).param("today", today())
                .param("dept", by.departmentId() == null ? null : by.departmentId().value()).param("by", by.username())
                .query(Long.class).single();
        writeTerms(id, r);
        Claim claim = require(id);
        audit.record("arrears.register", "arrears_claim", Long.toString(id), null, claim);
        notifications.toDepartment(cn.yingshang.platform.DepartmentId.of(r.supervisingDepartmentId()),
                "拖欠账款待确权：" + claim.reference(),
                payee.name() + " 反映 " + r.payerName() + " 拖欠 " + form.amount() + " 元，请在 " + claim.confirmBy()
                        + " 前核实确认（《保障中小企业款项支付条例》第十六条）",
                "/workbench/arrears/" + id);
        return claim;
    }

    /** An accepted appeal of category 拖欠账款: the office completes the contract terms afterwards. */
    void registerFromAppeal(ArrearsAppealRaised appeal, cn.yingshang.appeal.AppealIntake.ArrearsReport report) {
        String code = report.requesterCreditCode();
        String refusal = null;
        MarketEntity payee = null;
        try {
            payee = requireSme(code);
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
                .param("appeal", appeal.appealId()).param("tracking", appeal.trackingNumber())
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
        notifications.toRole(Role.OFFICE, "12345 拖欠账款诉求转入台账：" + appeal.trackingNumber(),
                refusal == null ? "请补充付款方与合同信息后转付款方主管部门确权" : "未能登记：" + refusal,
                "/workbench/arrears/" + id);
    }

    /** The office adds payer and terms to a claim that came from an appeal. */
    Claim completeIntake(long id, ClaimForm form) {
        Claim before = require(id);
        before.status().require("补充合同信息", ClaimStatus.INTAKE);
        MarketEntity payee = requireSme(before.payeeCreditCode());
        Resolved r = resolve(form, payee);
        ConflictingChange.unlessOne(jdbc.sql("UPDATE arrears_claim SET status = 'REPORTED', reported_on = :today WHERE id = :id AND status = 'INTAKE'")
                .param("today", today()).param("id", id).update());
        writeTerms(id, r);
        Claim after = require(id);
        jdbc.sql("UPDATE arrears_claim SET confirm_by = :by WHERE id = :id")
                .param("by", calendarOf(r.regionCode()).deadline(today(), CONFIRMATION_LIMIT)).param("id", id).update();
        audit.record("arrears.completeIntake", "arrears_claim", Long.toString(id), before, after);
        notifications.toDepartment(cn.yingshang.platform.DepartmentId.of(r.supervisingDepartmentId()),
                "拖欠账款待确权：" + after.reference(), payee.name() + " 反映 " + r.payerName() + " 拖欠账款，请核实确认",
                "/workbench/arrears/" + id);
        return require(id);
    }

    private record Resolved(PayerType payerType, Long payerId, String payerCreditCode, String payerName, String regionCode,
                            long supervisingDepartmentId, ClaimForm form, PaymentDue due, Set<Violation> practices,
                            PaymentMethod method, SettlementBasis basis) {
    }

    private Resolved resolve(ClaimForm form, MarketEntity payee) {
        PayerType type;
        Long payerId = null;
        String payerCode;
        String payerName;
        String region;
        long department;
        if (form.payerId() != null) {
            Payer payer = payers.find(form.payerId())
                    .orElseThrow(() -> new DomainViolation("payerId", "付款方不在登记名录中"));
            type = payer.type();
            payerId = payer.id();
            payerCode = payer.creditCode();
            payerName = payer.name();
            region = payer.regionCode();
            department = payer.supervisingDepartmentId();
        } else if (form.payerCreditCode() != null && !form.payerCreditCode().isBlank()) {
            CreditCode code = parse("payerCreditCode", form.payerCreditCode());
            MarketEntity payer = entities.find(code)
                    .orElseThrow(() -> new DomainViolation("payerCreditCode", "登记系统中没有该付款企业：" + code.value()));
            // 003 §53 para. 2: "paid when we are paid" is forbidden to every business operator, not only large ones.
            boolean paidWhenPaid = form.practices().contains(Violation.PAID_WHEN_PAID.name());
            if (payer.size() != EnterpriseSize.LARGE && !paidWhenPaid) {
                throw new DomainViolation("payerCreditCode", payer.name() + "不是大型企业（"
                        + (payer.size() == null ? "规模未知" : payer.size().label()) + "），不属于《保障中小企业款项支付条例》约束的付款方；"
                        + "但任何经营主体均不得以收到第三方付款作为付款条件（003 §53），如属此情形请勾选该做法");
            }
            if (payer.creditCode().equals(payee.creditCode())) {
                throw new DomainViolation("payerCreditCode", "付款方与收款方不能是同一主体");
            }
            type = payer.size() == EnterpriseSize.LARGE ? PayerType.LARGE_ENTERPRISE : PayerType.OTHER_OPERATOR;
            payerCode = payer.creditCode().value();
            payerName = payer.name();
            region = payer.region().code();
            // 国令802号 Art. 4: the department in charge of SME promotion (工业和信息化) handles large enterprises' arrears
            Department dept = departments.responsibleFor(payer.region(), DepartmentFunction.INDUSTRY_IT)
                    .orElseThrow(() -> new DomainViolation("payerCreditCode", "找不到付款企业所在地的工业和信息化主管部门"));
            department = dept.id().value();
        } else {
            throw new DomainViolation("payerId", "请选择付款的机关、事业单位、国有企业，或填写大型企业的统一社会信用代码");
        }
        if (form.contractName() == null || form.contractName().isBlank()) {
            throw new DomainViolation("contractName", "请填写合同名称或采购项目");
        }
        if (form.amount() == null || form.amount().signum() <= 0) {
            throw new DomainViolation("amount", "请填写大于零的合同欠款金额（元）");
        }
        BigDecimal disputed = form.disputedAmount() == null ? BigDecimal.ZERO : form.disputedAmount();
        if (disputed.signum() < 0 || disputed.compareTo(form.amount()) > 0) {
            throw new DomainViolation("disputedAmount", "有争议的金额应在 0 与欠款金额之间");
        }
        if (form.contractRatePercent() != null && form.contractRatePercent().signum() < 0) {
            throw new DomainViolation("contractRatePercent", "约定逾期利率不能为负数");
        }
        if (form.deliveredOn() != null && form.deliveredOn().isAfter(today())) {
            throw new DomainViolation("deliveredOn", "交付日期不能晚于今天");
        }
        SettlementBasis basis = enumOf(SettlementBasis.class, "basis", form.basis(), SettlementBasis.DELIVERY);
        PaymentMethod method = enumOf(PaymentMethod.class, "paymentMethod", form.paymentMethod(), PaymentMethod.BANK_TRANSFER);
        Set<Violation> practices = EnumSet.noneOf(Violation.class);
        for (String p : form.practices()) {
            practices.add(enumOf(Violation.class, "practices", p, null));
        }
        ContractTerms terms = new ContractTerms(type, form.deliveredOn(), basis, form.settlementConfirmedOn(),
                form.acceptedOn(), form.acceptancePeriodDays(), form.agreedTermDays(), practices);
        PaymentDue due = PaymentRules.due(terms, calendarOf(region));
        return new Resolved(type, payerId, payerCode, payerName, region, department, form, due, practices, method, basis);
    }

    private void writeTerms(long id, Resolved r) {
        ClaimForm f = r.form();
        LocalDate reportedOn = jdbc.sql("SELECT reported_on FROM arrears_claim WHERE id = :id").param("id", id)
                .query(LocalDate.class).single();
        jdbc.sql("""
                        UPDATE arrears_claim SET payer_type = :type, payer_id = :payerId, payer_credit_code = :payerCode,
                          payer_name = :payerName, region_code = :region, supervising_department_id = :dept,
                          contract_name = :contract, amount = :amount, disputed_amount = :disputed, delivered_on = :delivered,
                          settlement_basis = :basis, settlement_confirmed_on = :settled, accepted_on = :accepted,
                          acceptance_period_days = :acceptanceDays, agreed_term_days = :term, payment_method = :method,
                          contract_rate_percent = :rate, practices = :practices, violations = :violations,
                          description = :description, confirm_by = :confirmBy, clock_start = :start, due_on = :due
                        WHERE id = :id""")
                .param("type", r.payerType().name()).param("payerId", r.payerId()).param("payerCode", r.payerCreditCode())
                .param("payerName", r.payerName()).param("region", r.regionCode()).param("dept", r.supervisingDepartmentId())
                .param("contract", f.contractName().strip()).param("amount", f.amount())
                .param("disputed", f.disputedAmount() == null ? BigDecimal.ZERO : f.disputedAmount())
                .param("delivered", f.deliveredOn()).param("basis", r.basis().name())
                .param("settled", f.settlementConfirmedOn()).param("accepted", f.acceptedOn())
                .param("acceptanceDays", f.acceptancePeriodDays()).param("term", f.agreedTermDays())
                .param("method", r.method().name()).param("rate", f.contractRatePercent())
                .param("practices", Claims.codes(r.practices())).param("violations", Claims.codes(r.due().violations()))
                .param("description", f.description() == null ? "" : f.description().strip())
                .param("confirmBy", calendarOf(r.regionCode()).deadline(reportedOn, CONFIRMATION_LIMIT))
                .param("start", r.due().clockStart()).param("due", r.due().dueOn()).param("id", id)
                .update();
    }

    // ---- workflow -----------------------------------------------------------------------------

    /** Art. 16: the payer's supervising department confirms the receivable. */
    Claim confirm(long id, SignedInUser by) {
        Claim before = require(id);
        requireVerifier(before, by);
        before.status().require("确权", ClaimStatus.REPORTED);
        // the status guard: of two officials confirming at once, the second finds the claim no longer REPORTED
        ConflictingChange.unlessOne(jdbc.sql("""
                        UPDATE arrears_claim SET status = 'CONFIRMED', confirmed_on = :today, confirmed_by = :by
                        WHERE id = :id AND status = 'REPORTED'""")
                .param("today", today()).param("by", by.displayName()).param("id", id).update());
        return changed("arrears.confirm", before, "账款已确权：" + before.reference(),
                before.payerName() + " 所欠 " + before.amount() + " 元已由主管部门核实确认，应于 " + before.dueOn() + " 前支付");
    }

    Claim reject(long id, String reason, SignedInUser by) {
        Claim before = require(id);
        requireVerifier(before, by);
        before.status().require("作出不予确认", ClaimStatus.REPORTED);
        if (reason == null || reason.isBlank()) {
            throw new DomainViolation("reason", "请写明不予确认的理由，企业将看到这段说明");
        }
        ConflictingChange.unlessOne(jdbc.sql("UPDATE arrears_claim SET status = 'REJECTED', rejection_reason = :reason WHERE id = :id AND status = 'REPORTED'")
                .param("reason", reason.strip()).param("id", id).update());
        return changed("arrears.reject", before, "账款未获确认：" + before.reference(), "理由：" + reason.strip());
    }

    Claim planRepayment(long id, LocalDate payBy, String note, SignedInUser by) {
        Claim before = require(id);
        requireVerifier(before, by);
        before.status().require("制定还款计划", ClaimStatus.CONFIRMED);
        if (payBy == null || payBy.isBefore(today())) {
            throw new DomainViolation("payBy", "计划清偿日期不能早于今天");
        }
        ConflictingChange.unlessOne(jdbc.sql("UPDATE arrears_claim SET plan_pay_by = :payBy, plan_note = :note WHERE id = :id AND status = 'CONFIRMED'")
                .param("payBy", payBy).param("note", note == null ? "" : note.strip()).param("id", id).update());
        return changed("arrears.plan", before, "还款计划：" + before.reference(), "计划于 " + payBy + " 前清偿。" + (note == null ? "" : note));
    }

    /** A payment, partial or whole; the claim is settled once nothing is owed and nothing is in dispute. */
    Claim recordPayment(long id, LocalDate paidOn, BigDecimal amount, String method, String note, SignedInUser by) {
        Claim before = require(id);
        requireVerifier(before, by);
        before.status().require("登记还款", ClaimStatus.CONFIRMED);
        if (amount == null || amount.signum() <= 0) {
            throw new DomainViolation("paymentAmount", "请填写大于零的还款金额");
        }
        if (amount.compareTo(before.outstanding()) > 0) {
            throw new DomainViolation("paymentAmount", "还款金额超过尚欠金额 " + before.outstanding() + " 元");
        }
        if (paidOn == null || paidOn.isAfter(today())) {
            throw new DomainViolation("paidOn", "请填写不晚于今天的还款日期");
        }
        PaymentMethod m = enumOf(PaymentMethod.class, "method", method, PaymentMethod.BANK_TRANSFER);
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
        return changed("arrears.payment", before, "收到还款登记：" + before.reference(),
                before.payerName() + " 于 " + paidOn + " 支付 " + amount + " 元，请核对");
    }

    /** Art. 15: the disputed part is decided; what is found owed joins the amount to be paid. */
    Claim resolveDispute(long id, BigDecimal owedOfDisputed, SignedInUser by) {
        Claim before = require(id);
        requireVerifier(before, by);
        before.status().require("处理争议部分", ClaimStatus.CONFIRMED, ClaimStatus.REPORTED);
        if (before.disputedAmount().signum() == 0) {
            throw new DomainViolation("owedOfDisputed", "这笔账款没有争议部分");
        }
        if (owedOfDisputed == null || owedOfDisputed.signum() < 0 || owedOfDisputed.compareTo(before.disputedAmount()) > 0) {
            throw new DomainViolation("owedOfDisputed", "认定应付的金额应在 0 与争议金额 " + before.disputedAmount() + " 元之间");
        }
        ConflictingChange.unlessOne(jdbc.sql("""
                        UPDATE arrears_claim SET amount = amount - disputed_amount + :owed, disputed_amount = 0
                        WHERE id = :id AND status = :from AND disputed_amount = :disputed""")
                .param("owed", owedOfDisputed).param("id", id).param("from", before.status().name())
                .param("disputed", before.disputedAmount()).update());
        if (before.status() == ClaimStatus.CONFIRMED) {
            settleIfPaid(id, today());
        }
        return changed("arrears.resolveDispute", before, "争议部分已处理：" + before.reference(),
                "争议金额 " + before.disputedAmount() + " 元中认定应付 " + owedOfDisputed + " 元");
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
        before.status().require("发起回头看", ClaimStatus.SETTLED);
        ConflictingChange.unlessOne(jdbc.sql("UPDATE arrears_claim SET status = 'FOLLOW_UP', follow_up_asked_on = :today WHERE id = :id AND status = 'SETTLED'")
                .param("today", today()).param("id", id).update());
        return changed("arrears.followUp", before, "回头看：请确认是否已实际收到款项（" + before.reference() + "）",
                before.payerName() + " 的欠款已登记清偿 " + before.paidAmount() + " 元，请在企业服务中确认是否真正收到");
    }

    /** The SME answers the follow-up review; money it did not receive is owed again. */
    Claim answerFollowUp(long id, boolean received, BigDecimal receivedAmount, String note, SignedInUser by) {
        Claim before = require(id);
        if (!by.isEnterpriseOf(before.payeeCreditCode())) {
            throw new org.springframework.security.access.AccessDeniedException("只有收款企业本身可以答复回头看");
        }
        before.status().require("答复回头看", ClaimStatus.FOLLOW_UP);
        if (received) {
            int closed = jdbc.sql("""
                            UPDATE arrears_claim SET status = 'CLOSED', follow_up_answer = 'PAID', follow_up_note = :note,
                              follow_up_answered_on = :today WHERE id = :id AND status = 'FOLLOW_UP'""")
                    .param("note", note == null ? "" : note.strip()).param("today", today()).param("id", id).update();
            ConflictingChange.unlessOne(closed);
        } else {
            BigDecimal got = receivedAmount == null ? BigDecimal.ZERO : receivedAmount;
            if (got.signum() < 0 || got.compareTo(before.paidAmount()) >= 0) {
                throw new DomainViolation("receivedAmount", "实际收到的金额应小于登记的还款金额 " + before.paidAmount() + " 元");
            }
            ConflictingChange.unlessOne(jdbc.sql("""
                            UPDATE arrears_claim SET status = 'CONFIRMED', paid_amount = :got, settled_on = NULL,
                              follow_up_answer = 'NOT_PAID', follow_up_note = :note, follow_up_answered_on = :today
                            WHERE id = :id AND status = 'FOLLOW_UP'""")
                    .param("got", got).param("note", note == null ? "" : note.strip()).param("today", today()).param("id", id)
                    .update());
            supervise(before, "ORDER", "FOLLOW_UP_NOT_PAID", by.username(),
                    "回头看中企业反映仅收到 " + got + " 元（登记清偿 " + before.paidAmount() + " 元），请核查并督促付款");
            notifications.toRole(Role.OFFICE, "回头看发现未实际清偿：" + before.reference(),
                    before.payeeName() + " 反映未收到全部款项，已转督办", "/workbench/arrears/" + id);
        }
        Claim after = require(id);
        audit.record("arrears.answerFollowUp", "arrears_claim", Long.toString(id), before, after);
        notifyDepartment(after, "回头看答复：" + after.reference(), received ? "企业确认已收到款项，已办结" : "企业反映未实际收到全部款项");
        return after;
    }

    /** 催办 by the department or office; 督办 (supervision order) by the office. */
    void supervise(long id, String kind, String note, SignedInUser by) {
        Claim claim = require(id);
        if ("ORDER".equals(kind) && !by.can("arrears:manage")) {
            throw new org.springframework.security.access.AccessDeniedException("督办由营商办发出");
        }
        if (!"ORDER".equals(kind)) {
            requireVerifier(claim, by);
        }
        if (!claim.status().isOpen()) {
            throw new DomainViolation("note", "只有尚未清偿的账款可以催办或督办");
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
            case "ORDER" -> "督办：";
            case "ESCALATION" -> "超期上报：";
            default -> "催办：";
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
            throw new DomainViolation("exposureNote", "只有已逾期未付的账款可以作为恶意拖欠曝光");
        }
        if (before.exposedOn() != null) {
            throw new DomainViolation("exposureNote", "该案例已曝光");
        }
        if (note == null || note.strip().length() < 10) {
            throw new DomainViolation("exposureNote", "请写明认定恶意拖欠的审查意见（不少于10个字），将公开显示");
        }
        ConflictingChange.unlessOne(jdbc.sql("""
                        UPDATE arrears_claim SET malicious = TRUE, exposed_on = :today, exposure_note = :note
                        WHERE id = :id AND exposed_on IS NULL""")
                .param("today", today()).param("note", note.strip()).param("id", id).update());
        return changed("arrears.expose", before, "恶意拖欠案例已曝光：" + before.reference(), note.strip());
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
        throw new org.springframework.security.access.AccessDeniedException("只有付款方的主管部门可以办理这笔账款");
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
        notifications.toEntity(after.payeeCreditCode(), title, body, "/enterprise/arrears/" + after.id());
        return after;
    }

    private void notifyDepartment(Claim claim, String title, String body) {
        if (claim.supervisingDepartmentId() != null) {
            notifications.toDepartment(cn.yingshang.platform.DepartmentId.of(claim.supervisingDepartmentId()), title, body,
                    "/workbench/arrears/" + claim.id());
        }
    }

    MarketEntity requireSme(String code) {
        if (code == null || code.isBlank()) {
            throw new DomainViolation("payeeCreditCode", "请填写收款中小企业的统一社会信用代码");
        }
        CreditCode creditCode = parse("payeeCreditCode", code);
        MarketEntity payee = entities.find(creditCode)
                .orElseThrow(() -> new DomainViolation("payeeCreditCode", "登记系统中没有该经营主体：" + creditCode.value()));
        if (payee.size() == null) {
            throw new DomainViolation("payeeCreditCode", payee.name()
                    + "的企业规模未知（缺少从业人员或营业收入等数据），无法认定为中小企业；请先在“本企业信息”中补充经营数据");
        }
        if (payee.size() == EnterpriseSize.LARGE) {
            throw new DomainViolation("payeeCreditCode", payee.name()
                    + "为大型企业，不适用《保障中小企业款项支付条例》，不能登记为拖欠中小企业账款");
        }
        return payee;
    }

    private static CreditCode parse(String field, String raw) {
        try {
            return CreditCode.of(raw);
        } catch (DomainViolation e) {
            throw new DomainViolation(field, "统一社会信用代码有误：" + e.getMessage());
        }
    }

    cn.yingshang.shared.WorkingDayCalendar calendarOf(String region) {
        try {
            return calendars.forRegion(RegionCode.of(region));
        } catch (RuntimeException e) {
            return calendars.forRegion(cn.yingshang.shared.Regions.XINJIANG);
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String field, String value, E fallback) {
        if (value == null || value.isBlank()) {
            if (fallback != null) {
                return fallback;
            }
            throw new DomainViolation(field, "请选择");
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new DomainViolation(field, "选项无效：" + value);
        }
    }
}
