package cn.yingshang.services.internal;

import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Object-level authorisation: a department sees and handles only the cases of items it implements
 * (matched by the department's id, never by its name: two departments may be renamed alike), a leader
 * also those of the departments below; an enterprise only its own; the office reads every case.
 * Anyone else is told the case does not exist.
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
        ServiceCase c = cases.find(id).orElseThrow(this::notFound);
        if (user.isEnterpriseOf(c.creditCode()) || handles(c, user) || isOffice(user)) {
            return c;
        }
        throw notFound();
    }

    ServiceCase handleable(long id, SignedInUser user) {
        ServiceCase c = cases.find(id).orElseThrow(this::notFound);
        if (!handles(c, user)) {
            if (isOffice(user)) {
                throw new AccessDeniedException("services.case.notYours");
            }
            throw user.role().isGovernment() && user.can("services:handle") ? new AccessDeniedException("services.case.notYours") : notFound();
        }
        return c;
    }

    /** The office supervises every department's cases (复核 of 差评). */
    ServiceCase readableByOffice(long id) {
        return cases.find(id).orElseThrow(this::notFound);
    }

    boolean isOffice(SignedInUser user) {
        return user.role() == Role.OFFICE && user.can("services:configure");
    }

    /** The departments whose queue the official works: their own, and for a leader those below. */
    List<Long> queueDepartments(SignedInUser user) {
        if (!user.can("services:handle")) {
            return List.of();
        }
        return departments.actedForBy(user).stream().map(DepartmentId::value).toList();
    }

    String departmentOf(SignedInUser user) {
        return user.departmentId() == null ? null : departments.require(user.departmentId()).name();
    }

    String departmentCodeOf(SignedInUser user) {
        return user.departmentId() == null ? null : departments.require(user.departmentId()).code();
    }

    private boolean handles(ServiceCase c, SignedInUser user) {
        return user.can("services:handle") && c.departmentId() != null
                && departments.actsFor(user, DepartmentId.of(c.departmentId()));
    }

    NoSuchElementException notFound() {
        return new NoSuchElementException(messages.text("services.case.notFound"));
    }
}
