package cn.yingshang.legal.internal;

import cn.yingshang.legal.LegalPromiseFigures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcLegalPromiseFigures implements LegalPromiseFigures {

    /** Per measure: the body, the day it is counted on, the condition, and what a case row shows. */
    private record Query(String table, String body, String day, String condition, String reference, String title, String status,
                         String link) {
    }

    private static final String REVIEW_DAY = """
            LEAST(supplement_requested_on, mediation_started_on, accepted_on, CASE WHEN status = 'REFUSED' THEN closed_on END)""";
    private static final String MEDIATION_END = "CASE WHEN mediation_started_on IS NOT NULL AND status <> 'MEDIATING' THEN coalesce(accepted_on, closed_on) END";

    private static final Map<Measure, Query> QUERIES = Map.ofEntries(
            Map.entry(Measure.FILINGS_REVIEWED, new Query("legal_court_case", "court_id", REVIEW_DAY, "TRUE", "reference", "enterprise_name", "status", "/workbench/legal/cases/")),
            Map.entry(Measure.FILINGS_REVIEWED_ON_TIME, new Query("legal_court_case", "court_id", REVIEW_DAY,
                    REVIEW_DAY + " <= filed_on + (SELECT amount FROM legal_time_limit WHERE code = 'FILING_REVIEW')", "reference", "enterprise_name", "status", "/workbench/legal/cases/")),
            Map.entry(Measure.MEDIATIONS_ENDED, new Query("legal_court_case", "court_id", MEDIATION_END, "TRUE", "reference", "enterprise_name", "status", "/workbench/legal/cases/")),
            Map.entry(Measure.MEDIATIONS_ENDED_ON_TIME, new Query("legal_court_case", "court_id", MEDIATION_END, MEDIATION_END + " <= mediation_due",
                    "reference", "enterprise_name", "status", "/workbench/legal/cases/")),
            Map.entry(Measure.RELEASES, new Query("legal_seizure", "acting_body_id", "CASE WHEN found_unrelated_on IS NOT NULL THEN released_on END", "TRUE",
                    "case_number", "holder_name", "status", "/workbench/legal/seizures/")),
            Map.entry(Measure.RELEASES_ON_TIME, new Query("legal_seizure", "acting_body_id", "CASE WHEN found_unrelated_on IS NOT NULL THEN released_on END",
                    "released_on <= release_due", "case_number", "holder_name", "status", "/workbench/legal/seizures/")),
            Map.entry(Measure.STALLED_ENTERED, new Query("legal_stalled_case", "lead_body_id", "CAST(created_at AT TIME ZONE 'Asia/Shanghai' AS date)", "TRUE",
                    "case_number", "enterprise_name", "status", "/workbench/legal/stalled/")),
            Map.entry(Measure.STALLED_CLOSED, new Query("legal_stalled_case", "lead_body_id", "closed_on", "TRUE", "case_number", "enterprise_name", "status",
                    "/workbench/legal/stalled/")),
            Map.entry(Measure.DEFAULTERS_PERFORMED, new Query("legal_judgment", "court_id", "CASE WHEN listed_on IS NOT NULL THEN performed_on END", "TRUE",
                    "case_number", "debtor_name", "status", "/workbench/legal/judgments/")),
            Map.entry(Measure.DEFAULTERS_REPAIRED_ON_TIME, new Query("legal_judgment", "court_id", "CASE WHEN listed_on IS NOT NULL THEN performed_on END",
                    "repaired_on <= performed_on + (SELECT amount FROM legal_time_limit WHERE code = 'DEFAULTER_REPAIR')",
                    "case_number", "debtor_name", "status", "/workbench/legal/judgments/")),
            Map.entry(Measure.PUBLIC_DEBTOR_JUDGMENTS_PERFORMED, new Query("legal_judgment", "court_id", "performed_on",
                    "debtor_kind IN ('PUBLIC_BODY', 'STATE_OWNED')", "case_number", "debtor_name", "status", "/workbench/legal/judgments/")));

    private final JdbcClient jdbc;

    JdbcLegalPromiseFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Tally> tally(LocalDate from, LocalDate to) {
        List<Tally> tallies = new ArrayList<>();
        for (Measure measure : Measure.values()) {
            Query q = QUERIES.get(measure);
            jdbc.sql("SELECT " + q.body() + ", count(*) FROM " + q.table() + " WHERE (" + q.day() + ") BETWEEN :from AND :to AND "
                            + q.condition() + " GROUP BY " + q.body())
                    .param("from", from).param("to", to)
                    .query((rs, n) -> new Tally(measure, rs.getLong(1), rs.getLong(2))).list().forEach(tallies::add);
        }
        return tallies;
    }

    @Override
    public CaseList cases(Measure measure, LocalDate from, LocalDate to, Collection<Long> bodyIds, int page, int size) {
        Query q = QUERIES.get(measure);
        String where = " WHERE (" + q.day() + ") BETWEEN :from AND :to AND " + q.condition()
                + (bodyIds == null ? "" : bodyIds.isEmpty() ? " AND FALSE" : " AND " + q.body() + " IN (:bodies)");
        var count = jdbc.sql("SELECT count(*) FROM " + q.table() + where).param("from", from).param("to", to);
        var rows = jdbc.sql("SELECT id, " + q.reference() + ", " + q.title() + ", " + q.body() + ", " + q.status() + ", " + q.day()
                + " FROM " + q.table() + where + " ORDER BY id LIMIT :limit OFFSET :offset").param("from", from).param("to", to)
                .param("limit", size).param("offset", (long) page * size);
        if (bodyIds != null && !bodyIds.isEmpty()) {
            count = count.param("bodies", bodyIds);
            rows = rows.param("bodies", bodyIds);
        }
        long total = count.query(Long.class).single();
        List<LegalCase> items = rows.query((rs, n) -> new LegalCase(rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getDate(6).toLocalDate(), q.link() + rs.getLong(1))).list();
        return new CaseList(items, total);
    }
}
