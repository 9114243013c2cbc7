package cn.yingshang.inspection.internal;

import cn.yingshang.shared.CreditCode;
import cn.yingshang.platform.Text;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Notifications;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.DomainViolation;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 扫码入企 (003 §42): every visit is registered. Inspectors scan the task's code at the start and
 * the end; the enterprise confirms the visit and who came; a visit without a task or by someone
 * not assigned is flagged for supervisors. Anyone can check an inspector's assignment.
 */
@Service
class Visits {

    record Flag(long id, OffsetDateTime occurredAt, String taskCode, String creditCode, String certificateNo, String reason,
                String reportedBy) {
    }

    record Assignment(boolean assigned, String message, String inspectorName, String departmentName, String entityName,
                      String creditCode, String status) {
    }

    private final JdbcClient jdbc;
    private final Tasks tasks;
    private final InspectorPool inspectors;
    private final Departments departments;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;

    Visits(JdbcClient jdbc, Tasks tasks, InspectorPool inspectors, Departments departments, Notifications notifications,
           AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.inspectors = inspectors;
        this.departments = departments;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    // Not transactional on purpose: a refused check-in still leaves its flag behind.
    Tasks.Task checkIn(String code, SignedInUser user) {
        Tasks.Task task = requireAssigned(code, user);
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("UPDATE inspection_task_inspector SET checked_in_at = COALESCE(checked_in_at, ?) WHERE task_id = ? AND account_id = ?")
                .params(now, task.id(), user.accountId()).update();
        jdbc.sql("UPDATE inspection_task SET visit_started_at = COALESCE(visit_started_at, ?) WHERE id = ?").params(now, task.id()).update();
        audit.record("inspection.visit.checkin", "inspection_task", Long.toString(task.id()), null, Map.of("inspector", user.username()));
        notifications.toEntity(CreditCode.of(task.creditCode()), Text.of("inspection.visit.notice.title"), Text.of("inspection.visit.notice.body", task.code()),
                "/enterprise/inspections");
        return tasks.require(task.id());
    }

    Tasks.Task checkOut(String code, SignedInUser user) {
        Tasks.Task task = requireAssigned(code, user);
        boolean in = task.inspectors().stream().anyMatch(i -> i.accountId() == user.accountId() && i.checkedInAt() != null);
        if (!in) {
            throw DomainViolation.of("code", "inspection.visits.code");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("UPDATE inspection_task_inspector SET checked_out_at = ? WHERE task_id = ? AND account_id = ?")
                .params(now, task.id(), user.accountId()).update();
        jdbc.sql("UPDATE inspection_task SET visit_ended_at = ? WHERE id = ?").params(now, task.id()).update();
        audit.record("inspection.visit.checkout", "inspection_task", Long.toString(task.id()), null, Map.of("inspector", user.username()));
        return tasks.require(task.id());
    }

    /** The enterprise confirms that the visit happened and which of the assigned inspectors came. */
    Tasks.Task confirm(long taskId, Set<Long> present, String note, SignedInUser user) {
        Tasks.Task task = tasks.require(taskId);
        if (user == null || !user.isEnterpriseOf(task.creditCode())) {
            throw DomainViolation.of("task", "inspection.visits.task");
        }
        if (task.visitStartedAt() == null) {
            throw DomainViolation.of("task", "inspection.visits.task2");
        }
        if (task.confirmedAt() != null) {
            throw new cn.yingshang.shared.ConflictingChange(Text.of("inspection.visit.alreadyConfirmed"));
        }
        String cleanNote = note == null ? "" : note.strip();
        // the status guard first: a double submit confirms (and flags absent inspectors) once
        cn.yingshang.shared.ConflictingChange.unlessOne(jdbc.sql(
                        "UPDATE inspection_task SET confirmed_at = ?, confirmed_by = ?, confirmation_note = ? WHERE id = ? AND confirmed_at IS NULL")
                .params(OffsetDateTime.now(clock), user.username(), cleanNote, taskId).update());
        for (Tasks.TaskInspector i : task.inspectors()) {
            boolean came = present.contains(i.accountId());
            jdbc.sql("UPDATE inspection_task_inspector SET confirmed_present = ? WHERE task_id = ? AND account_id = ?")
                    .params(came, taskId, i.accountId()).update();
            if (i.checkedInAt() != null && !came) {
                flag(task.code(), task.creditCode(), i.certificateNo(), Text.of("inspection.visit.unconfirmedInspector"), user.username());
            }
        }
        audit.record("inspection.visit.confirm", "inspection_task", Long.toString(taskId), null, Map.of("present", present, "note", cleanNote));
        return tasks.require(taskId);
    }

    /** An enterprise reports a visit no task explains (检查未登记). */
    void reportUnregistered(String certificateNo, String note, SignedInUser user) {
        if (user == null || user.creditCode() == null) {
            throw DomainViolation.of("certificateNo", "inspection.visits.certificateNo");
        }
        String reason = Text.of("inspection.visits.unregisteredReport") + (note == null || note.isBlank() ? "" : Text.of("inspection.visit.detailSuffix", note.strip()));
        flag(null, user.creditCode(), certificateNo == null ? null : certificateNo.strip().toUpperCase(), reason, user.username());
    }

    Assignment assignment(String certificateNo, String taskCode) {
        Optional<InspectorPool.Inspector> inspector = inspectors.byCertificate(certificateNo);
        Optional<Tasks.Task> task = tasks.byCode(taskCode);
        if (inspector.isEmpty()) {
            return new Assignment(false, Text.of("inspection.visit.badgeUnknown"), null, null, null, null, null);
        }
        String department = departments.byId(DepartmentId.of(inspector.get().departmentId())).map(d -> d.name()).orElse("");
        if (task.isEmpty()) {
            return new Assignment(false, Text.of("inspection.visit.taskCodeUnknown"), inspector.get().displayName(), department, null, null, null);
        }
        boolean assigned = task.get().assigned(inspector.get().accountId());
        return new Assignment(assigned, assigned ? Text.of("inspection.visit.assigned") : Text.of("inspection.visit.notAssigned"),
                inspector.get().displayName(), department, task.get().entityName(), task.get().creditCode(), task.get().status());
    }

    List<Flag> flags(int limit) {
        return jdbc.sql("SELECT * FROM inspection_visit_flag ORDER BY occurred_at DESC, id DESC LIMIT ?").param(limit)
                .query((rs, n) -> new Flag(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
                        rs.getString("task_code"), rs.getString("credit_code"), rs.getString("certificate_no"),
                        rs.getString("reason"), rs.getString("reported_by"))).list();
    }

    private Tasks.Task requireAssigned(String code, SignedInUser user) {
        if (user == null || user.role() != Role.INSPECTOR) {
            throw DomainViolation.of("code", "inspection.visits.code2");
        }
        String certificate = inspectors.byAccount(user.accountId()).map(InspectorPool.Inspector::certificateNo).orElse(null);
        Optional<Tasks.Task> task = tasks.byCode(code);
        if (task.isEmpty()) {
            flag(code, null, certificate, Text.of("inspection.visit.alert.noTask"), user.username());
            throw DomainViolation.of("code", "inspection.visits.code3");
        }
        if (!task.get().assigned(user.accountId())) {
            flag(task.get().code(), task.get().creditCode(), certificate, Text.of("inspection.visit.alert.notAssigned"), user.username());
            throw DomainViolation.of("code", "inspection.visits.code4");
        }
        return task.get();
    }

    private void flag(String taskCode, String creditCode, String certificateNo, String reason, String reportedBy) {
        jdbc.sql("""
                        INSERT INTO inspection_visit_flag (occurred_at, task_code, credit_code, certificate_no, reason, reported_by)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(OffsetDateTime.now(clock), taskCode, creditCode, certificateNo, reason, reportedBy).update();
        audit.record("inspection.visit.flag", "inspection_visit_flag", taskCode == null ? "-" : taskCode, null,
                Map.of("reason", reason, "by", reportedBy));
        notifications.toRole(Role.SUPERVISOR, Text.of("inspection.visit.alert.title"), reason + (taskCode == null ? "" : Text.of("inspection.visit.taskSuffix", taskCode)),
                "/cockpit/inspections");
    }
}
