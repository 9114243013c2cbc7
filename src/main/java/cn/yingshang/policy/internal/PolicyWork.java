package cn.yingshang.policy.internal;

import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.platform.ToDo;
import cn.yingshang.platform.WorkToDo;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Policies on the landing pages: the policies newly matched to an enterprise (the last 30 days)
 * and its applications under decision; the applications a department must decide by their deadline.
 */
@Component
class PolicyWork implements WorkToDo {

    static final int NEW_FOR_DAYS = 30;

    private final JdbcClient jdbc;
    private final Departments departments;
    private final MessageSource messages;
    private final Clock clock;

    PolicyWork(JdbcClient jdbc, Departments departments, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<ToDo> waitingFor(SignedInUser user, Portal portal) {
        List<ToDo> out = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (portal == Portal.ENTERPRISE && user.creditCode() != null) {
            var since = today.minusDays(NEW_FOR_DAYS).atStartOfDay(ZoneId.of("Asia/Shanghai")).toOffsetDateTime();
            out.add(jdbc.sql("SELECT count(*) FILTER (WHERE matched_at >= :since), count(*) FROM policy_match WHERE credit_code = :c")
                    .param("c", user.creditCode()).param("since", since)
                    .query((rs, n) -> ToDo.fact(200, text("policy.todo.newMatches", NEW_FOR_DAYS), Long.toString(rs.getLong(1)),
                            "/enterprise/policies").withNote(text("policy.todo.allMatches", rs.getLong(2)))).single());
            out.add(jdbc.sql("""
                            SELECT count(*), min(due_on) FILTER (WHERE due_on >= :t) FROM policy_application
                            WHERE credit_code = :c AND status = 'SUBMITTED'""")
                    .param("c", user.creditCode()).param("t", today)
                    .query((rs, n) -> ToDo.count(210, text("policy.todo.myApplications"), rs.getLong(1),
                            rs.getObject(2, LocalDate.class), 0, "/enterprise/policies")).single());
        }
        if (portal == Portal.WORKBENCH && user.can("policy:decide") && user.departmentId() != null
                && !user.can("appeal:office")) {
            List<Long> scope = departments.actedForBy(user).stream().map(DepartmentId::value).toList();
            if (!scope.isEmpty()) {
                out.add(jdbc.sql("""
                                SELECT count(*), min(a.due_on) FILTER (WHERE a.due_on >= :t), count(*) FILTER (WHERE a.due_on < :t)
                                FROM policy_application a JOIN policy_policy p ON p.id = a.policy_id
                                WHERE a.status = 'SUBMITTED' AND p.department_id IN (:scope)""")
                        .param("t", today).param("scope", scope)
                        .query((rs, n) -> ToDo.count(200, text("policy.todo.toDecide"), rs.getLong(1),
                                rs.getObject(2, LocalDate.class), rs.getLong(3), "/workbench/policies")).single());
            }
        }
        return out;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
