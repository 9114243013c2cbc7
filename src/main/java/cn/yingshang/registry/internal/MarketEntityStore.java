package cn.yingshang.registry.internal;

import cn.yingshang.registry.AbnormalPeriod;
import cn.yingshang.registry.EntityKind;
import cn.yingshang.registry.EntityPage;
import cn.yingshang.registry.EntitySearch;
import cn.yingshang.registry.EntityStatus;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.registry.TaxFiling;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.EnterpriseSize;
import cn.yingshang.shared.IndustryCode;
import cn.yingshang.shared.Ownership;
import cn.yingshang.shared.RegionCode;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/** Reads and writes entities in plain SQL; writes that other modules care about go through EntityRegistration. */
@Repository
class MarketEntityStore implements MarketEntities {

    static final String COLUMNS = """
            credit_code, name, kind, ownership, region_code, industry_code, established_on, registered_capital,
            headcount, revenue, assets, size, status, qualifications, tags""";
    private static final int COUNT_CAP = 10_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final DataSource dataSource;

    MarketEntityStore(JdbcClient jdbc, JdbcTemplate template, DataSource dataSource) {
        this.jdbc = jdbc;
        this.template = template;
        this.dataSource = dataSource;
    }

    @Override
    public Optional<MarketEntity> find(CreditCode code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM registry_market_entity WHERE credit_code = :c")
                .param("c", code.value()).query(MarketEntityStore::map).optional();
    }

    Optional<Long> idOf(CreditCode code) {
        return jdbc.sql("SELECT id FROM registry_market_entity WHERE credit_code = :c").param("c", code.value())
                .query(Long.class).optional();
    }

