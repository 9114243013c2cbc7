package cn.yingshang.arrears.internal;

import static cn.yingshang.arrears.internal.ArrearsText.text;

import cn.yingshang.legal.JudgmentForSmeAgainstPublicPayer;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Notifications;
import cn.yingshang.platform.Role;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.DomainViolation;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A court judgment for an SME against a public body or a state-owned enterprise enters the ledger (002 #31,
 * 004 #48; 000 §32), once per judgment: the payer, amount and court case come from the judgment; the office
 * completes the contract terms as for a claim from an appeal, and the usual confirmation and payment clock follows.
 */
@Component
class JudgmentIntake {

    private final JdbcClient jdbc;
    private final ClaimTerms terms;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;

    JudgmentIntake(JdbcClient jdbc, ClaimTerms terms, Notifications notifications, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.terms = terms;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(JudgmentForSmeAgainstPublicPayer judgment) {
        register(judgment);
    }

    /** Returns the new claim's id, or null when the judgment was registered before. */
    Long register(JudgmentForSmeAgainstPublicPayer j) {
        String refusal = null;
        MarketEntity payee = null;
        try {
            payee = terms.requireSme(j.creditorCreditCode());
        } catch (DomainViolation e) {
            refusal = e.getMessage();
        }
        Long id = jdbc.sql("""
                        INSERT INTO arrears_claim (source, source_judgment_ref, status, payee_credit_code, payee_name, payee_size,
                          payer_type, payer_credit_code, payer_name, amount, description, reported_on, rejection_reason, created_by)
                        VALUES ('JUDGMENT', :ref, :status, :payee, :payeeName, :size, :payerType, :payerCode, :payerName, :amount,
                          :description, :reportedOn, :refusal, 'legal')
                        ON CONFLICT (source_judgment_ref) DO NOTHING RETURNING id""")
                .param("ref", j.reference()).param("status", refusal == null ? "INTAKE" : "REJECTED")
                .param("payee", j.creditorCreditCode())
                .param("payeeName", payee != null ? payee.name() : j.creditorName())
                .param("size", payee == null ? null : payee.size().name())
                .param("payerType", "STATE_OWNED".equals(j.debtorKind()) ? "STATE_OWNED_ENTERPRISE" : null)
                .param("payerCode", j.debtorCreditCode()).param("payerName", j.debtorName()).param("amount", j.amount())
                .param("description", text("arrears.fromJudgment.description", j.courtName(), j.caseNumber(), j.judgedOn()))
                .param("reportedOn", LocalDate.now(clock)).param("refusal", refusal)
                .query(Long.class).optional().orElse(null);
        if (id == null) {
            return null;
        }
        audit.record("arrears.fromJudgment", "arrears_claim", id.toString(), null, j.reference());
        notifications.toRole(Role.OFFICE, text("arrears.notice.fromJudgment.title", j.caseNumber()),
                refusal == null ? text("arrears.notice.fromJudgment.complete", j.debtorName()) : text("arrears.notice.fromAppeal.refused", refusal),
                "/workbench/arrears/" + id);
        return id;
    }
}
