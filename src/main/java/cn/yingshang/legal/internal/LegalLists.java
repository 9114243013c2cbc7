package cn.yingshang.legal.internal;

import cn.yingshang.platform.ListPage;
import cn.yingshang.platform.ListQuery;
import cn.yingshang.platform.PageOf;
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
        return ListQuery.page(jdbc, new ListQuery.Spec("*", spec.table(), spec.scope(), spec.searched(), List.of(), spec.sortable(),
                spec.defaultOrder()), scopeParams, search, page, rows);
    }
}
