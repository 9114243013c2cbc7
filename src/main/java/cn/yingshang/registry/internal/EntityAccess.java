package cn.yingshang.registry.internal;

import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.CreditCode;
import org.springframework.security.access.AccessDeniedException;

/** Staff with registry:read see every entity; an enterprise user sees only its own. */
final class EntityAccess {

    private EntityAccess() {
    }

    static void requireReadable(SignedInUser user, CreditCode code) {
        if (user == null || !(user.can("registry:read") || user.isEnterpriseOf(code.value()))) {
            throw new AccessDeniedException("registry.access.read");
        }
    }

    static void requireOwnFiguresEditable(SignedInUser user, CreditCode code) {
        if (user == null || !(user.can("registry:edit") || user.isEnterpriseOf(code.value()))) {
            throw new AccessDeniedException("registry.access.edit");
        }
    }
}
