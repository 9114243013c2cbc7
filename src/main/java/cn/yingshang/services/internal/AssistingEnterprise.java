package cn.yingshang.services.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.SignedInUser;
import java.time.Clock;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 帮办代办 (000 §20): an enterprise asks for help with an item (optionally one of its cases); the
 * implementing department assigns a helper, who keeps notes until the request is resolved.
 */
@Component
class AssistingEnterprise {

    private final HelpRequests requests;
    private final ServiceGuides guides;
    private final CaseAccess cases;
    private final ServiceMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    AssistingEnterprise(HelpRequests requests, ServiceGuides guides, CaseAccess cases, ServiceMessages messages,
                        AuditLog audit, Clock clock) {
        this.requests = requests;
        this.guides = guides;
        this.cases = cases;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    record Request(long guideId, Long caseId, String description, String contactName, String contactPhone, String requestKey) {
    }

    @Transactional
    long request(Request r, SignedInUser enterprise) {
        if (enterprise.creditCode() == null) {
            throw messages.violation(null, "services.apply.enterpriseOnly");
        }
        if (r.requestKey() == null || r.requestKey().isBlank() || r.requestKey().length() > 100) {
            throw messages.violation("requestKey", "services.apply.requestKey");
        }
        Guide guide = guides.guide(r.guideId()).orElseThrow(() -> messages.violation("guideId", "services.guide.notFound"));
        if (r.caseId() != null) {
            ServiceCase c = cases.readable(r.caseId(), enterprise);
            if (c.implementationId() != guide.id()) {
                throw messages.violation("caseId", "services.help.caseOfOtherItem");
            }
        }
        String description = required("description", r.description(), 2000);
        String name = required("contactName", r.contactName(), 50);
        String phone = required("contactPhone", r.contactPhone(), 30);
        long id = requests.create(enterprise.creditCode() + ":" + r.requestKey(), enterprise.creditCode(), guide, r.caseId(),
                description, name, phone, clock.instant());
        audit.record("services.help.request", "svc_help_request", Long.toString(id), null, guide.itemCode());
        return id;
    }

    @Transactional
    void assign(long id, String helper, SignedInUser handler) {
        handleable(id, handler);
        String h = required("helper", helper, 50);
        if (!requests.assign(id, h)) {
            throw messages.violation(null, "services.help.notRequested");
        }
        requests.note(id, handler.displayName(), messages.text("services.help.assignedNote", h), clock.instant());
        audit.record("services.help.assign", "svc_help_request", Long.toString(id), null, h);
    }

    @Transactional
    void note(long id, String note, SignedInUser handler) {
        HelpRequests.HelpRequest r = handleable(id, handler);
        if (r.status() == HelpRequests.Status.RESOLVED) {
            throw messages.violation(null, "services.help.resolvedAlready");
        }
        requests.note(id, handler.displayName(), required("note", note, 2000), clock.instant());
    }

    @Transactional
    void resolve(long id, String note, SignedInUser handler) {
        handleable(id, handler);
        String text = required("note", note, 2000);
        if (!requests.resolve(id, clock.instant())) {
            throw messages.violation(null, "services.help.notAssigned");
        }
        requests.note(id, handler.displayName(), text, clock.instant());
        audit.record("services.help.resolve", "svc_help_request", Long.toString(id), null, text);
    }

    /** The enterprise that asked, and the department that helps: nobody else learns the request exists. */
    HelpRequests.HelpRequest readable(long id, SignedInUser user) {
        HelpRequests.HelpRequest r = requests.find(id).orElseThrow(this::notFound);
        if (user.isEnterpriseOf(r.creditCode()) || helps(r, user)) {
            return r;
        }
        throw notFound();
    }

    private HelpRequests.HelpRequest handleable(long id, SignedInUser user) {
        HelpRequests.HelpRequest r = requests.find(id).orElseThrow(this::notFound);
        if (!helps(r, user)) {
            throw notFound();
        }
        return r;
    }

    private boolean helps(HelpRequests.HelpRequest r, SignedInUser user) {
        return user.can("services:handle") && r.department().equals(cases.departmentOf(user));
    }

    private NoSuchElementException notFound() {
        return new NoSuchElementException(messages.text("services.help.notFound"));
    }

    private String required(String field, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw messages.violation(field, "services.help.required." + field);
        }
        if (v.length() > max) {
            throw messages.violation(field, "services.help.tooLong", max);
        }
        return v;
    }
}
