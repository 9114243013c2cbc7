package cn.yingshang.appeal.internal;

import static cn.yingshang.appeal.internal.AppealText.text;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.SignedInUser;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 000 §58, 001 §26: the requester of a complaint or report is masked for departments; the office
 * may let one department see the identity, with a reason, recorded in the timeline and the audit log.
 */
@Service
class GrantingIdentityAccess {

    private final AppealSteps steps;
    private final AppealStore store;
    private final AppealAccess access;
    private final AppealReading reading;
    private final AuditLog audit;

    GrantingIdentityAccess(AppealSteps steps, AppealStore store, AppealAccess access, AppealReading reading, AuditLog audit) {
        this.steps = steps;
        this.store = store;
        this.access = access;
        this.reading = reading;
        this.audit = audit;
    }

    @Transactional
    void grant(long id, SignedInUser user, long department, String reason) {
        AppealRow a = steps.require(id);
        if (!access.actorsOf(user, a).contains(Actor.OFFICE)) {
            throw new AccessDeniedException(text("appeal.denied.grant"));
        }
        String r = StepText.required("reason", reason, "appeal.violation.grant.reason").orRefuse();
        store.grantIdentity(id, department, r, user.username(), steps.now());
        steps.event(id, "GRANT_IDENTITY", AppealSteps.label(user), department, text("appeal.note.granted", reading.departmentName(department), r));
        audit.record("appeal.identity.grant", "appeal", a.trackingNumber(), null, Map.of("department", department, "reason", r));
    }
}
