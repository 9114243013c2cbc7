package cn.yingshang.services.internal;

import cn.yingshang.shared.DayCount;
import cn.yingshang.shared.TimeLimit;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The implementing lists and their guides as published (read side of the catalogue). */
@Repository
class ServiceGuides {

    private static final String COLUMNS = """
            id, item_code, name, item_type, basis, level, region_code, department, statutory_days, statutory_count,
            promised_days, promised_count, instant, channels, online_depth, tongban, service_window, hours,
            conditions, steps, fees, since_version, department_code, seed_ref""";

    private final JdbcClient jdbc;

    ServiceGuides(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Guides whose code, name, department, basis or conditions contain every word of the query. */
    List<Guide> search(String query, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM svc_implementation WHERE TRUE");
        List<String> words = words(query);
        for (int i = 0; i < words.size(); i++) {
            sql.append(" AND search_text LIKE :w").append(i);
        }
        sql.append(" ORDER BY item_code, level, region_code LIMIT :limit");
        JdbcClient.StatementSpec spec = jdbc.sql(sql.toString()).param("limit", limit);
        for (int i = 0; i < words.size(); i++) {
            spec = spec.param("w" + i, "%" + escape(words.get(i)) + "%");
        }
        return spec.query((rs, n) -> guide(rs)).list();
    }

    Optional<Guide> guide(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM svc_implementation WHERE id = :id").param("id", id)
                .query((rs, n) -> guide(rs)).optional();
    }

    /**
     * One page of the guides whose search text contains every word of the query, optionally of one
     * department (by name), in catalogue order.
     */
    cn.yingshang.platform.PageOf<Guide> page(String query, String department, cn.yingshang.platform.ListPage page) {
        StringBuilder where = new StringBuilder(" FROM svc_implementation WHERE TRUE");
        if (department != null) {
            where.append(" AND department = :department");
        }
        List<String> words = words(query);
        for (int i = 0; i < words.size(); i++) {
            where.append(" AND search_text LIKE :w").append(i);
        }
        String order = page.orderBy(java.util.Map.of("code", "item_code", "name", "name", "department", "department"),
                "item_code, level, region_code, id");
        JdbcClient.StatementSpec count = jdbc.sql("SELECT count(*)" + where);
        JdbcClient.StatementSpec select = jdbc.sql("SELECT " + COLUMNS + where + " ORDER BY " + order + " LIMIT :l OFFSET :o");
        if (department != null) {
            count = count.param("department", department);
            select = select.param("department", department);
        }
        for (int i = 0; i < words.size(); i++) {
            String like = "%" + escape(words.get(i)) + "%";
            count = count.param("w" + i, like);
            select = select.param("w" + i, like);
        }
        long total = count.query(Long.class).single();
        List<Guide> rows = select.param("l", page.size()).param("o", page.offset()).query((rs, n) -> guide(rs)).list();
        return new cn.yingshang.platform.PageOf<>(rows, total, page);
    }

    List<Material> materials(long implementationId) {
        return jdbc.sql("""
                        SELECT seq, name, original, copies, deficiency_allowed, promise_replaces, shared_source
                        FROM svc_material WHERE implementation_id = :id ORDER BY seq""")
                .param("id", implementationId)
                .query((rs, n) -> new Material(rs.getInt("seq"), rs.getString("name"), rs.getBoolean("original"),
                        rs.getInt("copies"), rs.getBoolean("deficiency_allowed"), rs.getBoolean("promise_replaces"),
                        rs.getString("shared_source")))
                .list();
    }

    /** The guides a department implements, for window entry. */
    List<Guide> ofDepartment(String departmentCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM svc_implementation WHERE department_code = :code ORDER BY item_code")
                .param("code", departmentCode).query((rs, n) -> guide(rs)).list();
    }

    List<Change> changes() {
        return jdbc.sql("""
                        SELECT c.version_no, v.published_at, c.change, c.item_code, c.name, c.summary
                        FROM svc_catalogue_change c JOIN svc_catalogue_version v USING (version_no)
                        ORDER BY c.version_no DESC, c.item_code, c.id""")
                .query((rs, n) -> new Change(rs.getInt("version_no"), rs.getObject("published_at", java.time.OffsetDateTime.class),
                        rs.getString("change"), rs.getString("item_code"), rs.getString("name"), rs.getString("summary")))
                .list();
    }

    /** Every implementation whose item code is implemented elsewhere with another name, basis or type. */
    List<Guide> sharingCodeWithDisagreement() {
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                         FROM svc_implementation WHERE item_code IN (
                           SELECT item_code FROM svc_implementation GROUP BY item_code
                           HAVING count(DISTINCT name) > 1 OR count(DISTINCT basis) > 1 OR count(DISTINCT item_type) > 1)
                         ORDER BY item_code, CASE level WHEN 'REGION' THEN 0 WHEN 'CITY' THEN 1 ELSE 2 END, region_code""")
                .query((rs, n) -> guide(rs)).list();
    }

    private static Guide guide(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Guide(rs.getLong("id"), rs.getString("item_code"), rs.getString("name"), ItemType.valueOf(rs.getString("item_type")),
                rs.getString("basis"), Level.valueOf(rs.getString("level")), rs.getString("region_code"), rs.getString("department"),
                new TimeLimit(rs.getInt("statutory_days"), DayCount.valueOf(rs.getString("statutory_count"))),
                new TimeLimit(rs.getInt("promised_days"), DayCount.valueOf(rs.getString("promised_count"))),
                rs.getBoolean("instant"), List.of(rs.getString("channels").split(",")), rs.getString("online_depth"),
                rs.getString("tongban"), rs.getString("service_window"), rs.getString("hours"), rs.getString("conditions"),
                rs.getString("steps"), rs.getString("fees").isBlank() ? List.of() : List.of(rs.getString("fees").split(",")),
                rs.getInt("since_version"), rs.getString("department_code"), rs.getString("seed_ref"));
    }

    static List<String> words(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return List.of(query.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+"));
    }

    private static String escape(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
