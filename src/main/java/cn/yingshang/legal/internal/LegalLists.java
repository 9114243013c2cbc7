package cn.yingshang.legal.internal;

import cn.yingshang.platform.ListPage;
import cn.yingshang.platform.PageOf;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of a body's legal list: the body's own rows, searched over a few text columns, sorted by a
 * whitelisted column or the list's default order. The ledgers' lists differ only in these parts.
 */
final class LegalLists {

    record Spec(String table, String scope, List<String> searched, Map<String, String> sortable, String defaultOrder) {
    }

    private LegalLists() {
    }

    static <T> PageOf<T> page(JdbcClient jdbc, Spec spec, Map<String, Object> scopeParams, String search, ListPage page,
                              RowMapper<T> rows) {
        String q = search == null ? "" : search.strip();
        Map<String, Object> params = new HashMap<>(scopeParams);
        params.put("q", q);
        params.put("like", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        String matches = String.join(" OR ", spec.searched().stream().map(c -> c + " ILIKE :like ESCAPE '\\'").toList());
        String from = " FROM " + spec.table() + " WHERE (" + spec.scope() + ") AND (:q = '' OR " + matches + ")";
        long total = jdbc.sql("SELECT count(*)" + from).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<T> found = jdbc.sql("SELECT *" + from + " ORDER BY " + page.orderBy(spec.sortable(), spec.defaultOrder())
                + " LIMIT :limit OFFSET :offset").params(params).query(rows).list();
        return new PageOf<>(found, total, page);
    }
}
