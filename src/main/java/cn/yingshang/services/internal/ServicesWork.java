package cn.yingshang.services.internal;

import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.platform.ToDo;
import cn.yingshang.platform.WorkToDo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A service handler's landing page: the open applications in the queue they work (their department,
 * a leader's also those below) by the promised completion date, and the help requests enterprises
 * put to their department that are not yet resolved. Departments that take no applications get no line.
 */
@Component
class ServicesWork implements WorkToDo {

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final ServiceMessages messages;
    private final Clock clock;

    ServicesWork(JdbcClient jdbc, CaseAccess access, ServiceMessages messages, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<ToDo> waitingFor(SignedInUser user, Portal portal) {
        if (portal != Portal.WORKBENCH || !user.can("services:handle") || access.isOffice(user)) {
            return List.of();
        }
        List<Long> queue = access.queueDepartments(user);
        if (queue.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<ToDo> out = new ArrayList<>();
        boolean takesApplications = jdbc.sql("SELECT EXISTS (SELECT 1 FROM svc_case WHERE department_id IN (:d))")
                .param("d", queue).query(Boolean.class).single();
        if (takesApplications) {
            out.add(jdbc.sql("""
                            SELECT count(*), min(due_on) FILTER (WHERE due_on >= :t), count(*) FILTER (WHERE due_on < :t)
                            FROM svc_case WHERE department_id IN (:d) AND status IN ('SUBMITTED', 'SUPPLEMENT_REQUESTED', 'ACCEPTED')""")
                    .param("d", queue).param("t", today)
                    .query((rs, n) -> ToDo.count(150, messages.text("services.todo.cases"), rs.getLong(1),
                            rs.getObject(2, LocalDate.class), rs.getLong(3), "/workbench/services")).single());
        }
        String department = access.departmentOf(user);
        long help = department == null ? 0 : jdbc.sql("SELECT count(*) FROM svc_help_request WHERE department = :d AND status <> 'RESOLVED'")
                .param("d", department).query(Long.class).single();
        if (help > 0) {
            out.add(ToDo.count(151, messages.text("services.todo.help"), help, null, 0, "/workbench/services/help"));
        }
        return out;
    }
}
