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

    /**
     * One page of the requests ({@code departments} null: every request, for the office), unanswered
     * first by due date, searched by the enterprise's or payer's name or credit code.
     */
    cn.yingshang.platform.PageOf<Confirmation> forDepartments(List<Long> departments, String search, cn.yingshang.platform.ListPage page) {
        String q = search == null ? "" : search.strip();
        String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String where = " FROM fin_confirmation WHERE (CAST(:all AS BOOLEAN) OR department_id = ANY(:departments))"
                + " AND (:q = '' OR credit_code = :exact OR entity_name ILIKE :like ESCAPE '\\' OR payer_name ILIKE :like ESCAPE '\\')";
        Long[] scope = departments == null ? new Long[0] : departments.toArray(Long[]::new);
        String exact = q.toUpperCase(java.util.Locale.ROOT);
        long total = jdbc.sql("SELECT count(*)" + where).param("all", departments == null).param("departments", scope)
                .param("q", q).param("exact", exact).param("like", like).query(Long.class).single();
        String order = page.orderBy(java.util.Map.of("due", "due_on", "amount", "amount", "entity", "entity_name"), "status DESC, due_on, id");
        List<Confirmation> rows = jdbc.sql("SELECT *" + where + " ORDER BY " + order + " LIMIT :l OFFSET :o")
                .param("all", departments == null).param("departments", scope)
                .param("q", q).param("exact", exact).param("like", like)
                .param("l", page.size()).param("o", page.offset()).query(Confirmations::confirmation).list();
        return new cn.yingshang.platform.PageOf<>(rows, total, page);
    }

    void answer(long id, String to, LocalDate on, String reason) {
        ConflictingChange.unlessOne(jdbc.sql("""
                        UPDATE fin_confirmation SET status = :to, answered_on = :on, answer_reason = :reason
                        WHERE id = :id AND status = 'REQUESTED'""")
                .param("to", to).param("on", on).param("reason", reason).param("id", id).update());
    }

    /** Requests unanswered past their due day become LAPSED; the ids of those that did. */
    List<Long> lapse(LocalDate today) {
        return jdbc.sql("""
                        UPDATE fin_confirmation SET status = 'LAPSED', answered_on = :today
                        WHERE status = 'REQUESTED' AND due_on < :today RETURNING id""")
                .param("today", today).query(Long.class).list();
    }

    /** Claims the request for escalation; false when it was escalated already or is not escalable. */
    boolean claimForAppeal(long id) {
        return jdbc.sql("""
                        UPDATE fin_confirmation SET appeal_tracking = '' WHERE id = :id AND appeal_tracking IS NULL
                          AND status IN ('REFUSED', 'LAPSED')""").param("id", id).update() == 1;
    }

    void recordAppeal(long id, String trackingNumber) {
        jdbc.sql("UPDATE fin_confirmation SET appeal_tracking = :t WHERE id = :id").param("t", trackingNumber).param("id", id).update();
    }

    /** A phone of one of the enterprise's own accounts, for an appeal raised on its behalf. */
    Optional<String> enterprisePhone(String creditCode) {
        return jdbc.sql("""
                        SELECT phone FROM platform_account WHERE credit_code = :c AND enabled AND phone IS NOT NULL AND phone <> ''
                        ORDER BY id LIMIT 1""").param("c", creditCode).query(String.class).optional();
    }

    private static Confirmation confirmation(ResultSet rs, int n) throws SQLException {
        return new Confirmation(rs.getLong("id"), rs.getString("credit_code"), rs.getString("entity_name"), rs.getString("payer_name"),
                new DepartmentId(rs.getLong("department_id")), rs.getString("contract_name"), rs.getBigDecimal("amount"),
                rs.getString("status"), rs.getObject("requested_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                rs.getObject("answered_on", LocalDate.class), rs.getString("answer_reason"), rs.getString("appeal_tracking"));
    }
}
