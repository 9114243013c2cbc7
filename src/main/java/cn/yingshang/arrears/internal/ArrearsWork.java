package cn.yingshang.arrears.internal;

import cn.yingshang.platform.Portal;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.platform.ToDo;
import cn.yingshang.platform.WorkToDo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Arrears on the landing pages: an SME's claims still unpaid, by the payment due date, and the follow-up reviews
 * waiting for its answer; a department's claims waiting for its confirmation by the confirmation deadline (004 #37);
 * the office's claims from appeals still missing their contract details. Each count reads the same rows as the list
 * it links to.
 */
@Component
class ArrearsWork implements WorkToDo {

    private final JdbcClient jdbc;
    private final Clock clock;

    ArrearsWork(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<ToDo> waitingFor(SignedInUser user, Portal portal) {
        LocalDate today = LocalDate.now(clock);
        List<ToDo> out = new ArrayList<>();
        if (portal == Portal.ENTERPRISE && user.can("arrears:report") && user.creditCode() != null) {
            out.add(count(190, "arrears.todo.unpaid", """
                    SELECT count(*), min(due_on) FILTER (WHERE due_on >= :t), count(*) FILTER (WHERE due_on < :t)
                    FROM arrears_claim WHERE payee_credit_code = :c AND status IN ('REPORTED', 'CONFIRMED')""",
                    user.creditCode(), null, today, "/enterprise/arrears"));
            out.add(count(191, "arrears.todo.followUp", """
                    SELECT count(*), NULL::date, 0 FROM arrears_claim WHERE payee_credit_code = :c AND status = 'FOLLOW_UP'""",
                    user.creditCode(), null, today, "/enterprise/arrears?status=FOLLOW_UP"));
        }
        if (portal == Portal.WORKBENCH && user.can("arrears:manage")) {
            out.add(count(190, "arrears.todo.intake", """
                    SELECT count(*), NULL::date, 0 FROM arrears_claim WHERE status = 'INTAKE'""",
                    null, null, today, "/workbench/arrears?status=INTAKE"));
        } else if (portal == Portal.WORKBENCH && user.can("arrears:verify") && user.departmentId() != null
                && supervisesPayers(user.departmentId().value())) {
            out.add(count(190, "arrears.todo.toConfirm", """
                    SELECT count(*), min(confirm_by) FILTER (WHERE confirm_by >= :t), count(*) FILTER (WHERE confirm_by < :t)
                    FROM arrears_claim WHERE supervising_department_id = :d AND status = 'REPORTED'""",
                    null, user.departmentId().value(), today, "/workbench/arrears?status=REPORTED"));
        }
        return out;
    }

    /** Departments that supervise no public payer never confirm a claim: no line for them, not a standing zero. */
    private boolean supervisesPayers(long departmentId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM arrears_payer WHERE supervising_department_id = :d)")
                .param("d", departmentId).query(Boolean.class).single();
    }

    /** {@code sql} answers count, nearest deadline, overdue; it may use :c (credit code), :d (department), :t (today). */
    private ToDo count(int order, String label, String sql, String creditCode, Long departmentId, LocalDate today, String href) {
        Map<String, Object> params = new HashMap<>();
        params.put("c", creditCode);
        params.put("d", departmentId);
        params.put("t", today);
        return jdbc.sql(sql).params(params).query((rs, n) -> ToDo.count(order, ArrearsText.text(label), rs.getLong(1),
                rs.getObject(2, LocalDate.class), rs.getLong(3), href)).single();
    }
}
