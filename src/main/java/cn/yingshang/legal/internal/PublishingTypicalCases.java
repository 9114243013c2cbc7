package cn.yingshang.legal.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentFunction;
import cn.yingshang.platform.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Courts and procuratorates publish typical cases of legal protection for enterprises on 信息公开 (002 #45,
 * 001 §54), and withdraw their own with a reason; another body's cases are not theirs to touch.
 */
@Component
class PublishingTypicalCases {

    static final Set<DepartmentFunction> PUBLISHERS = Set.of(DepartmentFunction.COURT, DepartmentFunction.PROCURATORATE);
    static final int MAX_TEXT = 5000;

    public record NewTypicalCase(Integer caseYear, String title, String caseNumber, String summary, String significance) {
    }

    private final TypicalCases cases;
    private final PoliticalLegalBodies bodies;
    private final LegalMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    PublishingTypicalCases(TypicalCases cases, PoliticalLegalBodies bodies, LegalMessages messages, AuditLog audit, Clock clock) {
        this.cases = cases;
        this.bodies = bodies;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    Department publisher(SignedInUser user) {
        return bodies.bodyOf(user, PUBLISHERS);
    }

    @Transactional
    long publish(NewTypicalCase c, SignedInUser user) {
        Department body = publisher(user);
        LocalDate today = LocalDate.now(clock);
        if (c.caseYear() == null || c.caseYear() < 2000 || c.caseYear() > today.getYear()) {
            throw messages.violation("caseYear", "legal.typical.yearInvalid", today.getYear());
        }
        String title = text(c.title(), "title", 100);
        String summary = text(c.summary(), "summary", MAX_TEXT);
        String significance = text(c.significance(), "significance", MAX_TEXT);
        String caseNumber = c.caseNumber() == null || c.caseNumber().isBlank() ? null : c.caseNumber().strip();
        long id = cases.insert(body.id().value(), c.caseYear(), title, caseNumber, summary, significance, today);
        audit.record("legal.typical.publish", "legal_typical_case", String.valueOf(id), null, title);
        return id;
    }

    @Transactional
    TypicalCase withdraw(long id, String reason, SignedInUser user) {
        TypicalCase c = own(id, user);
        if (!c.published()) {
            throw messages.violation(null, "legal.typical.alreadyWithdrawn");
        }
        String r = text(reason, "reason", 2000);
        cases.withdraw(id, LocalDate.now(clock), r);
        audit.record("legal.typical.withdraw", "legal_typical_case", String.valueOf(id), "PUBLISHED", "WITHDRAWN");
        return cases.find(id).orElseThrow();
    }

    /** A case of the user's own body; anything else is not found. */
    TypicalCase own(long id, SignedInUser user) {
        publisher(user);
        TypicalCase c = cases.find(id).orElseThrow(() -> new NoSuchElementException(messages.text("legal.typical.notFound")));
        if (!bodies.actsFor(user, c.bodyId())) {
            throw new NoSuchElementException(messages.text("legal.typical.notFound"));
        }
        return c;
    }

    /** A published case, for anyone. */
    TypicalCase published(long id) {
        return cases.find(id).filter(TypicalCase::published)
                .orElseThrow(() -> new NoSuchElementException(messages.text("legal.typical.notFound")));
    }

    private String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw messages.violation(field, "legal.typical." + field + "Required");
        }
        if (value.strip().length() > max) {
            throw messages.violation(field, "legal.typical.tooLong", max);
        }
        return value.strip();
    }
}
