package cn.yingshang.cockpit.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Notifications;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.shared.RegionCode;
import cn.yingshang.shared.TimeLimit;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening, answering and revisiting rectification items. */
@Service
class Rectifications {

    /** 好差评 local practice: 5–15 working days to rectify; the platform's default is 10. */
    static final TimeLimit DEFAULT_LIMIT = TimeLimit.workingDays(10);

    private final JdbcClient jdbc;
    private final WorkingCalendars calendars;
    private final Departments departments;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;

    Rectifications(JdbcClient jdbc, WorkingCalendars calendars, Departments departments, Notifications notifications,
                   AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.calendars = calendars;
        this.departments = departments;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Rectification open(Rectification.Origin origin, long originId, Department department, RegionCode region, String issue) {
        LocalDate today = LocalDate.now(clock);
        LocalDate deadline = calendars.deadline(region, today, DEFAULT_LIMIT);
        long id = jdbc.sql("""
                        INSERT INTO cockpit_rectification (origin, origin_id, department_id, region_code, issue, opened_on, deadline, status)
                        VALUES (:o, :oid, :d, :r, :issue, :today, :deadline, 'OPEN') RETURNING id""")
                .param("o", origin.name()).param("oid", originId).param("d", department.id().value())
                .param("r", region.code()).param("issue", issue).param("today", today).param("deadline", deadline)
                .query(Long.class).single();
        Rectification created = require(id);
        audit.record("cockpit.rectification.open", "rectification", String.valueOf(id), null, created);
        notifications.toDepartment(department.id(), Text.of("cockpit.rectifications.notice.title", origin.label()),
                Text.of("cockpit.rectifications.notice.body", issue, String.valueOf(deadline)), "/workbench/rectifications/" + id);
        return created;
    }

    Rectification require(long id) {
        return jdbc.sql("SELECT * FROM cockpit_rectification WHERE id = :id").param("id", id).query(Rectifications::map)
                .optional().orElseThrow(() -> new NoSuchElementException(Text.of("cockpit.rectifications.notFound", id)));
    }

    List<Rectification> ofDepartment(long departmentId) {
        return jdbc.sql("SELECT * FROM cockpit_rectification WHERE department_id = :d ORDER BY status <> 'OPEN', deadline")
                .param("d", departmentId).query(Rectifications::map).list();
    }

    List<Rectification> all(int limit) {
        return jdbc.sql("SELECT * FROM cockpit_rectification ORDER BY status = 'CLOSED', deadline LIMIT :l")
                .param("l", limit).query(Rectifications::map).list();
    }

    @Transactional
    Rectification respond(long id, String response) {
        Rectification before = require(id);
        Rectification after = before.respond(response, LocalDate.now(clock));
        store(before, after);
        audit.record("cockpit.rectification.respond", "rectification", String.valueOf(id), before, after);
        return after;
    }

    @Transactional
    Rectification revisit(long id, boolean satisfied, String note) {
        Rectification before = require(id);
        LocalDate today = LocalDate.now(clock);
        Rectification after = before.revisit(satisfied, note, today,
                calendars.deadline(RegionCode.of(before.regionCode()), today, DEFAULT_LIMIT));
        store(before, after);
        audit.record("cockpit.rectification.revisit", "rectification", String.valueOf(id), before, after);
        if (!satisfied) {
            notifications.toDepartment(departments.require(new cn.yingshang.platform.DepartmentId(after.departmentId())).id(),
                    Text.of("cockpit.rectifications.revisitFailed.title"),
                    Text.of("cockpit.rectifications.revisitFailed.body", after.issue(), String.valueOf(after.deadline())), "/workbench/rectifications/" + id);
        }
        return after;
    }

    /** Status-guarded: the row must still be in the state the change started from. */
    private void store(Rectification before, Rectification r) {
        cn.yingshang.shared.ConflictingChange.unlessOne(jdbc.sql("""
                        UPDATE cockpit_rectification SET deadline = :deadline, status = :status, response = :response,
                          responded_on = :respondedOn, revisit_on = :revisitOn, revisit_note = :revisitNote, closed_on = :closedOn
                        WHERE id = :id AND status = :from""")
                .param("from", before.status().name())
                .param("deadline", r.deadline()).param("status", r.status().name()).param("response", r.response())
                .param("respondedOn", r.respondedOn()).param("revisitOn", r.revisitOn()).param("revisitNote", r.revisitNote())
                .param("closedOn", r.closedOn()).param("id", r.id()).update());
    }

    static Rectification map(ResultSet rs, int n) throws SQLException {
        return new Rectification(rs.getLong("id"), Rectification.Origin.valueOf(rs.getString("origin")), rs.getLong("origin_id"),
                rs.getLong("department_id"), rs.getString("region_code"), rs.getString("issue"),
                rs.getObject("opened_on", LocalDate.class), rs.getObject("deadline", LocalDate.class),
                Rectification.Status.valueOf(rs.getString("status")), rs.getString("response"),
                rs.getObject("responded_on", LocalDate.class), rs.getObject("revisit_on", LocalDate.class),
                rs.getString("revisit_note"), rs.getObject("closed_on", LocalDate.class));
    }
}
