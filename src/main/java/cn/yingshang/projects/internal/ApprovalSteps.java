package cn.yingshang.projects.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.shared.TimeLimit;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approvals a project needs, each on its own clock (001 §40–41): listed, started on the day the
 * application was accepted, due after its promised limit in working days on the region's calendar
 * (行政许可法 Art. 82), decided. Steps run in parallel. Under 告知承诺 the applicant's written promise
 * replaces the proof and the step is decided the day it starts (国办发〔2020〕42号).
 */
@Component
class ApprovalSteps {

    private final Projects projects;
    private final ProjectAccess access;
    private final WorkingCalendars calendars;
    private final ProjectMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    ApprovalSteps(Projects projects, ProjectAccess access, WorkingCalendars calendars, ProjectMessages messages,
                  AuditLog audit, Clock clock) {
        this.projects = projects;
        this.access = access;
        this.calendars = calendars;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long list(long projectId, ApprovalForm form, SignedInUser user) {
        access.manageable(projectId, user);
        String name = messages.required("name", form.name());
        String department = messages.required("departmentName", form.departmentName());
        if (form.limitDays() == null || form.limitDays() < 0 || form.limitDays() > 200) {
            throw messages.violation("limitDays", "projects.approval.limitDays.invalid");
        }
        String item = form.serviceItemCode() == null || form.serviceItemCode().isBlank() ? null : form.serviceItemCode().strip();
        long id = projects.insertApproval(projectId, name, department, item, form.limitDays(), form.underNotifyAndCommit());
        audit.record("projects.approval.list", "prj_approval", Long.toString(id), null,
                Map.of("project", projectId, "name", name, "limitDays", form.limitDays()));
        return id;
    }

    /** The application was accepted on {@code startedOn} (today or earlier, not before the project was attracted). */
    @Transactional
    LocalDate start(long approvalId, LocalDate startedOn, SignedInUser user) {
        Approval approval = approval(approvalId);
        Project project = access.manageable(approval.projectId(), user);
        LocalDate today = LocalDate.now(clock);
        if (startedOn == null || startedOn.isAfter(today) || startedOn.isBefore(project.attractedOn())) {
            throw messages.violation("startedOn", "projects.approval.startedOn.invalid");
        }
        if (approval.notifyAndCommit()) {
            throw messages.violation(null, "projects.approval.useCommitment");
        }
        LocalDate due = calendars.deadline(project.region(), startedOn, TimeLimit.workingDays(approval.limitDays()));
        projects.startApproval(approvalId, startedOn, due);
        audit.record("projects.approval.start", "prj_approval", Long.toString(approvalId), approval.status().name(),
                Map.of("startedOn", startedOn.toString(), "dueOn", due.toString()));
        return due;
    }

    /** 告知承诺: the written promise is the proof, so the step is decided today. */
    @Transactional
    void approveOnPromise(long approvalId, String commitment, SignedInUser user) {
        Approval approval = approval(approvalId);
        Project project = access.manageable(approval.projectId(), user);
        if (!approval.notifyAndCommit()) {
            throw messages.violation(null, "projects.approval.notNotifyAndCommit");
        }
        if (commitment == null || commitment.isBlank()) {
            throw messages.violation("commitment", "projects.approval.commitmentRequired");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate due = calendars.deadline(project.region(), today, TimeLimit.workingDays(approval.limitDays()));
        projects.approveOnPromise(approvalId, today, due, commitment.strip());
        audit.record("projects.approval.promise", "prj_approval", Long.toString(approvalId), approval.status().name(),
                Map.of("commitment", commitment.strip()));
    }

    @Transactional
    void approve(long approvalId, SignedInUser user) {
        Approval approval = approval(approvalId);
        access.manageable(approval.projectId(), user);
        projects.approve(approvalId, LocalDate.now(clock));
        audit.record("projects.approval.approve", "prj_approval", Long.toString(approvalId), approval.status().name(),
                ApprovalStatus.APPROVED.name());
    }

    private Approval approval(long id) {
        return projects.approval(id)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(messages.text("projects.denied")));
    }

}
