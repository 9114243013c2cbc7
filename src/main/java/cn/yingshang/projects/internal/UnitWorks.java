package cn.yingshang.projects.internal;

import cn.yingshang.shared.ConflictingChange;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Unit works and their joint acceptance records. */
@Repository
class UnitWorks {

    /** An accepted unit work as property registration reads it. */
    record AcceptanceRecord(long unitWorkId, long projectId, String projectName, String investorCreditCode, String investorName,
                            String unitWork, LocalDate acceptedOn, String opinionNumber, String departments, String filingNumber) {
    }

    private final JdbcClient jdbc;

    UnitWorks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new unit work, or empty when the project has one of that name. */
    Optional<Long> insert(long projectId, String name) {
        return jdbc.sql("""
                        INSERT INTO prj_unit_work (project_id, name, status) VALUES (:p, :n, 'BUILDING')
                        ON CONFLICT (project_id, name) DO NOTHING RETURNING id""")
                .param("p", projectId).param("n", name).query(Long.class).optional();
    }

    Optional<UnitWork> find(long id) {
        return jdbc.sql("SELECT * FROM prj_unit_work WHERE id = :id").param("id", id).query(UnitWorks::unitWork).optional();
    }

    List<UnitWork> ofProject(long projectId) {
        return jdbc.sql("SELECT * FROM prj_unit_work WHERE project_id = :p ORDER BY id").param("p", projectId)
                .query(UnitWorks::unitWork).list();
    }

    /** Opinion and filing in one guarded update: both or neither. */
    void accept(long id, LocalDate on, String opinion, String departments, String filing, String by) {
        ConflictingChange.unlessOne(jdbc.sql("""
                        UPDATE prj_unit_work SET status = 'ACCEPTED', accepted_on = :on, opinion_number = :opinion,
                               departments = :departments, filing_number = :filing, recorded_by = :by
                        WHERE id = :id AND status = 'BUILDING'""")
                .param("on", on).param("opinion", opinion).param("departments", departments).param("filing", filing)
                .param("by", by).param("id", id).update());
    }

    /** Whether every unit work listed for the project has been accepted, and at least one is listed. */
    boolean allAccepted(long projectId) {
        return jdbc.sql("""
                        SELECT count(*) > 0 AND count(*) FILTER (WHERE status <> 'ACCEPTED') = 0
                        FROM prj_unit_work WHERE project_id = :p""").param("p", projectId).query(Boolean.class).single();
    }

    boolean opinionTaken(String opinion) {
        return jdbc.sql("SELECT count(*) FROM prj_unit_work WHERE opinion_number = :o").param("o", opinion)
                .query(Long.class).single() > 0;
    }

    /** Accepted unit works, newest first, of one investor when {@code creditCode} is given. */
    List<AcceptanceRecord> accepted(String creditCode, int limit) {
        return jdbc.sql("""
                        SELECT u.*, p.name AS project_name, p.investor_credit_code, p.investor_name
                        FROM prj_unit_work u JOIN prj_project p ON p.id = u.project_id
                        WHERE u.status = 'ACCEPTED' AND (CAST(:code AS TEXT) IS NULL OR p.investor_credit_code = :code)
                        ORDER BY u.accepted_on DESC, u.id DESC LIMIT :limit""")
                .param("code", creditCode).param("limit", limit)
                .query((rs, n) -> new AcceptanceRecord(rs.getLong("id"), rs.getLong("project_id"), rs.getString("project_name"),
                        rs.getString("investor_credit_code"), rs.getString("investor_name"), rs.getString("name"),
                        rs.getObject("accepted_on", LocalDate.class), rs.getString("opinion_number"), rs.getString("departments"),
                        rs.getString("filing_number"))).list();
    }

    private static UnitWork unitWork(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new UnitWork(rs.getLong("id"), rs.getLong("project_id"), rs.getString("name"), rs.getString("status"),
                rs.getObject("accepted_on", LocalDate.class), rs.getString("opinion_number"), rs.getString("departments"),
                rs.getString("filing_number"));
    }
}
