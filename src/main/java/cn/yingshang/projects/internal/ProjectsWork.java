package cn.yingshang.projects.internal;

import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.platform.ToDo;
import cn.yingshang.platform.WorkToDo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A project steward's landing page: the approvals running on the clock for the projects they
 * steward, and the promises made to those investors that are still open, each by the nearest due
 * date. Officials who steward no project get nothing here (their department's projects are on the list page).
 */
@Component
class ProjectsWork implements WorkToDo {

    private final JdbcClient jdbc;
    private final ProjectMessages messages;
    private final Clock clock;

    ProjectsWork(JdbcClient jdbc, ProjectMessages messages, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<ToDo> waitingFor(SignedInUser user, Portal portal) {
        if (portal != Portal.WORKBENCH || !user.can("projects:manage")) {
            return List.of();
        }
        long stewarded = jdbc.sql("SELECT count(*) FROM prj_project WHERE steward_account_id = :a").param("a", user.accountId())
                .query(Long.class).single();
        if (stewarded == 0) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        ToDo approvals = jdbc.sql("""
                        SELECT count(*), min(a.due_on) FILTER (WHERE a.due_on >= :t), count(*) FILTER (WHERE a.due_on < :t)
                        FROM prj_approval a JOIN prj_project p ON p.id = a.project_id
                        WHERE p.steward_account_id = :a AND a.status = 'RUNNING'""")
                .param("a", user.accountId()).param("t", today)
                .query((rs, n) -> ToDo.count(170, messages.text("projects.todo.approvals"), rs.getLong(1),
                        rs.getObject(2, LocalDate.class), rs.getLong(3), "/workbench/projects")).single();
        ToDo promises = jdbc.sql("""
                        SELECT count(*), min(m.due_on) FILTER (WHERE m.due_on >= :t), count(*) FILTER (WHERE m.due_on < :t)
                        FROM prj_promise m JOIN prj_project p ON p.id = m.project_id
                        WHERE p.steward_account_id = :a AND m.status = 'PENDING'""")
                .param("a", user.accountId()).param("t", today)
                .query((rs, n) -> ToDo.count(171, messages.text("projects.todo.promises"), rs.getLong(1),
                        rs.getObject(2, LocalDate.class), rs.getLong(3), "/workbench/projects")).single();
        return List.of(ToDo.fact(169, messages.text("projects.todo.stewarded"), Long.toString(stewarded), "/workbench/projects"),
                approvals, promises);
    }
}
