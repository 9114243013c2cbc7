package cn.yingshang.legal.internal;

import cn.yingshang.shared.ConflictingChange;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The compliance reform ledger; every change names the status it starts from, so two clicks cannot both land. */
@Component
class ComplianceCases {

    private final JdbcClient jdbc;

    ComplianceCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when the procuratorate already entered that case number. */
    Optional<Long> insert(String reference, long procuratorate, String caseNumber, String creditCode, String enterpriseName,
                          String offence, ComplianceMode mode, String monitor, LocalDate rectifyBy) {
        return jdbc.sql("""
                        INSERT INTO legal_compliance_case (reference, procuratorate_id, case_number, credit_code, enterprise_name,
                          offence, mode, monitor, rectify_by, status)
                        VALUES (:reference, :proc, :caseNumber, :creditCode, :name, :offence, :mode, :monitor, :rectifyBy, 'AWAITING_COMMITMENT')
                        ON CONFLICT (procuratorate_id, case_number) DO NOTHING
                        RETURNING id""")
                .param("reference", reference).param("proc", procuratorate).param("caseNumber", caseNumber)
                .param("creditCode", creditCode).param("name", enterpriseName).param("offence", offence).param("mode", mode.name())
                .param("monitor", monitor).param("rectifyBy", rectifyBy).query(Long.class).optional();
    }

    Optional<ComplianceCase> find(long id) {
        return jdbc.sql("SELECT * FROM legal_compliance_case WHERE id = :id").param("id", id)
                .query((rs, n) -> row(rs, steps(rs.getLong("id")))).optional();
    }

    private static final LegalLists.Spec LIST = new LegalLists.Spec("legal_compliance_case", "procuratorate_id IN (:b)",
            List.of("case_number", "enterprise_name", "reference"), Map.of("rectifyBy", "rectify_by", "status", "status"),
            "status = 'CLOSED', rectify_by, id");

    cn.yingshang.platform.PageOf<ComplianceCase> page(Collection<Long> bodies, String search, cn.yingshang.platform.ListPage page) {
        return LegalLists.page(jdbc, LIST, Map.of("b", bodies.isEmpty() ? List.of(-1L) : bodies), search, page,
                (rs, n) -> row(rs, List.of()));
    }

    /**
     * Every compliance case of one enterprise, open ones first. Read whole on purpose: an enterprise has a handful of
     * criminal compliance cases in its life, and a cap would hide one silently.
     */
    List<ComplianceCase> ofEnterprise(String creditCode) {
        return jdbc.sql("SELECT * FROM legal_compliance_case WHERE credit_code = :c ORDER BY status = 'CLOSED', rectify_by, id")
                .param("c", creditCode).query((rs, n) -> row(rs, List.of())).list();
    }

    private static final LegalLists.Spec WITH_OPINION = new LegalLists.Spec("legal_compliance_case", "opinion_department_id IN (:d)",
            List.of("case_number", "enterprise_name", "reference"), Map.of("opinionOn", "opinion_on", "caseNumber", "case_number"),
            "responded_on IS NOT NULL, opinion_on DESC, id DESC");

    /** One page of the cases with a procuratorate's opinion to the departments, unanswered first. */
    cn.yingshang.platform.PageOf<ComplianceCase> withOpinionTo(Collection<Long> departments, String search,
                                                              cn.yingshang.platform.ListPage page) {
        return LegalLists.page(jdbc, WITH_OPINION, Map.of("d", departments.isEmpty() ? List.of(-1L) : departments), search, page,
                (rs, n) -> row(rs, List.of()));
    }

    List<ComplianceStep> steps(long caseId) {
        return jdbc.sql("SELECT id, title, due_on, report, reported_on FROM legal_compliance_step WHERE compliance_case_id = :c ORDER BY due_on, id")
                .param("c", caseId)
                .query((rs, n) -> new ComplianceStep(rs.getLong(1), rs.getString(2), CourtCases.date(rs, "due_on"), rs.getString(4),
                        CourtCases.date(rs, "reported_on"))).list();
    }

