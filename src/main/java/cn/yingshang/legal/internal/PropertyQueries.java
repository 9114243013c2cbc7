package cn.yingshang.legal.internal;

import java.util.Map;
import cn.yingshang.platform.PageOf;
import cn.yingshang.platform.ListQuery;
import cn.yingshang.platform.ListPage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Administrators registered by the courts and their property queries (004 #43). */
@Component
class PropertyQueries {

    private final JdbcClient jdbc;

    PropertyQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Registers (or re-registers, when the court corrects it) the administrator of a case. */
    void grant(long caseId, String creditCode, String entityName, String decisionNumber, LocalDate on) {
        jdbc.sql("""
                        INSERT INTO legal_administrator_access (case_id, credit_code, entity_name, decision_number, granted_on)
                        VALUES (:c, :code, :name, :no, :on)
                        ON CONFLICT (case_id) DO UPDATE SET credit_code = EXCLUDED.credit_code, entity_name = EXCLUDED.entity_name,
                          decision_number = EXCLUDED.decision_number, granted_on = EXCLUDED.granted_on""")
                .param("c", caseId).param("code", creditCode).param("name", entityName).param("no", decisionNumber).param("on", on)
                .update();
    }

    Optional<AdministratorAccess> access(long caseId) {
        return jdbc.sql("SELECT * FROM legal_administrator_access WHERE case_id = :c").param("c", caseId)
                .query(PropertyQueries::accessRow).optional();
    }

    /** One page of the cases an entity administers, newest appointment first, searched by debtor, case number or reference. */
    cn.yingshang.platform.PageOf<Long> administeredBy(String creditCode, String search, cn.yingshang.platform.ListPage page) {
        return cn.yingshang.platform.ListQuery.page(jdbc, new cn.yingshang.platform.ListQuery.Spec("a.case_id",
                        "legal_administrator_access a JOIN legal_bankruptcy_case c ON c.id = a.case_id", "a.credit_code = :code",
                        List.of("c.debtor_name", "c.case_number", "c.reference"), List.of(),
                        java.util.Map.of("granted", "a.granted_on", "debtor", "c.debtor_name"), "a.granted_on DESC, a.case_id DESC"),
                java.util.Map.of("code", creditCode), search, page, (rs, n) -> rs.getLong(1));
    }

    /** Empty when the same holder was already asked today in this case (a repeated submission). */
    Optional<Long> ask(long caseId, PropertyHolder holder, Long department, long askedBy, LocalDate on, LocalDate due) {
        return jdbc.sql("""
                        INSERT INTO legal_property_query (case_id, holder, department_id, asked_by, asked_on, answer_due)
                        VALUES (:c, :h, :d, :by, :on, :due) ON CONFLICT (case_id, holder, asked_on) DO NOTHING RETURNING id""")
                .param("c", caseId).param("h", holder.name()).param("d", department).param("by", askedBy).param("on", on)
                .param("due", due).query(Long.class).optional();
    }

    void answer(long id, String answer, LocalDate on) {
        int updated = jdbc.sql("UPDATE legal_property_query SET answer = :a, answered_on = :on WHERE id = :id AND answered_on IS NULL")
                .param("a", answer).param("on", on).param("id", id).update();
        if (updated != 1) {
            throw new cn.yingshang.shared.ConflictingChange();
        }
    }

    Optional<PropertyQuery> find(long id) {
        return jdbc.sql("SELECT * FROM legal_property_query WHERE id = :id").param("id", id).query(PropertyQueries::queryRow).optional();
    }

    List<PropertyQuery> ofCase(long caseId) {
        return jdbc.sql("SELECT * FROM legal_property_query WHERE case_id = :c ORDER BY asked_on DESC, id DESC").param("c", caseId)
                .query(PropertyQueries::queryRow).list();
    }

    /** One page of the queries addressed to these departments, unanswered first by due day. */
    PageOf<PropertyQuery> forDepartments(List<Long> departments, String search, ListPage page) {
        if (departments.isEmpty()) {
            return new PageOf<>(List.of(), 0, page);
        }
        return ListQuery.page(jdbc, new ListQuery.Spec("q.*", "legal_property_query q JOIN legal_bankruptcy_case b ON b.id = q.case_id",
                        "q.department_id IN (:d)", List.of("b.debtor_name", "b.case_number"), List.of("b.credit_code"),
                        Map.of("asked", "q.asked_on", "due", "q.answer_due"), "q.answered_on IS NOT NULL, q.answer_due, q.id"),
                Map.of("d", departments), search, page, PropertyQueries::queryRow);
    }

    private static AdministratorAccess accessRow(ResultSet rs, int n) throws SQLException {
        return new AdministratorAccess(rs.getLong("case_id"), rs.getString("credit_code"), rs.getString("entity_name"),
                rs.getString("decision_number"), CourtCases.date(rs, "granted_on"));
    }

    private static PropertyQuery queryRow(ResultSet rs, int n) throws SQLException {
        long department = rs.getLong("department_id");
        Long departmentId = rs.wasNull() ? null : department;
        return new PropertyQuery(rs.getLong("id"), rs.getLong("case_id"), PropertyHolder.valueOf(rs.getString("holder")),
                departmentId, rs.getLong("asked_by"), CourtCases.date(rs, "asked_on"), CourtCases.date(rs, "answer_due"),
                rs.getString("answer"), CourtCases.date(rs, "answered_on"));
    }
}
