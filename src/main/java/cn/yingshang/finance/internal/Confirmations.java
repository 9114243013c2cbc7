package cn.yingshang.finance.internal;

import cn.yingshang.platform.DepartmentId;
import cn.yingshang.shared.ConflictingChange;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Receivable confirmation requests (确权) and the supervising departments' answers. */
@Repository
class Confirmations {

    private final JdbcClient jdbc;

    Confirmations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String creditCode, String entityName, String payerName, DepartmentId department, String contractName,
                BigDecimal amount, LocalDate requestedOn, LocalDate dueOn) {
        return jdbc.sql("""
                        INSERT INTO fin_confirmation (credit_code, entity_name, payer_name, department_id, contract_name, amount, status, requested_on, due_on)
                        VALUES (:code, :name, :payer, :department, :contract, :amount, 'REQUESTED', :on, :due) RETURNING id""")
                .param("code", creditCode).param("name", entityName).param("payer", payerName).param("department", department.value())
                .param("contract", contractName).param("amount", amount).param("on", requestedOn).param("due", dueOn)
                .query(Long.class).single();
    }

    Optional<Confirmation> find(long id) {
        return jdbc.sql("SELECT * FROM fin_confirmation WHERE id = :id").param("id", id).query(Confirmations::confirmation).optional();
    }

    List<Confirmation> ofEntity(String creditCode) {
        return jdbc.sql("SELECT * FROM fin_confirmation WHERE credit_code = :code ORDER BY id DESC").param("code", creditCode)
                .query(Confirmations::confirmation).list();
    }

    /** {@code departments} null: every request (the office). */
    List<Confirmation> forDepartments(List<Long> departments, int limit) {
        if (departments == null) {
            return jdbc.sql("SELECT * FROM fin_confirmation ORDER BY status DESC, due_on LIMIT :limit").param("limit", limit)
                    .query(Confirmations::confirmation).list();
        }
        return jdbc.sql("SELECT * FROM fin_confirmation WHERE department_id = ANY(:departments) ORDER BY status DESC, due_on LIMIT :limit")
                .param("departments", departments.toArray(Long[]::new)).param("limit", limit)
                .query(Confirmations::confirmation).list();
    }

    void answer(long id, String to, LocalDate on, String reason) {
        ConflictingChange.unlessOne(jdbc.sql("""
                        UPDATE fin_confirmation SET status = :to, answered_on = :on, answer_reason = :reason
                        WHERE id = :id AND status = 'REQUESTED'""")
                .param("to", to).param("on", on).param("reason", reason).param("id", id).update());
    }

    private static Confirmation confirmation(ResultSet rs, int n) throws SQLException {
        return new Confirmation(rs.getLong("id"), rs.getString("credit_code"), rs.getString("entity_name"), rs.getString("payer_name"),
                new DepartmentId(rs.getLong("department_id")), rs.getString("contract_name"), rs.getBigDecimal("amount"),
                rs.getString("status"), rs.getObject("requested_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                rs.getObject("answered_on", LocalDate.class), rs.getString("answer_reason"));
    }
}
