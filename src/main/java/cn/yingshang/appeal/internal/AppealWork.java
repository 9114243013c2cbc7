package cn.yingshang.appeal.internal;

import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.platform.ToDo;
import cn.yingshang.platform.WorkToDo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appeals on the landing pages: a department's open appeals with the nearest reply deadline, the
 * office's appeals waiting for it and every overdue one, an enterprise's open appeals and those
 * waiting for its rating.
 */
@Component
class AppealWork implements WorkToDo {

    private static final String ENTERPRISE_OPEN = "('SUBMITTED','ACCEPTED','DISPATCHED','RETURN_REQUESTED','IN_PROGRESS',"
            + "'EXTENSION_REQUESTED','PAUSE_REQUESTED','PAUSED')";

    private final JdbcClient jdbc;
    private final Departments departments;
    private final MessageSource messages;
    private final Clock clock;

    AppealWork(JdbcClient jdbc, Departments departments, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.messages = messages;
        this.clock = clock;
    }

    private record Tally(long count, LocalDate nearest, long overdue, long warning) {
    }

    @Override
    public List<ToDo> waitingFor(SignedInUser user, Portal portal) {
        List<ToDo> out = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (portal == Portal.WORKBENCH && user.can("appeal:office")) {
            Tally office = tally("status IN " + AppealQueries.OFFICE_STATUSES, List.of(), today);
            out.add(ToDo.count(100, text("appeal.todo.office"), office.count(), office.nearest(), office.overdue(),
                    "/workbench/appeals"));
            Tally late = tally("lead_department_id IS NOT NULL AND status IN " + AppealQueries.DEPARTMENT_STATUSES,
                    List.of(), today);
            out.add(ToDo.count(101, text("appeal.todo.departments"), late.count(), late.nearest(), late.overdue(),
                    "/workbench/appeals?status=IN_PROGRESS").withNote(text("appeal.todo.warning", late.warning())));
        } else if (portal == Portal.WORKBENCH && user.can("appeal:handle") && user.departmentId() != null) {
            List<Long> scope = departments.actedForBy(user).stream().map(DepartmentId::value).toList();
            Tally mine = tally("lead_department_id IN (:scope) AND status IN " + AppealQueries.DEPARTMENT_STATUSES, scope, today);
            out.add(ToDo.count(100, text("appeal.todo.department"), mine.count(), mine.nearest(), mine.overdue(),
                    "/workbench/appeals").withNote(text("appeal.todo.warning", mine.warning())));
        } else if (portal == Portal.ENTERPRISE && user.can("appeal:submit")) {
            Tally open = requester("status IN " + ENTERPRISE_OPEN, user.accountId(), today);
            out.add(ToDo.count(100, text("appeal.todo.mine"), open.count(), open.nearest(), 0, "/enterprise/appeals"));
            Tally rating = requester("status = 'REPLIED'", user.accountId(), today);
            out.add(ToDo.count(101, text("appeal.todo.rate"), rating.count(), null, 0, "/enterprise/appeals?status=REPLIED"));
        }
        return out;
    }

    private Tally tally(String where, List<Long> scope, LocalDate today) {
        if (where.contains(":scope") && scope.isEmpty()) {
            return new Tally(0, null, 0, 0);
        }
        var sql = jdbc.sql("SELECT count(*), min(due_on) FILTER (WHERE due_on >= :t), count(*) FILTER (WHERE due_on < :t), "
                        + "count(*) FILTER (WHERE warn_on <= :t AND due_on >= :t) FROM appeal WHERE " + where)
                .param("t", today);
        if (where.contains(":scope")) {
            sql = sql.param("scope", scope);
        }
        return sql.query((rs, n) -> new Tally(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3), rs.getLong(4)))
                .single();
    }

    private Tally requester(String where, long account, LocalDate today) {
        return jdbc.sql("SELECT count(*), min(due_on) FILTER (WHERE due_on >= :t) FROM appeal WHERE requester_account_id = :a AND "
                        + where).param("a", account).param("t", today)
                .query((rs, n) -> new Tally(rs.getLong(1), rs.getObject(2, LocalDate.class), 0, 0)).single();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
