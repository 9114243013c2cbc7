package cn.yingshang.legal.internal;

import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.SignedInUser;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** A filed case is read by the enterprise that filed it, the court it was filed with, and the office; handled only by that court. */
@Component
class CourtCaseAccess {

    private final CourtCases cases;
    private final PoliticalLegalBodies bodies;
    private final LegalMessages messages;

    CourtCaseAccess(CourtCases cases, PoliticalLegalBodies bodies, LegalMessages messages) {
        this.cases = cases;
        this.bodies = bodies;
        this.messages = messages;
    }

    CourtCase readable(long id, SignedInUser user) {
        CourtCase c = cases.find(id).orElseThrow(this::notFound);
        if (user.isEnterpriseOf(c.creditCode()) || bodies.actsFor(user, c.courtId()) || PoliticalLegalBodies.supervises(user)) {
            return c;
        }
        throw notFound();
    }

    CourtCase ownCase(long id, SignedInUser enterprise) {
        CourtCase c = cases.find(id).orElseThrow(this::notFound);
        if (!enterprise.isEnterpriseOf(c.creditCode())) {
            throw notFound();
        }
        return c;
    }

    CourtCase handleable(long id, SignedInUser clerk) {
        bodies.bodyOf(clerk, Set.of(DepartmentFunction.COURT));
        CourtCase c = cases.find(id).orElseThrow(this::notFound);
        if (!bodies.actsFor(clerk, c.courtId())) {
            throw new AccessDeniedException("legal.case.notYours");
        }
        return c;
    }

    private NoSuchElementException notFound() {
        return new NoSuchElementException(messages.text("legal.case.notFound"));
    }
}
