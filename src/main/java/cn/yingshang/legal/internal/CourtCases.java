package cn.yingshang.legal.internal;

import cn.yingshang.shared.ConflictingChange;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Where filed cases are kept. Every change names the status it expects, so two clerks cannot both decide. */
@Component
class CourtCases {

    private final JdbcClient jdbc;

    CourtCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(CourtCase c) {
        return jdbc.sql("""
                        INSERT INTO legal_court_case (reference, credit_code, enterprise_name, private_enterprise, court_id,
                          case_type, procedure, opponent, claim, amount, arrears_reference, mediation_consent, materials,
                          status, filed_on, review_due)
                        VALUES (:reference, :creditCode, :name, :private, :court, :type, :procedure, :opponent, :claim, :amount,
                          :arrears, :consent, :materials, 'FILED', :filedOn, :reviewDue) RETURNING id""")
                .param("reference", c.reference()).param("creditCode", c.creditCode()).param("name", c.enterpriseName())
                .param("private", c.privateEnterprise()).param("court", c.courtId()).param("type", c.caseType().name())
                .param("procedure", c.procedure().name()).param("opponent", c.opponent()).param("claim", c.claim())
                .param("amount", c.amount()).param("arrears", c.arrearsReference()).param("consent", c.mediationConsent())
                .param("materials", c.materials().toArray(String[]::new)).param("filedOn", c.filedOn())
                .param("reviewDue", c.reviewDue())
                .query(Long.class).single();
    }

    Optional<CourtCase> find(long id) {
        return jdbc.sql("SELECT * FROM legal_court_case WHERE id = :id").param("id", id).query(CourtCases::row).optional();
    }

    private static final LegalLists.Spec OF_ENTERPRISE = new LegalLists.Spec("legal_court_case", "credit_code = :code",
            List.of("reference", "opponent", "claim"), Map.of("filedOn", "filed_on", "status", "status", "reference", "reference"),
            "id DESC");

    /** One page of the enterprise's own cases (newest first), searched by reference, opponent or claim. */
    cn.yingshang.platform.PageOf<CourtCase> ofEnterprise(String creditCode, String search, cn.yingshang.platform.ListPage page) {
        return LegalLists.page(jdbc, OF_ENTERPRISE, Map.of("code", creditCode), search, page, CourtCases::row);
    }

    /**
     * One page of the court's queue: open cases before closed ones, priority cases (arrears, private
     * enterprises) first, then the nearest review deadline; searched by the enterprise's name or
     * credit code or the case reference.
     */
    cn.yingshang.platform.PageOf<CourtCase> ofCourt(long courtId, String search, cn.yingshang.platform.ListPage page) {
        String q = search == null ? "" : search.strip();
        String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String where = " FROM legal_court_case WHERE court_id = :court"
                + " AND (:q = '' OR credit_code = :exact OR reference = :exact OR enterprise_name ILIKE :like ESCAPE '\\')";
        String exact = q.toUpperCase(java.util.Locale.ROOT);
        long total = jdbc.sql("SELECT count(*)" + where).param("court", courtId).param("q", q).param("exact", exact)
                .param("like", like).query(Long.class).single();
        List<CourtCase> rows = jdbc.sql("SELECT *" + where + """
                         ORDER BY status IN ('CLOSED', 'REFUSED', 'MEDIATED'), (case_type = 'ARREARS' OR private_enterprise) DESC,
                                 review_due, id LIMIT :l OFFSET :o""")
                .param("court", courtId).param("q", q).param("exact", exact).param("like", like)
                .param("l", page.size()).param("o", page.offset()).query(CourtCases::row).list();
        return new cn.yingshang.platform.PageOf<>(rows, total, page);
    }

    /** Applies a change guarded by the expected status; a concurrent decision makes it a conflict. */
    void transition(long id, CourtCaseStatus from, CourtCaseStatus to, String assignments, Map<String, Object> params) {
        var spec = jdbc.sql("UPDATE legal_court_case SET status = :to" + (assignments.isEmpty() ? "" : ", " + assignments)
                + " WHERE id = :id AND status = :from").param("id", id).param("from", from.name()).param("to", to.name());
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        if (spec.update() != 1) {
            throw new ConflictingChange();
        }
    }

    void step(long caseId, Instant at, String actor, String kind, String detail) {
        jdbc.sql("INSERT INTO legal_court_case_step (case_id, occurred_at, actor, kind, detail) VALUES (:c, :at, :actor, :kind, :detail)")
                .param("c", caseId).param("at", java.sql.Timestamp.from(at)).param("actor", actor).param("kind", kind)
                .param("detail", detail == null ? "" : detail).update();
    }

    List<CourtCaseStep> steps(long caseId) {
        return jdbc.sql("SELECT occurred_at, actor, kind, detail FROM legal_court_case_step WHERE case_id = :c ORDER BY id")
                .param("c", caseId)
                .query((rs, n) -> new CourtCaseStep(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    private static CourtCase row(ResultSet rs, int n) throws SQLException {
        return new CourtCase(rs.getLong("id"), rs.getString("reference"), rs.getString("credit_code"),
                rs.getString("enterprise_name"), rs.getBoolean("private_enterprise"), rs.getLong("court_id"),
                CaseType.valueOf(rs.getString("case_type")), Procedure.valueOf(rs.getString("procedure")),
                rs.getString("opponent"), rs.getString("claim"), rs.getBigDecimal("amount"), rs.getString("arrears_reference"),
                rs.getBoolean("mediation_consent"), strings(rs.getArray("materials")),
                CourtCaseStatus.valueOf(rs.getString("status")), date(rs, "filed_on"), date(rs, "review_due"),
                strings(rs.getArray("supplement_materials")), date(rs, "supplement_requested_on"), date(rs, "supply_by"),
                date(rs, "supplied_on"), date(rs, "mediation_started_on"), date(rs, "mediation_due"), date(rs, "accepted_on"),
                date(rs, "trial_due"), rs.getString("refused_reason"), date(rs, "closed_on"), rs.getString("outcome"));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