    @Override
    public EntityPage search(EntitySearch search) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        var params = new java.util.HashMap<String, Object>();
        String text = search.text();
        if (!text.isEmpty()) {
            if (CreditCode.check(text).valid()) {
                where.append(" AND credit_code = :code");
                params.put("code", CreditCode.of(text).value());
            } else {
                where.append(" AND (name LIKE :like OR credit_code LIKE :prefix)");
                params.put("like", "%" + escapeLike(text) + "%");
                params.put("prefix", escapeLike(text.toUpperCase()) + "%");
            }
        }
        if (search.regionPrefix() != null && !search.regionPrefix().isBlank()) {
            where.append(" AND region_code LIKE :region");
            params.put("region", regionPrefix(search.regionPrefix()) + "%");
        }
        if (search.industryPrefix() != null && !search.industryPrefix().isBlank()) {
            where.append(" AND industry_code LIKE :industry");
            params.put("industry", escapeLike(search.industryPrefix().strip().toUpperCase()) + "%");
        }
        List<MarketEntity> items = jdbc.sql("SELECT " + COLUMNS + " FROM registry_market_entity" + where
                        + " ORDER BY credit_code LIMIT :limit OFFSET :offset")
                .params(params).param("limit", search.size()).param("offset", search.page() * search.size())
                .query(MarketEntityStore::map).list();
        // Broad searches over millions of rows only need to know there are "more than 10,000".
        long total = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM registry_market_entity" + where + " LIMIT " + (COUNT_CAP + 1) + ") t")
                .params(params).query(Long.class).single();
        return new EntityPage(items, search.page(), search.size(), Math.min(total, COUNT_CAP), total > COUNT_CAP);
    }

    /** A region prefix drops trailing zeros of a code: 650100 → 6501, 650000 → 65. */
    static String regionPrefix(String region) {
        String r = region.strip();
        if (r.length() == 6 && r.chars().allMatch(Character::isDigit)) {
            if (r.endsWith("0000")) {
                return r.substring(0, 2);
            }
            if (r.endsWith("00")) {
                return r.substring(0, 4);
            }
        }
        return escapeLike(r);
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public List<AbnormalPeriod> abnormalPeriods(CreditCode code) {
        return jdbc.sql("""
                        SELECT p.listed_on, p.removed_on, p.reason FROM registry_abnormal_period p
                        JOIN registry_market_entity e ON e.id = p.entity_id WHERE e.credit_code = :c ORDER BY p.listed_on""")
                .param("c", code.value())
                .query((rs, n) -> new AbnormalPeriod(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                        rs.getString(3)))
                .list();
    }

    @Override
    public List<TaxFiling> taxFilings(CreditCode code) {
        return jdbc.sql("""
                        SELECT t.year, t.filed FROM registry_tax_filing t
                        JOIN registry_market_entity e ON e.id = t.entity_id WHERE e.credit_code = :c ORDER BY t.year""")
                .param("c", code.value()).query((rs, n) -> new TaxFiling(rs.getInt(1), rs.getBoolean(2))).list();
    }

    @Override
    public void forEach(Consumer<MarketEntity> action) {
        template.setFetchSize(5_000);
        template.query("SELECT " + COLUMNS + " FROM registry_market_entity ORDER BY credit_code",
                rs -> {
                    action.accept(map(rs, 0));
                });
    }

    @Override
    public List<MarketEntity> findAll(Collection<CreditCode> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        String[] values = codes.stream().map(CreditCode::value).toArray(String[]::new);
        return jdbc.sql("SELECT " + COLUMNS + " FROM registry_market_entity WHERE credit_code = ANY(CAST(:codes AS char(18)[]))"
                        + " ORDER BY credit_code")
                .param("codes", values).query(MarketEntityStore::map).list();
    }

    @Override
    public void forEachActiveScope(ScopeAction action) {
        // A sequential scan in storage order (ordering by code would walk the index and the heap at
        // random), streamed with COPY: one message per row, split here, no result-set machinery.
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyOut copy = connection.unwrap(PGConnection.class).getCopyAPI().copyOut(
                    "COPY (SELECT credit_code, region_code, industry_code, kind FROM registry_market_entity WHERE status = 'ACTIVE') TO STDOUT");
            EntityKind[] kinds = EntityKind.values();
            try {
                byte[] row;
                while ((row = copy.readFromCopy()) != null) {
                    int a = indexOf(row, 0);
                    int b = indexOf(row, a + 1);
                    int c = indexOf(row, b + 1);
                    int end = row.length > 0 && row[row.length - 1] == '\n' ? row.length - 1 : row.length;
                    action.accept(ascii(row, 0, a), ascii(row, a + 1, b), ascii(row, b + 1, c), kind(kinds, ascii(row, c + 1, end)));
                }
            } catch (RuntimeException e) {
                if (copy.isActive()) {
                    copy.cancelCopy();  // leave the connection usable for the rollback
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading registered entities failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static int indexOf(byte[] row, int from) {
        for (int i = from; i < row.length; i++) {
            if (row[i] == '\t') {
                return i;
            }
        }
        throw new IllegalStateException("unexpected COPY row");
    }

    private static String ascii(byte[] row, int from, int to) {
        return new String(row, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private static EntityKind kind(EntityKind[] kinds, String name) {
        for (EntityKind kind : kinds) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        throw new IllegalStateException("unknown entity kind " + name);
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT count(*) FROM registry_market_entity").query(Long.class).single();
    }

    @Override
    public List<MarketEntity> dormantCandidates(LocalDate asOf, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM registry_market_entity e WHERE status = 'ACTIVE' AND "
                        + DormantRule.SQL + " ORDER BY credit_code LIMIT :limit")
                .param("asOf", asOf).param("limit", limit).query(MarketEntityStore::map).list();
    }

    @Override
    public long bulkLoad(Iterator<BulkEntity> entities) {
        try (Connection connection = dataSource.getConnection()) {
            return new CopyLoader(connection).load(entities);
        } catch (SQLException e) {
            throw new IllegalStateException("bulk import failed: " + e.getMessage(), e);
        }
    }

    static MarketEntity map(ResultSet rs, int row) throws SQLException {
        String size = rs.getString("size");
        return new MarketEntity(CreditCode.of(rs.getString("credit_code")), rs.getString("name"),
                EntityKind.valueOf(rs.getString("kind")), Ownership.valueOf(rs.getString("ownership")),
                RegionCode.of(rs.getString("region_code")), IndustryCode.of(rs.getString("industry_code")),
                rs.getObject("established_on", LocalDate.class), rs.getBigDecimal("registered_capital"),
                (Integer) rs.getObject("headcount"), rs.getBigDecimal("revenue"), rs.getBigDecimal("assets"),
                size == null ? null : EnterpriseSize.valueOf(size), EntityStatus.valueOf(rs.getString("status")),
                strings(rs.getArray("qualifications")), strings(rs.getArray("tags")));
    }

    private static Set<String> strings(Array array) throws SQLException {
        return array == null ? Set.of() : Set.copyOf(Arrays.asList((String[]) array.getArray()));
    }
}
