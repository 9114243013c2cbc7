package cn.yingshang.projects.internal;

import cn.yingshang.credit.GovernmentDishonestyKind;
import cn.yingshang.credit.GovernmentIntegrityRecords;
import cn.yingshang.credit.NewGovernmentIntegrityRecord;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Notifications;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.review.FairCompetitionScreener;
import cn.yingshang.review.ScreeningFinding;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Promises to investors (000 §16): every condition in writing with its legal basis. A promise whose
 * text the fair-competition screener flags (a tax, fiscal or land preference for this one investor)
 * is refused unless it names the law that allows it; the refusal cites the article the finding cites.
 * Promises are tracked until kept (003 §13); a broken one alerts the office and, when the public body
 * is at fault, becomes a government-integrity record (000 §31).
 */
@Component
class InvestmentPromises {

    static final String SOURCE = "projects";

    private final Projects projects;
    private final ProjectAccess access;
    private final FairCompetitionScreener screener;
    private final GovernmentIntegrityRecords integrity;
    private final Notifications notifications;
    private final ProjectMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    InvestmentPromises(Projects projects, ProjectAccess access, FairCompetitionScreener screener,
                       GovernmentIntegrityRecords integrity, Notifications notifications, ProjectMessages messages,
                       AuditLog audit, Clock clock) {
        this.projects = projects;
        this.access = access;
        this.screener = screener;
        this.integrity = integrity;
        this.notifications = notifications;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long record(long projectId, PromiseForm form, SignedInUser user) {
        Project project = access.manageable(projectId, user);
        String content = messages.required("content", form.content());
        String promisedBy = messages.required("promisedBy", form.promisedBy());
        String basis = form.legalBasis() == null || form.legalBasis().isBlank() ? null : form.legalBasis().strip();
        if (form.dueOn() == null || form.dueOn().isBefore(project.attractedOn())) {
            throw messages.violation("dueOn", "projects.promise.dueOn.invalid");
        }
        List<ScreeningFinding> findings = screener.screen(content);
        ScreeningFinding finding = findings.isEmpty() ? null : findings.getFirst();
        if (finding != null && basis == null) {
            throw messages.violation("content", "projects.promise.unlawful", finding.standard(), finding.article());
        }
        long id = projects.insertPromise(projectId, content, basis, promisedBy, form.dueOn(),
                finding == null ? null : finding.standardCode(), finding == null ? null : finding.article());
        audit.record("projects.promise.record", "prj_promise", Long.toString(id), null,
                Map.of("project", projectId, "content", content, "basis", basis == null ? "" : basis));
        return id;
    }

    @Transactional
    void kept(long promiseId, SignedInUser user) {
        InvestmentPromise promise = promise(promiseId, user);
        projects.settlePromise(promiseId, PromiseStatus.KEPT, LocalDate.now(clock), null, null);
        audit.record("projects.promise.kept", "prj_promise", Long.toString(promiseId), promise.status().name(), PromiseStatus.KEPT.name());
    }

    @Transactional
    void broken(long promiseId, String reason, boolean bodyAtFault, SignedInUser user) {
        InvestmentPromise promise = promise(promiseId, user);
        if (reason == null || reason.isBlank()) {
            throw messages.violation("reason", "projects.promise.reasonRequired");
        }
        LocalDate today = LocalDate.now(clock);
        projects.settlePromise(promiseId, PromiseStatus.BROKEN, today, reason.strip(), bodyAtFault);
        Project project = projects.find(promise.projectId()).orElseThrow();
        String link = "/workbench/projects/" + project.id();
        notifications.toRole(Role.OFFICE, messages.text("projects.promise.alert.title"),
                messages.text("projects.promise.alert.body", project.name(), promise.promisedBy(), promise.content(), reason.strip()), link);
        if (bodyAtFault) {
            integrity.record(new NewGovernmentIntegrityRecord(promise.promisedBy(), null, project.region(),
                    GovernmentDishonestyKind.BROKEN_PROMISE, SOURCE, "promise-" + promiseId,
                    messages.text("projects.promise.integrityBasis"),
                    messages.text("projects.promise.integritySummary", project.name(), promise.content(), reason.strip()),
                    null, today));
        }
        audit.record("projects.promise.broken", "prj_promise", Long.toString(promiseId), promise.status().name(),
                Map.of("status", PromiseStatus.BROKEN.name(), "reason", reason.strip(), "bodyAtFault", bodyAtFault));
    }

    private InvestmentPromise promise(long promiseId, SignedInUser user) {
        InvestmentPromise promise = projects.promise(promiseId)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(messages.text("projects.denied")));
        access.manageable(promise.projectId(), user);
        return promise;
    }

}
