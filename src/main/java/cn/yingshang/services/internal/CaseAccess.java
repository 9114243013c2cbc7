package cn.yingshang.services.internal;

import cn.yingshang.platform.Departments;
import cn.yingshang.platform.SignedInUser;
import java.util.NoSuchElementException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Object-level authorisation: a department sees and handles only the cases of items it implements,
 * an enterprise only its own. Anyone else is told the case does not exist.
 */
@Component
class CaseAccess {

    private final ServiceCases cases;
    private final Departments departments;
    private final ServiceMessages messages;

    CaseAccess(ServiceCases cases, Departments departments, ServiceMessages messages) {
        this.cases = cases;
        this.departments = departments;
        this.messages = messages;
    }

    ServiceCase readable(long id, SignedInUser user) {
        ServiceCase c = cases.find(id).orElseThrow(() -> notFound());
        if (user.isEnterpriseOf(c.creditCode()) || handles(c, user)) {
            return c;
        }
        throw notFound();
    }

    ServiceCase handleable(long id, SignedInUser user) {
        ServiceCase c = cases.find(id).orElseThrow(() -> notFound());
        if (!handles(c, user)) {
            throw user.role().isGovernment() ? new AccessDeniedException("services.case.notYours") : notFound();
        }
        return c;
    }

    /** The office supervises every department's cases (复核 of 差评). */
    ServiceCase readableByOffice(long id) {
        return cases.find(id).orElseThrow(() -> notFound());
    }

    String departmentOf(SignedInUser user) {
        return user.departmentId() == null ? null : departments.require(user.departmentId()).name();
    }

    private boolean handles(ServiceCase c, SignedInUser user) {
        return user.can("services:handle") && c.department().equals(departmentOf(user));
    }

    private NoSuchElementException notFound() {
        return new NoSuchElementException(messages.text("services.case.notFound"));
    }
}
