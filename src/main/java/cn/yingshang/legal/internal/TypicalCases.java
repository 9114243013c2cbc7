package cn.yingshang.legal.internal;

import cn.yingshang.platform.ListPage;
import cn.yingshang.platform.PageOf;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Where typical cases are kept; withdrawing is guarded by the published status. */
@Component
class TypicalCases {

    private static final List<String> SEARCHED = List.of("title", "summary", "coalesce(case_number, '')");
    private static final Map<String, String> SORTABLE = Map.of("publishedOn", "published_on", "year", "case_year", "title", "title");
    private static final LegalLists.Spec PUBLIC = new LegalLists.Spec("legal_typical_case", "status = 'PUBLISHED'",
            SEARCHED, SORTABLE, "published_on DESC, id DESC");
    private static final LegalLists.Spec OWN = new LegalLists.Spec("legal_typical_case", "body_id = :body",
            SEARCHED, SORTABLE, "status, published_on DESC, id DESC");

    private final JdbcClient jdbc;

    TypicalCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long body, int year, String title, String caseNumber, String summary, String significance, LocalDate on) {
        return jdbc.sql("""
                        INSERT INTO legal_typical_case (body_id, case_year, title, case_number, summary, significance, status, published_on)
                        VALUES (:body, :year, :title, :caseNumber, :summary, :significance, 'PUBLISHED', :on) RETURNING id""")
                .param("body", body).param("year", year).param("title", title).param("caseNumber", caseNumber)
                .param("summary", summary).param("significance", significance).param("on", on).query(Long.class).single();
    }

    Optional<TypicalCase> find(long id) {
        return jdbc.sql("SELECT * FROM legal_typical_case WHERE id = :id").param("id", id).query(TypicalCases::row).optional();
    }

    /** Published ones, for anyone; {@code year} null means every year. */
    PageOf<TypicalCase> published(String search, Integer year, ListPage page) {
        if (year == null) {
            return LegalLists.page(jdbc, PUBLIC, Map.of(), search, page, TypicalCases::row);
        }
        return LegalLists.page(jdbc, new LegalLists.Spec("legal_typical_case", "status = 'PUBLISHED' AND case_year = :year",
                SEARCHED, SORTABLE, PUBLIC.defaultOrder()), Map.of("year", year), search, page, TypicalCases::row);
    }

    PageOf<TypicalCase> ofBody(long body, String search, ListPage page) {
        return LegalLists.page(jdbc, OWN, Map.of("body", body), search, page, TypicalCases::row);
    }

    void withdraw(long id, LocalDate on, String reason) {
        if (jdbc.sql("""
                        UPDATE legal_typical_case SET status = 'WITHDRAWN', withdrawn_on = :on, withdraw_reason = :reason
                        WHERE id = :id AND status = 'PUBLISHED'""")
                .param("id", id).param("on", on).param("reason", reason).update() != 1) {
            throw new cn.yingshang.shared.ConflictingChange();
        }
    }

    private static TypicalCase row(ResultSet rs, int n) throws SQLException {
        return new TypicalCase(rs.getLong("id"), rs.getLong("body_id"), rs.getInt("case_year"), rs.getString("title"),
                rs.getString("case_number"), rs.getString("summary"), rs.getString("significance"), rs.getString("status"),
                CourtCases.date(rs, "published_on"), CourtCases.date(rs, "withdrawn_on"), rs.getString("withdraw_reason"));
    }
}
