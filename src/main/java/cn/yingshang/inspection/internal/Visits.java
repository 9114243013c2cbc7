package cn.yingshang.inspection.internal;

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
        notifications.toEntity(task.creditCode(), "检查人员已扫码入企", "任务 " + task.code() + "：请在企业服务中确认到场人员。",
                "/enterprise/inspections");
        return tasks.require(task.id());
    }

    Tasks.Task checkOut(String code, SignedInUser user) {
        Tasks.Task task = requireAssigned(code, user);
        boolean in = task.inspectors().stream().anyMatch(i -> i.accountId() == user.accountId() && i.checkedInAt() != null);
        if (!in) {
            throw new DomainViolation("code", "请先扫码登记入企，再登记离企");
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
            throw new DomainViolation("task", "只能确认本企业的检查");
        }
        if (task.visitStartedAt() == null) {
            throw new DomainViolation("task", "检查人员尚未扫码入企，无法确认");
        }
        if (task.confirmedAt() != null) {
            throw new cn.yingshang.shared.ConflictingChange("已确认过本次检查");
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
                flag(task.code(), task.creditCode(), i.certificateNo(), "企业未确认该检查人员到场（已扫码登记）", user.username());
            }
        }
        audit.record("inspection.visit.confirm", "inspection_task", Long.toString(taskId), null, Map.of("present", present, "note", cleanNote));
        return tasks.require(taskId);
    }

    /** An enterprise reports a visit no task explains (检查未登记). */
    void reportUnregistered(String certificateNo, String note, SignedInUser user) {
        if (user == null || user.creditCode() == null) {
            throw new DomainViolation("certificateNo", "只有企业用户可以报告未登记的检查");
        }
        String reason = "企业报告未登记的入企检查" + (note == null || note.isBlank() ? "" : "：" + note.strip());
        flag(null, user.creditCode(), certificateNo == null ? null : certificateNo.strip().toUpperCase(), reason, user.username());
    }

    Assignment assignment(String certificateNo, String taskCode) {
        Optional<InspectorPool.Inspector> inspector = inspectors.byCertificate(certificateNo);
        Optional<Tasks.Task> task = tasks.byCode(taskCode);
        if (inspector.isEmpty()) {
            return new Assignment(false, "该执法证件号不在执法检查人员名录库中", null, null, null, null, null);
        }
        String department = departments.byId(DepartmentId.of(inspector.get().departmentId())).map(d -> d.name()).orElse("");
        if (task.isEmpty()) {
            return new Assignment(false, "未找到该检查任务编码", inspector.get().displayName(), department, null, null, null);
        }
        boolean assigned = task.get().assigned(inspector.get().accountId());
        return new Assignment(assigned, assigned ? "该检查人员已被指派执行本次检查任务" : "该检查人员未被指派执行本次检查任务，请拒绝检查并报告",
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
            throw new DomainViolation("code", "只有执法检查人员可以扫码入企");
        }
        String certificate = inspectors.byAccount(user.accountId()).map(InspectorPool.Inspector::certificateNo).orElse(null);
        Optional<Tasks.Task> task = tasks.byCode(code);
        if (task.isEmpty()) {
            flag(code, null, certificate, "无检查任务入企（任务编码不存在）", user.username());
            throw new DomainViolation("code", "没有该检查任务，不得入企检查；已登记为无任务入企");
        }
        if (!task.get().assigned(user.accountId())) {
            flag(task.get().code(), task.get().creditCode(), certificate, "非指派人员扫码入企", user.username());
            throw new DomainViolation("code", "您未被指派执行该检查任务，不得入企检查；已登记");
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
        notifications.toRole(Role.SUPERVISOR, "入企检查异常", reason + (taskCode == null ? "" : "（任务 " + taskCode + "）"),
                "/cockpit/inspections");
    }
}
