package cn.yingshang.appeal.internal;

import static cn.yingshang.appeal.internal.AppealText.text;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who a signed-in user is to an appeal (office, lead or assisting department, requester), who may
 * open it, and how much of the requester's identity they see.
 */
@Component
class AppealAccess {

    private final AppealStore store;
    private final IdentityCipher cipher;
    private final AuditLog audit;

    AppealAccess(AppealStore store, IdentityCipher cipher, AuditLog audit) {
        this.store = store;
        this.cipher = cipher;
        this.audit = audit;
    }

    AppealRow require(long id) {
        return store.require(id);
    }

    Set<Actor> actorsOf(SignedInUser user, AppealRow a) {
        Set<Actor> actors = EnumSet.noneOf(Actor.class);
        if (user == null) {
            return actors;
        }
        if (user.role() == Role.OFFICE || user.role() == Role.ADMIN) {
            actors.add(Actor.OFFICE);
        }
        if ((user.role() == Role.HANDLER || user.role() == Role.LEADER || user.role() == Role.LEGAL_OFFICER) && user.departmentId() != null) {
            long dept = user.departmentId().value();
            if (a.leadDepartmentId() != null && a.leadDepartmentId() == dept && a.status().withDepartment()
                    || a.leadDepartmentId() != null && a.leadDepartmentId() == dept && a.status() == AppealStatus.REPLIED) {
                actors.add(Actor.LEAD_DEPARTMENT);
            }
            if (a.status().withDepartment() && store.assistingDepartments(a.id()).contains(dept)) {
                actors.add(Actor.ASSISTING_DEPARTMENT);
            }
        }
        if (a.requesterAccountId() != null && a.requesterAccountId() == user.accountId()) {
            actors.add(Actor.REQUESTER);
        }
        return actors;
    }

    /** Who may open the appeal at all: the office, the requester, and departments that hold or held it. */
    AppealRow requireVisible(long id, SignedInUser user) {
        AppealRow a = store.require(id);
        if (!canView(user, a)) {
            throw new AccessDeniedException(text("appeal.denied.view"));
        }
        return a;
    }

    boolean canView(SignedInUser user, AppealRow a) {
        if (user == null) {
            return false;
        }
        if (user.role() == Role.OFFICE || user.role() == Role.ADMIN) {
            return true;
        }
        if (a.requesterAccountId() != null && a.requesterAccountId() == user.accountId()) {
            return true;
        }
        if ((user.role() == Role.HANDLER || user.role() == Role.LEADER || user.role() == Role.LEGAL_OFFICER) && user.departmentId() != null) {
            long dept = user.departmentId().value();
            return a.leadDepartmentId() != null && a.leadDepartmentId() == dept || store.assistingDepartments(a.id()).contains(dept);
        }
        return false;
    }

    /**
     * The requester's identity for this viewer (000 §58, 001 §26): complaints and reports in full only
     * for the office, the requester, or a department the office granted access; masked otherwise.
     * Every view of a full identity by staff is audited.
     */
    Identity identityFor(SignedInUser viewer, AppealRow a) {
        if (a.anonymous()) {
            return Identity.ANONYMOUS;
        }
        Identity full = new Identity(cipher.decrypt(a.nameEnc()), cipher.decrypt(a.phoneEnc()), cipher.decrypt(a.codeEnc()), false, false);
        if (viewer != null && a.requesterAccountId() != null && a.requesterAccountId() == viewer.accountId()) {
            return full;
        }
        boolean office = viewer != null && (viewer.role() == Role.OFFICE || viewer.role() == Role.ADMIN);
        boolean granted = viewer != null && viewer.departmentId() != null && store.identityGranted(a.id(), viewer.departmentId().value());
        if (!a.confidential() || office || granted) {
            audit.record("appeal.identity.view", "appeal", a.trackingNumber(), null,
                    Map.of("viewer", viewer == null ? "-" : viewer.username(), "reason",
                            text(!a.confidential() ? "appeal.identity.reason.open" : office ? "appeal.identity.reason.office" : "appeal.identity.reason.granted")));
            return full;
        }
        return full.mask();
    }
}
