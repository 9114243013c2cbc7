package cn.yingshang.services.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** 不予受理: a case the department does not accept, with the reason the applicant is told in writing. */
@Component
class DecliningCase {

    private final CaseAccess access;
    private final JdbcClient jdbc;
    private final ServiceMessages messages;
    private final AuditLog audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    DecliningCase(CaseAccess access, JdbcClient jdbc, ServiceMessages messages, AuditLog audit, Clock clock,
                  org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.access = access;
        this.jdbc = jdbc;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    void decline(long caseId, String reason, SignedInUser handler) {
        access.handleable(caseId, handler);
        if (reason == null || reason.isBlank()) {
            throw messages.violation("reason", "services.decline.reasonRequired");
        }
        int n = jdbc.sql("""
                        UPDATE svc_case SET status = 'DECLINED', decision_reason = :reason, decided_on = :on,
                               first_receiver = coalesce(first_receiver, :me)
                        WHERE id = :id AND status IN ('SUBMITTED', 'SUPPLEMENT_REQUESTED')""")
                .param("reason", reason.strip()).param("on", LocalDate.now(clock)).param("me", handler.username())
                .param("id", caseId).update();
        if (n != 1) {
            throw messages.violation(null, "services.case.moved");
        }
        audit.record("services.case.decline", "svc_case", Long.toString(caseId), null, reason);
        events.publishEvent(new CaseDecided(caseId, CaseStatus.DECLINED, reason.strip()));
    }
}