    /** False when a step of that title already exists (a repeated submit adds nothing). */
    boolean addStep(long caseId, String title, LocalDate dueOn) {
        return jdbc.sql("""
                        INSERT INTO legal_compliance_step (compliance_case_id, title, due_on)
                        SELECT :c, :title, :due WHERE EXISTS (SELECT 1 FROM legal_compliance_case
                                                              WHERE id = :c AND status IN ('AWAITING_COMMITMENT', 'RECTIFYING'))
                        ON CONFLICT (compliance_case_id, title) DO NOTHING""")
                .param("c", caseId).param("title", title).param("due", dueOn).update() == 1;
    }

    void reportStep(long caseId, long stepId, String report, LocalDate on) {
        guarded(jdbc.sql("""
                        UPDATE legal_compliance_step s SET report = :report, reported_on = :on
                        WHERE s.id = :step AND s.compliance_case_id = :c AND s.reported_on IS NULL
                          AND EXISTS (SELECT 1 FROM legal_compliance_case WHERE id = :c AND status = 'RECTIFYING')""")
                .param("report", report).param("on", on).param("step", stepId).param("c", caseId).update());
    }

    void commit(long id, String commitment, String by, LocalDate on) {
        guarded(jdbc.sql("""
                        UPDATE legal_compliance_case SET status = 'RECTIFYING', commitment = :text, committed_by = :by, committed_on = :on
                        WHERE id = :id AND status = 'AWAITING_COMMITMENT'""")
                .param("text", commitment).param("by", by).param("on", on).param("id", id).update());
    }

    void assess(long id, boolean passed, String note, LocalDate on) {
        guarded(jdbc.sql("""
                        UPDATE legal_compliance_case SET status = 'ASSESSED', assessment = :a, assessment_note = :note, assessed_on = :on
                        WHERE id = :id AND status = 'RECTIFYING'""")
                .param("a", passed ? "PASSED" : "FAILED").param("note", note).param("on", on).param("id", id).update());
    }

    void close(long id, ComplianceOutcome outcome, LocalDate on) {
        guarded(jdbc.sql("UPDATE legal_compliance_case SET status = 'CLOSED', outcome = :o, closed_on = :on WHERE id = :id AND status = 'ASSESSED'")
                .param("o", outcome.name()).param("on", on).param("id", id).update());
    }

    void sendOpinion(long id, long department, String opinion, LocalDate on) {
        guarded(jdbc.sql("""
                        UPDATE legal_compliance_case SET opinion_department_id = :d, opinion = :opinion, opinion_on = :on
                        WHERE id = :id AND status = 'CLOSED' AND outcome = 'NO_PROSECUTION' AND opinion_department_id IS NULL""")
                .param("d", department).param("opinion", opinion).param("on", on).param("id", id).update());
    }

    void respond(long id, String response, LocalDate on) {
        guarded(jdbc.sql("""
                        UPDATE legal_compliance_case SET response = :r, responded_on = :on
                        WHERE id = :id AND opinion_department_id IS NOT NULL AND responded_on IS NULL""")
                .param("r", response).param("on", on).param("id", id).update());
    }

    private static void guarded(int updated) {
        if (updated != 1) {
            throw new ConflictingChange();
        }
    }

    private static ComplianceCase row(ResultSet rs, List<ComplianceStep> steps) throws SQLException {
        String outcome = rs.getString("outcome");
        return new ComplianceCase(rs.getLong("id"), rs.getString("reference"), rs.getLong("procuratorate_id"), rs.getString("case_number"),
                rs.getString("credit_code"), rs.getString("enterprise_name"), rs.getString("offence"),
                ComplianceMode.valueOf(rs.getString("mode")), rs.getString("monitor"), CourtCases.date(rs, "rectify_by"),
                rs.getString("status"), rs.getString("commitment"), rs.getString("committed_by"), CourtCases.date(rs, "committed_on"),
                rs.getString("assessment"), rs.getString("assessment_note"), CourtCases.date(rs, "assessed_on"),
                outcome == null ? null : ComplianceOutcome.valueOf(outcome), CourtCases.date(rs, "closed_on"),
                (Long) rs.getObject("opinion_department_id"), rs.getString("opinion"), CourtCases.date(rs, "opinion_on"),
                rs.getString("response"), CourtCases.date(rs, "responded_on"), steps);
    }
}
