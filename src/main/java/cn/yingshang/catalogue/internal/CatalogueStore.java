package cn.yingshang.catalogue.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.catalogue.CatalogueKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Versions, entries and changes in plain SQL. */
@Repository
class CatalogueStore {

    public record Version(long id, CatalogueKind kind, int number, LocalDate effectiveFrom, OffsetDateTime publishedAt,
                   String publishedBy, String note, String sourceFilename) {
    }

    public record Change(String change, String code, String name, String summary) {
        public String label() {
            return Text.of("catalogue.change." + (change.equals("ADDED") || change.equals("REMOVED") ? change : "CHANGED"));
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CatalogueStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The version in force on a day: the latest one already effective. */
    Optional<Version> inForce(CatalogueKind kind, LocalDate day) {
        return jdbc.sql("""
                        SELECT * FROM catalogue_version WHERE kind = :k AND effective_from <= :d
                        ORDER BY effective_from DESC, version_no DESC LIMIT 1""")
                .param("k", kind.name()).param("d", day).query(CatalogueStore::version).optional();
    }

    List<Version> versions(CatalogueKind kind) {
        return jdbc.sql("SELECT * FROM catalogue_version WHERE kind = :k ORDER BY version_no DESC")
                .param("k", kind.name()).query(CatalogueStore::version).list();
    }

    Optional<Version> version(CatalogueKind kind, int number) {
        return jdbc.sql("SELECT * FROM catalogue_version WHERE kind = :k AND version_no = :n")
                .param("k", kind.name()).param("n", number).query(CatalogueStore::version).optional();
    }

    Optional<Version> latest(CatalogueKind kind) {
        return jdbc.sql("SELECT * FROM catalogue_version WHERE kind = :k ORDER BY version_no DESC LIMIT 1")
                .param("k", kind.name()).query(CatalogueStore::version).optional();
    }

    List<Entry> entries(long versionId) {
        return jdbc.sql("SELECT * FROM catalogue_entry WHERE version_id = :v ORDER BY code")
                .param("v", versionId).query(this::entry).list();
    }

    List<Entry> search(long versionId, String normalisedQuery) {
        if (normalisedQuery == null || normalisedQuery.isBlank()) {
            return entries(versionId);
        }
        return jdbc.sql("SELECT * FROM catalogue_entry WHERE version_id = :v AND strpos(search_text, :q) > 0 ORDER BY code")
                .param("v", versionId).param("q", normalisedQuery).query(this::entry).list();
    }

    List<Change> changes(long versionId) {
        return jdbc.sql("SELECT change, code, name, summary FROM catalogue_change WHERE version_id = :v ORDER BY change, code")
                .param("v", versionId).query((rs, n) -> new Change(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    long insertVersion(CatalogueKind kind, int number, LocalDate effectiveFrom, OffsetDateTime at, String by, String note,
                       String filename) {
        return jdbc.sql("""
                        INSERT INTO catalogue_version (kind, version_no, effective_from, published_at, published_by, note, source_filename)
                        VALUES (:k, :n, :e, :at, :by, :note, :f) RETURNING id""")
                .param("k", kind.name()).param("n", number).param("e", effectiveFrom).param("at", at).param("by", by)
                .param("note", note).param("f", filename).query(Long.class).single();
    }

    void insertEntry(long versionId, Entry e) {
        jdbc.sql("""
                        INSERT INTO catalogue_entry (version_id, code, name, aliases, basis, department, details, search_text)
                        VALUES (:v, :code, :name, :aliases, :basis, :dept, CAST(:details AS jsonb), :search)""")
                .param("v", versionId).param("code", e.code()).param("name", e.name()).param("aliases", e.aliases())
                .param("basis", e.basis()).param("dept", e.department()).param("details", json.writeValueAsString(e.details()))
                .param("search", e.searchText()).update();
    }

    void insertChange(long versionId, Change c) {
        jdbc.sql("INSERT INTO catalogue_change (version_id, change, code, name, summary) VALUES (:v, :c, :code, :name, :s)")
                .param("v", versionId).param("c", c.change()).param("code", c.code()).param("name", c.name())
                .param("s", c.summary()).update();
    }

    private static Version version(ResultSet rs, int n) throws SQLException {
        return new Version(rs.getLong("id"), CatalogueKind.valueOf(rs.getString("kind")), rs.getInt("version_no"),
                rs.getDate("effective_from").toLocalDate(), rs.getObject("published_at", OffsetDateTime.class),
                rs.getString("published_by"), rs.getString("note"), rs.getString("source_filename"));
    }

    private Entry entry(ResultSet rs, int n) throws SQLException {
        Map<String, String> details = json.readValue(rs.getString("details"), new TypeReference<Map<String, String>>() {
        });
        return new Entry(rs.getString("code"), rs.getString("name"), rs.getString("aliases"), rs.getString("basis"),
                rs.getString("department"), details);
    }
}
