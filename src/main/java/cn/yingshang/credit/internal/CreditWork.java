package cn.yingshang.credit.internal;

import cn.yingshang.platform.Department;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.platform.ToDo;
import cn.yingshang.platform.WorkToDo;
import cn.yingshang.shared.CreditCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Credit on the landing pages: the repair applications a department must decide (谁处罚、谁修复)
 * with the nearest decision deadline, and an enterprise's own credit class.
 */
@Component
class CreditWork implements WorkToDo {

    private final JdbcClient jdbc;
    private final Departments departments;
    private final RiskClassification classes;
    private final MessageSource messages;
    private final Clock clock;

    CreditWork(JdbcClient jdbc, Departments departments, RiskClassification classes, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.classes = classes;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<ToDo> waitingFor(SignedInUser user, Portal portal) {
        List<ToDo> out = new ArrayList<>();
        if (portal == Portal.WORKBENCH && user.can("credit:repair") && user.departmentId() != null) {
            String code = departments.byId(user.departmentId()).map(Department::code).orElse(null);
            if (code != null) {
                LocalDate today = LocalDate.now(clock);
                out.add(jdbc.sql("""
                                SELECT count(*), min(due_on) FILTER (WHERE due_on >= :t), count(*) FILTER (WHERE due_on < :t)
                                FROM credit_repair_application WHERE deciding_department_code = :d AND status = 'SUBMITTED'""")
                        .param("d", code).param("t", today)
                        .query((rs, n) -> ToDo.count(300, text("credit.todo.repairs"), rs.getLong(1),
                                rs.getObject(2, LocalDate.class), rs.getLong(3), "/workbench/credit/repairs")).single());
            }
        }
        if (portal == Portal.ENTERPRISE && user.creditCode() != null) {
            out.add(ToDo.fact(300, text("credit.todo.class"), classes.riskClass(CreditCode.of(user.creditCode())).label(),
                    "/enterprise/credit"));
        }
        return out;
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }
}
