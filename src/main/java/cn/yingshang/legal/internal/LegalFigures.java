package cn.yingshang.legal.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether the political-legal bodies keep their promises, per body: filings reviewed within the limit,
 * mediations ended within it, unrelated property released within it, stalled cases cleared.
 */
@Component
public class LegalFigures {

    /** {@code done} of {@code total} kept the limit; {@code open} are late now. */
    public record Figure(String body, long total, long done, long open) {

        public Double rate() {
            return total == 0 ? null : Math.round(1000.0 * done / total) / 10.0;
        }
    }

    private final JdbcClient jdbc;

    LegalFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A filing counts as reviewed when the court first acted: a notice, mediation, acceptance or refusal. */
    List<Figure> filingReviews(LocalDate today) {
        return jdbc.sql("""
                        WITH first_action AS (
                          SELECT c.court_id, c.status, c.review_due, c.filed_on,
                                 LEAST(c.supplement_requested_on, c.mediation_started_on, c.accepted_on,
                                       CASE WHEN c.status = 'REFUSED' THEN c.closed_on END) AS acted_on
                          FROM legal_court_case c)
                        SELECT d.name,
                               count(*) FILTER (WHERE acted_on IS NOT NULL),
                               count(*) FILTER (WHERE acted_on IS NOT NULL AND acted_on <= filed_on + (SELECT amount FROM legal_time_limit WHERE code = 'FILING_REVIEW')),
                               count(*) FILTER (WHERE status = 'FILED' AND review_due < :today)
                        FROM first_action f JOIN platform_department d ON d.id = f.court_id
                        GROUP BY d.name ORDER BY d.name""")
                .param("today", today).query(LegalFigures::figure).list();
    }

    List<Figure> mediations(LocalDate today) {
        return jdbc.sql("""
                        SELECT d.name,
                               count(*) FILTER (WHERE c.status <> 'MEDIATING'),
                               count(*) FILTER (WHERE c.status <> 'MEDIATING' AND coalesce(c.accepted_on, c.closed_on) <= c.mediation_due),
                               count(*) FILTER (WHERE c.status = 'MEDIATING' AND c.mediation_due < :today)
                        FROM legal_court_case c JOIN platform_department d ON d.id = c.court_id
                        WHERE c.mediation_started_on IS NOT NULL
                        GROUP BY d.name ORDER BY d.name""")
                .param("today", today).query(LegalFigures::figure).list();
    }

    List<Figure> releases(LocalDate today) {
        return jdbc.sql("""
                        SELECT d.name,
                               count(*) FILTER (WHERE s.status = 'RELEASED'),
                               count(*) FILTER (WHERE s.status = 'RELEASED' AND s.released_on <= s.release_due),
                               count(*) FILTER (WHERE s.status = 'FOUND_UNRELATED' AND s.release_due < :today)
                        FROM legal_seizure s JOIN platform_department d ON d.id = s.acting_body_id
                        WHERE s.found_unrelated_on IS NOT NULL
                        GROUP BY d.name ORDER BY d.name""")
                .param("today", today).query(LegalFigures::figure).list();
    }

    List<Figure> stalledCases(LocalDate today) {
        return jdbc.sql("""
                        SELECT d.name, count(*), count(*) FILTER (WHERE s.status = 'CLOSED'),
                               count(*) FILTER (WHERE s.status <> 'CLOSED' AND s.clear_by < :today)
                        FROM legal_stalled_case s JOIN platform_department d ON d.id = s.lead_body_id
                        GROUP BY d.name ORDER BY d.name""")
                .param("today", today).query(LegalFigures::figure).list();
    }

    /** Defaulters who performed while listed, and whether their entry was repaired within the limit of performance. */
    List<Figure> defaulterRepairs(LocalDate today) {
        return jdbc.sql("""
                        SELECT d.name, count(*) FILTER (WHERE j.performed_on IS NOT NULL),
                               count(*) FILTER (WHERE j.repaired_on <= j.performed_on
                                                     + (SELECT amount FROM legal_time_limit WHERE code = 'DEFAULTER_REPAIR')),
                               0
                        FROM legal_judgment j JOIN platform_department d ON d.id = j.court_id
                        WHERE j.listed_on IS NOT NULL
                        GROUP BY d.name ORDER BY d.name""")
                .query(LegalFigures::figure).list();
    }

    private static Figure figure(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Figure(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
    }
}
