package cn.yingshang.cockpit.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Notifications;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.shared.ConflictingChange;
import cn.yingshang.shared.DomainViolation;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task ledger (工作台账, 004 五(二)): the office tracks every reform measure with its lead and
 * responsible units and deadline; lead units report progress with evidence; the office verifies
 * (五(六): 市营商办将定期对各项措施落实情况进行核查). Overdue tasks are alerted.
 */
@Service
class TaskLedger {

    enum Status {
        OPEN("cockpit.tasks.status.OPEN"), REPORTED_DONE("cockpit.tasks.status.REPORTED_DONE"), VERIFIED("cockpit.tasks.status.VERIFIED");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return Text.of(label);
        }
    }

    record Task(long id, String plan, int number, String area, String title, String summary, String leadUnitStated,
                Long leadDepartmentId, String leadDepartmentName, String responsibleUnits, LocalDate deadline, Status status,
                LocalDate verifiedOn, String verificationNote, Integer percent) {

        /** Past its deadline and not verified done (a report of completion stops the clock). */
        public boolean isOverdue(LocalDate today) {
            return deadline != null && today.isAfter(deadline) && status == Status.OPEN;
        }
    }

    record Progress(long id, Instant reportedAt, String reporter, int percent, String note, String evidence) {
    }

    record Assignment(Long leadDepartmentId, String responsibleUnits, LocalDate deadline) {
    }

    record Report(Integer percent, String note, String evidence) {
    }

    private final JdbcClient jdbc;
    private final Departments departments;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;

    TaskLedger(JdbcClient jdbc, Departments departments, Notifications notifications, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    private static final String SELECT = """
            SELECT t.*, (SELECT p.percent FROM cockpit_task_progress p WHERE p.task_id = t.id ORDER BY p.reported_at DESC, p.id DESC LIMIT 1) AS percent
            FROM cockpit_task t""";

    List<Task> all() {
        return jdbc.sql(SELECT + " ORDER BY t.plan, t.number").query(this::map).list();
    }

    List<Task> ofDepartment(long departmentId) {
        return jdbc.sql(SELECT + " WHERE t.lead_department_id = :d ORDER BY t.plan, t.number").param("d", departmentId)
                .query(this::map).list();
    }

    List<Task> overdue() {
        LocalDate today = LocalDate.now(clock);
        return all().stream().filter(t -> t.isOverdue(today)).toList();
    }

    Task require(long id) {
        return jdbc.sql(SELECT + " WHERE t.id = :id").param("id", id).query(this::map).optional()
                .orElseThrow(() -> new NoSuchElementException(Text.of("cockpit.tasks.notFound", id)));
    }

    List<Progress> progress(long taskId) {
        return jdbc.sql("SELECT * FROM cockpit_task_progress WHERE task_id = :t ORDER BY reported_at DESC, id DESC")
                .param("t", taskId).query((rs, n) -> new Progress(rs.getLong("id"), rs.getTimestamp("reported_at").toInstant(),
                        rs.getString("reporter"), rs.getInt("percent"), rs.getString("note"), rs.getString("evidence"))).list();
    }

    @Transactional
    Task assign(long id, Assignment a) {
        Task before = require(id);
        if (a.leadDepartmentId() == null) {
            throw DomainViolation.of("leadDepartmentId", "cockpit.tasks.leadRequired");
        }
        Department lead = departments.byId(DepartmentId.of(a.leadDepartmentId()))
                .orElseThrow(() -> DomainViolation.of("leadDepartmentId", "cockpit.tasks.leadUnknown"));
        if (a.deadline() == null) {
            throw DomainViolation.of("deadline", "cockpit.tasks.deadlineRequired");
        }
        jdbc.sql("UPDATE cockpit_task SET lead_department_id = :d, responsible_units = :r, deadline = :deadline WHERE id = :id")
                .param("d", lead.id().value()).param("r", a.responsibleUnits() == null ? "" : a.responsibleUnits().strip())
                .param("deadline", a.deadline()).param("id", id).update();
        Task after = require(id);
        audit.record("cockpit.task.assign", "task", String.valueOf(id), before, after);
        notifications.toDepartment(lead.id(), Text.of("cockpit.tasks.assigned.title", after.title()),
                Text.of("cockpit.tasks.assigned.body", String.valueOf(a.deadline())),
                "/workbench/tasks/" + id);
        return after;
    }

    /** Only the lead department (or the office) reports; 100 % marks the task done, pending the office's check. */
    @Transactional
    Task report(long id, SignedInUser user, Report r) {
        Task before = require(id);
        boolean office = user.can("cockpit:manage");
        if (!office && (before.leadDepartmentId() == null || user.departmentId() == null
                || user.departmentId().value() != before.leadDepartmentId())) {
            // an authorisation failure like every module's (403), not a form error the caller could retry
            throw new org.springframework.security.access.AccessDeniedException("cockpit.tasks.leadOnly");
        }
        if (before.status() == Status.VERIFIED) {
            throw new ConflictingChange(Text.of("cockpit.tasks.alreadyVerified"));
        }
        if (r.percent() == null || r.percent() < 0 || r.percent() > 100) {
            throw DomainViolation.of("percent", "cockpit.tasks.percentRange");
        }
        if (r.note() == null || r.note().isBlank()) {
            throw DomainViolation.of("note", "cockpit.tasks.noteRequired");
        }
        if (r.percent() == 100 && (r.evidence() == null || r.evidence().isBlank())) {
            throw DomainViolation.of("evidence", "cockpit.tasks.evidenceRequired");
        }
        jdbc.sql("INSERT INTO cockpit_task_progress (task_id, reported_at, reporter, percent, note, evidence) VALUES (:t, :at, :u, :p, :n, :e)")
                .param("t", id).param("at", Timestamp.from(clock.instant())).param("u", user.displayName())
                .param("p", r.percent()).param("n", r.note().strip()).param("e", r.evidence() == null ? "" : r.evidence().strip())
                .update();
        ConflictingChange.unlessOne(jdbc.sql("UPDATE cockpit_task SET status = :s WHERE id = :id AND status <> 'VERIFIED'")
                .param("s", r.percent() == 100 ? Status.REPORTED_DONE.name() : Status.OPEN.name()).param("id", id).update());
        Task after = require(id);
        audit.record("cockpit.task.report", "task", String.valueOf(id), before, after);
        return after;
    }

    /** The office's check: confirmed completes the task; rejected sends it back to work. */
    @Transactional
    Task verify(long id, boolean confirmed, String note) {
        Task before = require(id);
        if (before.status() != Status.REPORTED_DONE) {
            throw new ConflictingChange(Text.of("cockpit.tasks.notReported"));
        }
        if (!confirmed && (note == null || note.isBlank())) {
            throw DomainViolation.of("note", "cockpit.tasks.rejectionReasonRequired");
        }
        ConflictingChange.unlessOne(jdbc.sql("""
                        UPDATE cockpit_task SET status = :s, verified_on = :d, verification_note = :n
                        WHERE id = :id AND status = 'REPORTED_DONE'""")
                .param("s", confirmed ? Status.VERIFIED.name() : Status.OPEN.name())
                .param("d", confirmed ? LocalDate.now(clock) : null).param("n", note).param("id", id).update());
        Task after = require(id);
        audit.record("cockpit.task.verify", "task", String.valueOf(id), before, after);
        if (!confirmed && after.leadDepartmentId() != null) {
            notifications.toDepartment(DepartmentId.of(after.leadDepartmentId()), Text.of("cockpit.tasks.rejected.title", after.title()), note,
                    "/workbench/tasks/" + id);
        }
        return after;
    }

    Map<Status, Long> counts() {
        Map<Status, Long> m = new java.util.EnumMap<>(Status.class);
        for (Task t : all()) {
            m.merge(t.status(), 1L, Long::sum);
        }
        return m;
    }

    private Task map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Long lead = (Long) rs.getObject("lead_department_id");
        return new Task(rs.getLong("id"), rs.getString("plan"), rs.getInt("number"), rs.getString("area"), rs.getString("title"),
                rs.getString("summary"), rs.getString("lead_unit_stated"), lead,
                lead == null ? null : departments.byId(DepartmentId.of(lead)).map(Department::name).orElse(null),
                rs.getString("responsible_units"), rs.getObject("deadline", LocalDate.class), Status.valueOf(rs.getString("status")),
                rs.getObject("verified_on", LocalDate.class), rs.getString("verification_note"), (Integer) rs.getObject("percent"));
    }
}
