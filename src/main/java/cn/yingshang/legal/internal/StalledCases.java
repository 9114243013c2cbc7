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

/** The stalled-case ledger; a body's list holds only entries it is party to. */
@Component
class StalledCases {

    private final JdbcClient jdbc;

    StalledCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String reference, String caseNumber, long leadBody, Long procuratorate, String creditCode, String enterpriseName,
                String offence, LocalDate registeredOn, LocalDate clearBy) {
        return jdbc.sql("""
                        INSERT INTO legal_stalled_case (reference, case_number, lead_body_id, procuratorate_id, credit_code,
                          enterprise_name, offence, registered_on, status, clear_by)
                        VALUES (:reference, :caseNumber, :lead, :proc, :creditCode, :name, :offence, :registeredOn, 'PENDING', :clearBy)
                        RETURNING id""")
                .param("reference", reference).param("caseNumber", caseNumber).param("lead", leadBody).param("proc", procuratorate)
                .param("creditCode", creditCode).param("name", enterpriseName).param("offence", offence)
                .param("registeredOn", registeredOn).param("clearBy", clearBy).query(Long.class).single();
    }

    Optional<StalledCase> find(long id) {
        return jdbc.sql("SELECT * FROM legal_stalled_case WHERE id = :id").param("id", id).query(StalledCases::row).optional();
    }

    private static final LegalLists.Spec LIST = new LegalLists.Spec("legal_stalled_case",
            "lead_body_id IN (:b) OR procuratorate_id IN (:b) OR listed_by_id IN (:b)", List.of("case_number", "enterprise_name", "offence"),
            java.util.Map.of("clearBy", "clear_by", "registeredOn", "registered_on", "status", "status"), "status = 'CLOSED', clear_by, id");

    cn.yingshang.platform.PageOf<StalledCase> page(Collection<Long> bodies, String search, cn.yingshang.platform.ListPage page) {
        return LegalLists.page(jdbc, LIST, java.util.Map.of("b", bodies.isEmpty() ? List.of(-1L) : bodies), search, page,
                StalledCases::row);
    }

    /** Every open case past its clearing date, most overdue first (the office's alert list: all of them, not the first 500 cases). */
    List<StalledCase> overdue(LocalDate today) {
        return jdbc.sql("SELECT * FROM legal_stalled_case WHERE status <> 'CLOSED' AND clear_by < :today ORDER BY clear_by, id")
                .param("today", today).query(StalledCases::row).list().stream().filter(c -> c.overdue(today)).toList();
    }

    void list(long id, long byBody, LocalDate on) {
        if (jdbc.sql("UPDATE legal_stalled_case SET status = 'LISTED', listed_by_id = :by, listed_on = :on WHERE id = :id AND status = 'PENDING'")
                .param("id", id).param("by", byBody).param("on", on).update() != 1) {
            throw new ConflictingChange();
        }
    }

    void close(long id, String outcome, LocalDate on) {
        if (jdbc.sql("UPDATE legal_stalled_case SET status = 'CLOSED', outcome = :outcome, closed_on = :on WHERE id = :id AND status IN ('PENDING', 'LISTED')")
                .param("id", id).param("outcome", outcome).param("on", on).update() != 1) {
            throw new ConflictingChange();
        }
    }

    private static StalledCase row(ResultSet rs, int n) throws SQLException {
        return new StalledCase(rs.getLong("id"), rs.getString("reference"), rs.getString("case_number"), rs.getLong("lead_body_id"),
                (Long) rs.getObject("procuratorate_id"), rs.getString("credit_code"), rs.getString("enterprise_name"),
                rs.getString("offence"), CourtCases.date(rs, "registered_on"), rs.getString("status"), CourtCases.date(rs, "clear_by"),
                (Long) rs.getObject("listed_by_id"), CourtCases.date(rs, "listed_on"), CourtCases.date(rs, "closed_on"),
                rs.getString("outcome"));
    }
}
