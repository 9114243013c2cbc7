package cn.yingshang.legal.internal;

import cn.yingshang.shared.ConflictingChange;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The appraisal register; each step names the status it starts from. */
@Component
class Appraisals {

    private final JdbcClient jdbc;

    Appraisals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when the case already has an application for that subject. */
    Optional<Long> request(String code, CourtCase c, String subject, String reason, LocalDate on) {
        return jdbc.sql("""
                        INSERT INTO legal_appraisal (code, court_case_id, court_id, credit_code, subject, reason, status, requested_on)
                        VALUES (:code, :case, :court, :creditCode, :subject, :reason, 'REQUESTED', :on)
                        ON CONFLICT (court_case_id, subject) DO NOTHING RETURNING id""")
                .param("code", code).param("case", c.id()).param("court", c.courtId()).param("creditCode", c.creditCode())
                .param("subject", subject).param("reason", reason).param("on", on).query(Long.class).optional();
    }

    List<Appraisal> ofCase(long caseId) {
        return jdbc.sql("SELECT * FROM legal_appraisal WHERE court_case_id = :c ORDER BY id").param("c", caseId).query(Appraisals::row).list();
    }

    Optional<Appraisal> find(long id) {
        return jdbc.sql("SELECT * FROM legal_appraisal WHERE id = :id").param("id", id).query(Appraisals::row).optional();
    }

    Optional<Appraisal> byCode(String code) {
        return jdbc.sql("SELECT * FROM legal_appraisal WHERE code = :code").param("code", code).query(Appraisals::row).optional();
    }

    void commission(long id, String institution, String licence, String materials, LocalDate on) {
        guarded(jdbc.sql("""
                        UPDATE legal_appraisal SET status = 'COMMISSIONED', institution = :i, institution_licence = :l, materials = :m,
                          commissioned_on = :on
                        WHERE id = :id AND status = 'REQUESTED'""")
                .param("i", institution).param("l", licence).param("m", materials).param("on", on).param("id", id).update());
    }

    void issue(long id, String reportNumber, String conclusion, String digest, LocalDate on) {
        guarded(jdbc.sql("""
                        UPDATE legal_appraisal SET status = 'ISSUED', report_number = :n, conclusion = :c, report_digest = :d, issued_on = :on
                        WHERE id = :id AND status = 'COMMISSIONED'""")
                .param("n", reportNumber).param("c", conclusion).param("d", digest).param("on", on).param("id", id).update());
    }

    private static void guarded(int updated) {
        if (updated != 1) {
            throw new ConflictingChange();
        }
    }

    private static Appraisal row(ResultSet rs, int n) throws SQLException {
        return new Appraisal(rs.getLong("id"), rs.getString("code"), rs.getLong("court_case_id"), rs.getLong("court_id"),
                rs.getString("credit_code"), rs.getString("subject"), rs.getString("reason"), rs.getString("status"),
                CourtCases.date(rs, "requested_on"), rs.getString("institution"), rs.getString("institution_licence"),
                rs.getString("materials"), CourtCases.date(rs, "commissioned_on"), rs.getString("report_number"),
                rs.getString("conclusion"), rs.getString("report_digest"), CourtCases.date(rs, "issued_on"));
    }
}
