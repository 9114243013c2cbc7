package cn.yingshang.platform;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of a list read by SQL: the rows in the list's scope (the owner's rows, checked in the
 * WHERE clause, never after reading), searched over a few text columns ({@code ILIKE}) and a few
 * exact codes (credit code, tracking number, compared upper-cased), sorted by a whitelisted column
 * or the list's default order, counted for the {@code ui :: pager} fragment. Module stores describe
 * their list in a {@link Spec} and keep their own row mapper.
 *
 * <p>The search text is bound as a parameter and escaped for {@code LIKE}; only the spec's own SQL
 * fragments and {@link ListPage#orderBy}'s whitelist reach the statement.
 */
public final class ListQuery {

    /**
     * @param columns      the SELECT list ({@code *} or the mapper's columns)
     * @param from         the table or join
     * @param scope        the rows this list may show, with named parameters given at the call
     * @param searched     columns matched with {@code ILIKE '%text%'}
     * @param exact        columns matched exactly with the upper-cased text (codes, numbers)
     * @param sortable     URL name to SQL expression
     * @param defaultOrder ORDER BY when the URL asks for none (and as the tie-breaker)
     */
    public record Spec(String columns, String from, String scope, List<String> searched, List<String> exact,
                       Map<String, String> sortable, String defaultOrder) {

        public Spec {
            searched = List.copyOf(searched);
            exact = List.copyOf(exact);
            sortable = Map.copyOf(sortable);
        }
    }

    private ListQuery() {
    }

    public static <T> PageOf<T> page(JdbcClient jdbc, Spec spec, Map<String, Object> scopeParams, String search, ListPage page,
                                     RowMapper<T> rows) {
        String q = search == null ? "" : search.strip();
        Map<String, Object> params = new HashMap<>(scopeParams);
        params.put("q", q);
        params.put("like", containing(q));
        params.put("exact", q.toUpperCase(Locale.ROOT));
        List<String> matches = new java.util.ArrayList<>();
        spec.searched().forEach(c -> matches.add(c + " ILIKE :like ESCAPE '\\'"));
        spec.exact().forEach(c -> matches.add(c + " = :exact"));
        String from = " FROM " + spec.from() + " WHERE (" + spec.scope() + ")"
                + (matches.isEmpty() ? "" : " AND (:q = '' OR " + String.join(" OR ", matches) + ")");
        String order = page.orderBy(spec.sortable(), spec.defaultOrder());
        long total = jdbc.sql("SELECT count(*)" + from).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<T> found = jdbc.sql("SELECT " + spec.columns() + from + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
                .params(params).query(rows).list();
        return new PageOf<>(found, total, page);
    }

    /** The {@code LIKE} pattern for "contains the text", its wildcards escaped (with {@code ESCAPE '\'}). */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
