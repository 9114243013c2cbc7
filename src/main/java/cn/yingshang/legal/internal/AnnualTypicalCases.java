package cn.yingshang.legal.internal;

import cn.yingshang.shared.ConflictingChange;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The annual selections and their ten cases; every change names the status it starts from. */
@Component
class AnnualTypicalCases {

    public enum Status { DRAFT, PUBLISHED, WITHDRAWN }

    public record Selection(int year, Status status, LocalDate publishedOn, LocalDate withdrawnOn, String withdrawReason) {

        public boolean editable() {
            return status != Status.PUBLISHED;
        }
    }

    public record Chosen(int rank, AnnualCaseSource source, long sourceId, String title, String summary, String publisher, String reason) {

        /** Where the case is read in full on 信息公开. */
        public String link() {
            return source == AnnualCaseSource.APPEAL ? "/public/appeals/cases" : "/public/legal/typical-cases/" + sourceId;
        }
    }

    private final JdbcClient jdbc;

    AnnualTypicalCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Selection> selection(int year) {
        return jdbc.sql("SELECT * FROM legal_annual_selection WHERE case_year = :y").param("y", year)
                .query((rs, n) -> new Selection(rs.getInt("case_year"), Status.valueOf(rs.getString("status")),
                        CourtCases.date(rs, "published_on"), CourtCases.date(rs, "withdrawn_on"), rs.getString("withdraw_reason")))
                .optional();
    }

    /** The most recent year whose ten are published, if any. */
    Optional<Integer> latestPublishedYear() {
        return jdbc.sql("SELECT max(case_year) FROM legal_annual_selection WHERE status = 'PUBLISHED'").query(Integer.class).optional();
    }

    /** A draft for the year, created on first use (two officers at once create one). */
    void openDraft(int year, String by) {
        jdbc.sql("""
                        INSERT INTO legal_annual_selection (case_year, status, updated_by) VALUES (:y, 'DRAFT', :by)
                        ON CONFLICT (case_year) DO NOTHING""").param("y", year).param("by", by).update();
    }

    List<Chosen> chosen(int year) {
        return jdbc.sql("SELECT * FROM legal_annual_case WHERE case_year = :y ORDER BY rank").param("y", year)
                .query((rs, n) -> new Chosen(rs.getInt("rank"), AnnualCaseSource.valueOf(rs.getString("source")), rs.getLong("source_id"),
                        rs.getString("title"), rs.getString("summary"), rs.getString("publisher"), rs.getString("reason"))).list();
    }

    /** False when the rank is taken or the case already chosen for the year. */
    boolean add(int year, Chosen c) {
        return jdbc.sql("""
                        INSERT INTO legal_annual_case (case_year, rank, source, source_id, title, summary, publisher, reason)
                        SELECT :y, :rank, :source, :sourceId, :title, :summary, :publisher, :reason
                        WHERE EXISTS (SELECT 1 FROM legal_annual_selection WHERE case_year = :y AND status <> 'PUBLISHED')
                        ON CONFLICT DO NOTHING""")
                .param("y", year).param("rank", c.rank()).param("source", c.source().name()).param("sourceId", c.sourceId())
                .param("title", c.title()).param("summary", c.summary()).param("publisher", c.publisher()).param("reason", c.reason())
                .update() == 1;
    }

    void remove(int year, int rank) {
        ConflictingChange.unlessOne(jdbc.sql("""
                        DELETE FROM legal_annual_case WHERE case_year = :y AND rank = :rank
                          AND EXISTS (SELECT 1 FROM legal_annual_selection WHERE case_year = :y AND status <> 'PUBLISHED')""")
                .param("y", year).param("rank", rank).update());
    }

    void publish(int year, LocalDate on, String by) {
        ConflictingChange.unlessOne(jdbc.sql("""
                        UPDATE legal_annual_selection SET status = 'PUBLISHED', published_on = :on, withdrawn_on = NULL,
                          withdraw_reason = NULL, updated_by = :by
                        WHERE case_year = :y AND status IN ('DRAFT', 'WITHDRAWN')""")
                .param("y", year).param("on", on).param("by", by).update());
    }

    void withdraw(int year, LocalDate on, String reason, String by) {
        ConflictingChange.unlessOne(jdbc.sql("""
                        UPDATE legal_annual_selection SET status = 'WITHDRAWN', withdrawn_on = :on, withdraw_reason = :r, updated_by = :by
                        WHERE case_year = :y AND status = 'PUBLISHED'""")
                .param("y", year).param("on", on).param("r", reason).param("by", by).update());
    }
}
