package cn.yingshang.credit.internal;

import cn.yingshang.credit.CreditRecordKind;
import cn.yingshang.credit.Severity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Credit records in plain SQL. Publicity is a condition on dates, evaluated as of the day asked. */
@Repository
class CreditRecordStore {

    static final String COLUMNS = """
            id, credit_code, kind, source_department_code, source_record_id, basis, decided_on, severity, summary,
            repairable_from, public_until, repaired_on""";

    /** The SQL twin of {@link CreditRecord#isPublicOn}. */
    static final String PUBLIC_ON = """
            decided_on <= :asOf AND (public_until IS NULL OR public_until > :asOf)
            AND (repaired_on IS NULL OR repaired_on > :asOf)""";

    private final JdbcClient jdbc;

    CreditRecordStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CreditRecord> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM credit_record WHERE id = :id").param("id", id)
                .query(CreditRecordStore::map).optional();
    }

    Optional<CreditRecord> findBySource(String department, String sourceRecordId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM credit_record WHERE source_department_code = :d AND source_record_id = :s")
                .param("d", department).param("s", sourceRecordId).query(CreditRecordStore::map).optional();
    }

    /** Every record of the entity, newest first (department view and the entity's own view). */
    List<CreditRecord> ofEntity(String creditCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM credit_record WHERE credit_code = :c ORDER BY decided_on DESC, id DESC")
                .param("c", creditCode).query(CreditRecordStore::map).list();
    }

    /** Only what is public on that date (信息公开). */
    List<CreditRecord> publicOf(String creditCode, LocalDate asOf) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM credit_record WHERE credit_code = :c AND " + PUBLIC_ON
                        + " ORDER BY decided_on DESC, id DESC")
                .param("c", creditCode).param("asOf", asOf).query(CreditRecordStore::map).list();
    }

    /** Records a department made (all records when it is null), newest decision first, one page at a time. */
    cn.yingshang.platform.PageOf<CreditRecord> bySourceDepartment(String department, cn.yingshang.platform.ListPage page) {
        String where = department == null ? "TRUE" : "source_department_code = :d";
        long total = jdbc.sql("SELECT count(*) FROM credit_record WHERE " + where).param("d", String.valueOf(department))
                .query(Long.class).single();
        String order = page.orderBy(java.util.Map.of("decided", "decided_on", "entity", "credit_code"), "decided_on DESC, id DESC");
        List<CreditRecord> rows = jdbc.sql("SELECT " + COLUMNS + " FROM credit_record WHERE " + where + " ORDER BY " + order
                        + " LIMIT :l OFFSET :o")
                .param("d", String.valueOf(department)).param("l", page.size()).param("o", page.offset())
                .query(CreditRecordStore::map).list();
        return new cn.yingshang.platform.PageOf<>(rows, total, page);
    }

    /** Inserts unless (department, source id) exists; empty when it did. */
    Optional<Long> insert(String creditCode, CreditRecordKind kind, String department, String sourceRecordId, String basis,
                          LocalDate decidedOn, Severity severity, String summary, PublicityPeriods.Window window) {
        return jdbc.sql("""
                        INSERT INTO credit_record (credit_code, kind, source_department_code, source_record_id, basis, decided_on,
                                                   severity, summary, repairable_from, public_until)
                        VALUES (:code, :kind, :dept, :src, :basis, :decided, :severity, :summary, :repairable, :until)
                        ON CONFLICT (source_department_code, source_record_id) DO NOTHING RETURNING id""")
                .param("code", creditCode).param("kind", kind.name()).param("dept", department).param("src", sourceRecordId)
                .param("basis", basis).param("decided", decidedOn).param("severity", severity == null ? null : severity.name())
                .param("summary", summary == null ? "" : summary).param("repairable", window.repairableFrom())
                .param("until", window.publicUntil())
                .query(Long.class).optional();
    }

    void markRepaired(long id, LocalDate on) {
        jdbc.sql("UPDATE credit_record SET repaired_on = :on WHERE id = :id").param("on", on).param("id", id).update();
    }

    static CreditRecord map(ResultSet rs, int row) throws SQLException {
        String severity = rs.getString("severity");
        return new CreditRecord(rs.getLong("id"), rs.getString("credit_code"), CreditRecordKind.valueOf(rs.getString("kind")),
                rs.getString("source_department_code"), rs.getString("source_record_id"), rs.getString("basis"),
                rs.getObject("decided_on", LocalDate.class), severity == null ? null : Severity.valueOf(severity),
                rs.getString("summary"), rs.getObject("repairable_from", LocalDate.class),
                rs.getObject("public_until", LocalDate.class), rs.getObject("repaired_on", LocalDate.class));
    }
}
