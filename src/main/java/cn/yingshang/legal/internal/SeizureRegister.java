package cn.yingshang.legal.internal;

import cn.yingshang.shared.ConflictingChange;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The register of property measures; changes are guarded by the status they start from. */
@Component
class SeizureRegister {

    private final JdbcClient jdbc;

    SeizureRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String reference, long body, String caseNumber, String measure, String creditCode, String holderName,
                String holderKind, String property, String propertyRegion, boolean inUse, String cooperationRequest,
                LocalDate imposedOn) {
        return jdbc.sql("""
                        INSERT INTO legal_seizure (reference, acting_body_id, case_number, measure, credit_code, holder_name,
                          holder_kind, property, property_region, in_use, cooperation_request, imposed_on, status)
                        VALUES (:reference, :body, :caseNumber, :measure, :creditCode, :holderName, :holderKind, :property,
                          :propertyRegion, :inUse, :cooperation, :imposedOn, 'IN_FORCE') RETURNING id""")
                .param("reference", reference).param("body", body).param("caseNumber", caseNumber).param("measure", measure)
                .param("creditCode", creditCode).param("holderName", holderName).param("holderKind", holderKind)
                .param("property", property).param("propertyRegion", propertyRegion).param("inUse", inUse)
                .param("cooperation", cooperationRequest).param("imposedOn", imposedOn)
                .query(Long.class).single();
    }

    Optional<Seizure> find(long id) {
        return jdbc.sql("SELECT * FROM legal_seizure WHERE id = :id").param("id", id).query(SeizureRegister::row).optional();
    }

    private static final LegalLists.Spec LIST = new LegalLists.Spec("legal_seizure", "acting_body_id IN (:bodies)",
            List.of("case_number", "holder_name", "property"),
            java.util.Map.of("releaseDue", "release_due", "status", "status"), "status = 'RELEASED', release_due NULLS LAST, id DESC");

    cn.yingshang.platform.PageOf<Seizure> page(Collection<Long> bodies, String search, cn.yingshang.platform.ListPage page) {
        return LegalLists.page(jdbc, LIST, java.util.Map.of("bodies", bodies.isEmpty() ? List.of(-1L) : bodies), search, page,
                SeizureRegister::row);
    }

    /** Found unrelated, not released, and the release day has passed: the office is alerted. */
    List<Seizure> overdueReleases(LocalDate today) {
        return jdbc.sql("SELECT * FROM legal_seizure WHERE status = 'FOUND_UNRELATED' AND release_due < :today ORDER BY release_due, id")
                .param("today", today).query(SeizureRegister::row).list();
    }

    void foundUnrelated(long id, LocalDate foundOn, String finding, LocalDate releaseDue) {
        int n = jdbc.sql("""
                        UPDATE legal_seizure SET status = 'FOUND_UNRELATED', found_unrelated_on = :foundOn,
                          unrelated_finding = :finding, release_due = :due
                        WHERE id = :id AND status = 'IN_FORCE'""")
                .param("id", id).param("foundOn", foundOn).param("finding", finding).param("due", releaseDue).update();
        if (n != 1) {
            throw new ConflictingChange();
        }
    }

    void released(long id, LocalDate releasedOn) {
        int n = jdbc.sql("UPDATE legal_seizure SET status = 'RELEASED', released_on = :on WHERE id = :id AND status IN ('IN_FORCE', 'FOUND_UNRELATED')")
                .param("id", id).param("on", releasedOn).update();
        if (n != 1) {
            throw new ConflictingChange();
        }
    }

    private static Seizure row(ResultSet rs, int n) throws SQLException {
        return new Seizure(rs.getLong("id"), rs.getString("reference"), rs.getLong("acting_body_id"), rs.getString("case_number"),
                rs.getString("measure"), rs.getString("credit_code"), rs.getString("holder_name"), rs.getString("holder_kind"),
                rs.getString("property"), rs.getString("property_region"), rs.getBoolean("in_use"),
                rs.getString("cooperation_request"), CourtCases.date(rs, "imposed_on"), rs.getString("status"),
                CourtCases.date(rs, "found_unrelated_on"), rs.getString("unrelated_finding"), CourtCases.date(rs, "release_due"),
                CourtCases.date(rs, "released_on"));
    }
}
