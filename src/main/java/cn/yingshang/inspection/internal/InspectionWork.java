package cn.yingshang.inspection.internal;

import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.platform.ToDo;
import cn.yingshang.platform.WorkToDo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An inspector's landing page: drawn tasks whose results are not yet published, by publication deadline. */
@Component
class InspectionWork implements WorkToDo {

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Clock clock;

    InspectionWork(JdbcClient jdbc, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<ToDo> waitingFor(SignedInUser user, Portal portal) {
        if (portal != Portal.WORKBENCH || !user.can("inspection:inspect")) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return List.of(jdbc.sql("""
                        SELECT count(*), min(t.publish_deadline) FILTER (WHERE t.publish_deadline >= :t),
                               count(*) FILTER (WHERE t.publish_deadline < :t)
                        FROM inspection_task t JOIN inspection_task_inspector ti ON ti.task_id = t.id
                        WHERE ti.account_id = :a AND t.published_on IS NULL""")
                .param("a", user.accountId()).param("t", today)
                .query((rs, n) -> ToDo.count(300, messages.getMessage("inspection.todo.tasks", null, Locale.SIMPLIFIED_CHINESE),
                        rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3), "/workbench/inspections/tasks"))
                .single());
    }
}
