package cn.yingshang.projects.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.services.ServiceCaseFinished;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.TimeLimit;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 001 §40–41: an approval a project needs is run as a service case of the services module when the
 * step names the service item. When the investor's case for that item is decided, the step follows it:
 * started on the day the case was applied for (if the steward had not started it), on the step's
 * promised limit from then, and approved or refused on the day the case was decided. Only the services
 * module's public event is used; a step without an item code stays a tracked external step.
 */
@Component
class ServiceCaseSteps {

    private final Projects projects;
    private final WorkingCalendars calendars;
    private final AuditLog audit;

    ServiceCaseSteps(Projects projects, WorkingCalendars calendars, AuditLog audit) {
        this.projects = projects;
        this.calendars = calendars;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(ServiceCaseFinished c) {
        if (c.creditCode() == null || c.itemCode() == null) {
            return;
        }
        projects.openStepFor(c.creditCode(), c.itemCode()).ifPresent(step -> decide(step, c));
    }

    private void decide(Approval step, ServiceCaseFinished c) {
        Project project = projects.find(step.projectId()).orElseThrow();
        ApprovalStatus to = "GRANTED".equals(c.outcome()) ? ApprovalStatus.APPROVED : ApprovalStatus.REFUSED;
        LocalDate applied = step.startedOn() != null ? step.startedOn() : c.appliedOn();
        LocalDate due = step.dueOn() != null ? step.dueOn()
                : calendars.deadline(project.region(), applied, TimeLimit.workingDays(step.limitDays()));
        String reason = to == ApprovalStatus.REFUSED ? c.reason() : null;
        if (projects.decideFromCase(step.id(), c.caseId(), to, applied, due, c.decidedOn(), reason)) {
            Map<String, Object> after = new HashMap<>();
            after.put("status", to.name());
            after.put("serviceCase", c.caseId());
            after.put("decidedOn", c.decidedOn().toString());
            audit.record("projects.approval.serviceCase", "prj_approval", Long.toString(step.id()), step.status().name(), after);
        }
    }
}
