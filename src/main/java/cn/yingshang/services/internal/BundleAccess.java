package cn.yingshang.services.internal;

import cn.yingshang.platform.SignedInUser;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Component;

/**
 * Who sees a bundle: the applying enterprise, the office that oversees bundles, and a department
 * that has a part in it (it acts only on its own parts). Anyone else is told it does not exist.
 */
@Component
class BundleAccess {

    private final Bundles bundles;
    private final CaseAccess cases;
    private final ServiceMessages messages;

    BundleAccess(Bundles bundles, CaseAccess cases, ServiceMessages messages) {
        this.bundles = bundles;
        this.cases = cases;
        this.messages = messages;
    }

    Bundle readable(long id, SignedInUser user) {
        Bundle b = bundles.find(id).orElseThrow(this::notFound);
        if (user.isEnterpriseOf(b.creditCode()) || user.can("services:bundles")
                || (user.can("services:handle") && b.hasPartIn(cases.departmentOf(user)))) {
            return b;
        }
        throw notFound();
    }

    /** The parts this user may act on: a department's own, none for anyone else. */
    boolean actsOn(Bundle.Part part, SignedInUser user) {
        return user.can("services:handle") && part.department().equals(cases.departmentOf(user));
    }

    NoSuchElementException notFound() {
        return new NoSuchElementException(messages.text("services.bundle.notFound"));
    }
}
