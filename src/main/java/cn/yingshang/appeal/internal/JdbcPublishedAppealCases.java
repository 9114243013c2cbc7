package cn.yingshang.appeal.internal;

import cn.yingshang.appeal.PublishedAppealCases;
import cn.yingshang.platform.ListPage;
import cn.yingshang.platform.ListQuery;
import cn.yingshang.platform.PageOf;
import cn.yingshang.shared.RegionCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link PublishedAppealCases} from the appeal table's published flag and public summary. */
@Component
class JdbcPublishedAppealCases implements PublishedAppealCases {

    private static final String COLUMNS = "id, tracking_number, category, region_code, public_summary, closed_on";

    private final JdbcClient jdbc;
    private final Categories categories;

    JdbcPublishedAppealCases(JdbcClient jdbc, Categories categories) {
        this.jdbc = jdbc;
        this.categories = categories;
    }

    @Override
    public PageOf<PublishedCase> closedIn(int year, String search, ListPage page) {
        return ListQuery.page(jdbc, new ListQuery.Spec(COLUMNS, "appeal",
                        "published AND closed_on BETWEEN :from AND :to", List.of("public_summary"), List.of("tracking_number"),
                        Map.of("closed", "closed_on"), "closed_on DESC, id DESC"),
                Map.of("from", LocalDate.of(year, 1, 1), "to", LocalDate.of(year, 12, 31)), search, page, this::row);
    }

    @Override
    public Optional<PublishedCase> published(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM appeal WHERE id = :id AND published").param("id", id).query(this::row).optional();
    }

    private PublishedCase row(ResultSet rs, int n) throws SQLException {
        return new PublishedCase(rs.getLong("id"), rs.getString("tracking_number"), categories.nameOf(rs.getString("category")),
                RegionCode.of(rs.getString("region_code")).name(), rs.getString("public_summary"), rs.getObject("closed_on", LocalDate.class));
    }
}
