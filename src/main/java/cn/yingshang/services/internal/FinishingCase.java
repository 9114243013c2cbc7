package cn.yingshang.services.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** 办结 once decided, then 送达 of the decision (at the window, by post, or online), each once. */
@Component
class FinishingCase {

    static final Set<String> DELIVERY = Set.of("WINDOW", "POST", "ONLINE");

    private final CaseAccess access;
    private final JdbcClient jdbc;
    private final ServiceMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    FinishingCase(CaseAccess access, JdbcClient jdbc, ServiceMessages messages, AuditLog audit, Clock clock) {
        this.access = access;
        this.jdbc = jdbc;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    void finish(long caseId, SignedInUser handler) {
        access.handleable(caseId, handler);
        int n = jdbc.sql("""
                        UPDATE svc_case SET finished_on = :on WHERE id = :id AND finished_on IS NULL
                          AND status IN ('GRANTED', 'REFUSED')""")
                .param("on", LocalDate.now(clock)).param("id", caseId).update();
        if (n != 1) {
            throw messages.violation(null, "services.finish.notDecided");
        }
        audit.record("services.case.finish", "svc_case", Long.toString(caseId), null, null);
    }

    @Transactional
    void deliver(long caseId, String how, SignedInUser handler) {
        access.handleable(caseId, handler);
        if (how == null || !DELIVERY.contains(how)) {
            throw messages.violation("delivery", "services.delivery.how");
        }
        int n = jdbc.sql("""
                        UPDATE svc_case SET delivered_on = :on, delivery = :how
                        WHERE id = :id AND finished_on IS NOT NULL AND delivered_on IS NULL""")
                .param("on", LocalDate.now(clock)).param("how", how).param("id", caseId).update();
        if (n != 1) {
            throw messages.violation(null, "services.delivery.notFinished");
        }
        audit.record("services.case.deliver", "svc_case", Long.toString(caseId), null, how);
    }
}
