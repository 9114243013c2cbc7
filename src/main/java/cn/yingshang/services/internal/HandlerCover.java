package cn.yingshang.services.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.SignedInUser;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * AB岗 (001 §31): each handler has a backup in the same department. Marked absent, their open cases
 * pass to the backup; back at work, the cases they first received come back to them. The first
 * receiver (首问负责) is never changed, so who answers for the case stays visible throughout.
 */
@Component
class HandlerCover {

    record Cover(String username, String backup, boolean absent) {
    }

    private final JdbcClient jdbc;
    private final ServiceMessages messages;
    private final AuditLog audit;

    HandlerCover(JdbcClient jdbc, ServiceMessages messages, AuditLog audit) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.audit = audit;
    }

    List<Cover> ofDepartment(long departmentId) {
        return jdbc.sql("SELECT username, backup, absent FROM svc_handler_cover WHERE department_id = :d ORDER BY username")
                .param("d", departmentId).query((rs, n) -> new Cover(rs.getString(1), rs.getString(2), rs.getBoolean(3))).list();
    }

    /** Handlers of the department, from the platform's accounts (by department id). */
    List<String> handlers(long departmentId) {
        return jdbc.sql("""
                        SELECT username FROM platform_account WHERE department_id = :d AND enabled AND role IN ('HANDLER', 'LEADER')
                        ORDER BY username""").param("d", departmentId).query(String.class).list();
    }

    @Transactional
    void setBackup(String username, String backup, SignedInUser leader) {
        long dept = requireDepartment(leader);
        List<String> staff = handlers(dept);
        if (!staff.contains(username) || !staff.contains(backup) || username.equals(backup)) {
            throw messages.violation("backup", "services.cover.sameDepartment");
        }
        jdbc.sql("""
                        INSERT INTO svc_handler_cover (username, department_id, backup) VALUES (:u, :d, :b)
                        ON CONFLICT (username) DO UPDATE SET backup = excluded.backup, department_id = excluded.department_id""")
                .param("u", username).param("d", dept).param("b", backup).update();
        audit.record("services.cover.backup", "svc_handler_cover", username, null, backup);
    }

    /** Marks the handler absent and hands their open cases to the backup; returns how many moved. */
    @Transactional
    int markAbsent(String username, SignedInUser leader) {
        long dept = requireDepartment(leader);
        String backup = jdbc.sql("""
                        UPDATE svc_handler_cover SET absent = TRUE, absent_since = now()
                        WHERE username = :u AND department_id = :d AND NOT absent RETURNING backup""")
                .param("u", username).param("d", dept).query(String.class).optional()
                .orElseThrow(() -> messages.violation("username", "services.cover.noBackup"));
        int moved = jdbc.sql("""
                        UPDATE svc_case SET assignee = :b WHERE assignee = :u AND department_id = :d
                          AND status IN ('SUBMITTED', 'SUPPLEMENT_REQUESTED', 'ACCEPTED')""")
                .param("b", backup).param("u", username).param("d", dept).update();
        audit.record("services.cover.absent", "svc_handler_cover", username, null, moved);
        return moved;
    }

    @Transactional
    int markBack(String username, SignedInUser leader) {
        long dept = requireDepartment(leader);
        String backup = jdbc.sql("""
                        UPDATE svc_handler_cover SET absent = FALSE, absent_since = NULL
                        WHERE username = :u AND department_id = :d AND absent RETURNING backup""")
                .param("u", username).param("d", dept).query(String.class).optional()
                .orElseThrow(() -> messages.violation("username", "services.cover.notAbsent"));
        int moved = jdbc.sql("""
                        UPDATE svc_case SET assignee = :u WHERE assignee = :b AND first_receiver = :u AND department_id = :d
                          AND status IN ('SUBMITTED', 'SUPPLEMENT_REQUESTED', 'ACCEPTED')""")
                .param("b", backup).param("u", username).param("d", dept).update();
        audit.record("services.cover.back", "svc_handler_cover", username, null, moved);
        return moved;
    }

    /** Who takes a case the handler receives now: the backup while the handler is absent. */
    String assigneeFor(String username) {
        return jdbc.sql("SELECT backup FROM svc_handler_cover WHERE username = :u AND absent").param("u", username)
                .query(String.class).optional().orElse(username);
    }

    private long requireDepartment(SignedInUser user) {
        if (user.departmentId() == null || !user.can("services:handle")) {
            throw new org.springframework.security.access.AccessDeniedException("services.cover");
        }
        return user.departmentId().value();
    }
}
