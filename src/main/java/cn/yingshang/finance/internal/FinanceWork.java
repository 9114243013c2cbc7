package cn.yingshang.finance.internal;

import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Portal;
import cn.yingshang.platform.Role;
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
 * Landing-page work of the financing service: for a bank officer, the open financing needs of the
 * enterprises whose consent to that bank is in force and that the bank has not yet answered; for an
 * official, the receivable confirmations asked of their department, by the 30-day answer deadline.
 */
@Component
class FinanceWork implements WorkToDo {

    private final JdbcClient jdbc;
    private final Banks banks;
    private final Departments departments;
    private final FinanceMessages messages;
    private final Clock clock;
    private final Needs needs;

    FinanceWork(JdbcClient jdbc, Banks banks, Departments departments, FinanceMessages messages, Clock clock, Needs needs) {
        this.needs = needs;
        this.jdbc = jdbc;
        this.banks = banks;
        this.departments = departments;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<ToDo> waitingFor(SignedInUser user, Portal portal) {
        if (portal != Portal.WORKBENCH) {
            return List.of();
        }
        List<ToDo> out = new ArrayList<>();
        if (user.role() == Role.BANK && user.can("finance:lend")) {
            banks.ofAccount(user.accountId()).ifPresent(bank -> out.add(needs(bank.id())));
        }
        if (user.can("finance:confirm") && user.role() != Role.OFFICE && user.role() != Role.ADMIN && user.departmentId() != null) {
            List<Long> scope = departments.actedForBy(user).stream().map(DepartmentId::value).toList();
            if (!scope.isEmpty()) {
                LocalDate today = LocalDate.now(clock);
                ToDo confirmations = jdbc.sql("""
                                SELECT count(*), min(due_on) FILTER (WHERE due_on >= :t), count(*) FILTER (WHERE due_on < :t)
                                FROM fin_confirmation WHERE status = 'REQUESTED' AND department_id = ANY(:d)""")
                        .param("d", scope.toArray(Long[]::new)).param("t", today)
                        .query((rs, n) -> ToDo.count(181, messages.text("finance.todo.confirmations"), rs.getLong(1),
                                rs.getObject(2, LocalDate.class), rs.getLong(3), "/workbench/finance/confirmations")).single();
                // an official whose department was never asked sees nothing rather than a standing zero
                if (!confirmations.clear()) {
                    out.add(confirmations);
                }
            }
        }
        return out;
    }

    private ToDo needs(long bankId) {
        long open = needs.openForBank(bankId);
        long consenting = jdbc.sql("SELECT count(*) FROM fin_consent WHERE bank_id = :b AND status = 'ACTIVE'")
                .param("b", bankId).query(Long.class).single();
        return ToDo.count(180, messages.text("finance.todo.needs"), open, null, 0, "/workbench/finance/bank")
                .withNote(messages.text("finance.todo.consenting", consenting));
    }
}
