package cn.yingshang.projects.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Notifications;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.CreditCode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 003 §13: a department publishes major projects open to private investment; an enterprise asks about
 * one and the publishing department answers (投资咨询与回应), the answer public with the question; the
 * steward tracks the service guarantees (water, power, roads …) a private investor's project needs.
 */
@Component
class PrivateInvestment {

    static final int MAX_TEXT = 2000;

    private final OpenProjects open;
    private final ProjectAccess access;
    private final Departments departments;
    private final MarketEntities entities;
    private final Notifications notifications;
    private final ProjectMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    PrivateInvestment(OpenProjects open, ProjectAccess access, Departments departments, MarketEntities entities,
                      Notifications notifications, ProjectMessages messages, AuditLog audit, Clock clock) {
        this.open = open;
        this.access = access;
        this.departments = departments;
        this.entities = entities;
        this.notifications = notifications;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long publish(String title, String field, String description, BigDecimal investment, SignedInUser user) {
        if (!user.can("projects:manage") || user.departmentId() == null) {
            throw messages.violation(null, "projects.register.noDepartment");
        }
        String t = messages.required("title", title);
        String f = messages.required("field", field);
        String d = messages.required("description", description);
        if (investment == null || investment.signum() <= 0) {
            throw messages.violation("investment", "projects.register.investment");
        }
        var department = departments.require(user.departmentId());
        long id = open.publish(t, f, d, investment, department.region().code(), department.id(), department.name(), LocalDate.now(clock));
        audit.record("projects.open.publish", "prj_open_project", Long.toString(id), null, Map.of("title", t));
        return id;
    }

    @Transactional
    long ask(long openProjectId, String question, SignedInUser user) {
        if (user.role() != Role.ENTERPRISE || user.creditCode() == null) {
            throw new AccessDeniedException(messages.text("projects.denied"));
        }
        OpenProjects.OpenProject project = open.find(openProjectId)
                .orElseThrow(() -> new AccessDeniedException(messages.text("projects.denied")));
        String q = messages.required("question", question);
        if (q.length() > MAX_TEXT) {
            throw messages.violation("question", "projects.open.tooLong", MAX_TEXT);
        }
        String name = entities.find(CreditCode.of(user.creditCode())).map(MarketEntity::name).orElse(user.displayName());
        long id = open.ask(openProjectId, user.creditCode(), name, q, LocalDate.now(clock));
        notifications.toDepartment(project.department(), messages.text("projects.open.asked.title"),
                messages.text("projects.open.asked.body", name, project.title()), "/workbench/projects/open");
        audit.record("projects.open.ask", "prj_open_question", Long.toString(id), null, Map.of("project", openProjectId));
        return id;
    }

    /** The publishing department (a leader also from above) or the office answers, once. */
    @Transactional
    void answer(long questionId, String answer, SignedInUser user) {
        OpenProjects.Question question = open.question(questionId)
                .orElseThrow(() -> new AccessDeniedException(messages.text("projects.denied")));
        OpenProjects.OpenProject project = open.find(question.openProjectId()).orElseThrow();
        if (!mayAnswer(user, project)) {
            throw new AccessDeniedException(messages.text("projects.denied"));
        }
        String a = messages.required("answer", answer);
        open.answer(questionId, a, LocalDate.now(clock), user.displayName());
        notifications.toEntity(CreditCode.of(question.creditCode()), messages.text("projects.open.answered.title"),
                messages.text("projects.open.answered.body", project.title()), "/public/investment-projects#open-" + project.id());
        audit.record("projects.open.answer", "prj_open_question", Long.toString(questionId), null, Map.of("answer", a));
    }

    boolean mayAnswer(SignedInUser user, OpenProjects.OpenProject project) {
        return user.can("projects:manage") && (user.role() == Role.OFFICE || departments.actsFor(user, project.department()));
    }

    @Transactional
    void trackGuarantee(long projectId, GuaranteeKind kind, LocalDate dueOn, SignedInUser user) {
        Project project = access.manageable(projectId, user);
        if (kind == null) {
            throw messages.violation("guaranteeKind", "projects.required");
        }
        if (dueOn == null || dueOn.isBefore(project.attractedOn())) {
            throw messages.violation("guaranteeDueOn", "projects.guarantee.dueOn.invalid");
        }
        open.track(projectId, kind, dueOn);
        audit.record("projects.guarantee.track", "prj_project", Long.toString(projectId), null,
                Map.of("kind", kind.name(), "dueOn", dueOn.toString()));
    }

    @Transactional
    void guaranteeSecured(long projectId, GuaranteeKind kind, SignedInUser user) {
        access.manageable(projectId, user);
        open.secured(projectId, kind, LocalDate.now(clock));
        audit.record("projects.guarantee.secured", "prj_project", Long.toString(projectId), null, kind.name());
    }

}
