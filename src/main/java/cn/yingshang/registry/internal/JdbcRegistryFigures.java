package cn.yingshang.registry.internal;

import cn.yingshang.registry.EntityPage;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.registry.RegistryFigures;
import cn.yingshang.shared.RegionCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Aggregates for the cockpit, one query each; counts only what monitoring needs. */
@Component
class JdbcRegistryFigures implements RegistryFigures {

    private static final String ABNORMAL = """
            EXISTS (SELECT 1 FROM registry_abnormal_period p WHERE p.entity_id = e.id
                    AND p.listed_on <= CAST(:asOf AS date) AND (p.removed_on IS NULL OR p.removed_on > CAST(:asOf AS date)))""";

    private final JdbcClient jdbc;

    JdbcRegistryFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Set-based: active entities per region from the partial index, then only the entities on the
     * abnormal list (a few percent) are joined and tested against the dormant rule, instead of
     * testing every active entity row by row. JIT is off because compiling costs seconds and saves none here.
     */
    @Override
    @Transactional(readOnly = true)
    public List<RegionTally> tallyByRegion(LocalDate asOf) {
        jdbc.sql("SET LOCAL jit = off").update();
        Map<String, long[]> counts = new TreeMap<>();
        jdbc.sql("SELECT region_code, count(*) FROM registry_market_entity WHERE status = 'ACTIVE' GROUP BY region_code")
                .query(rs -> {
                    counts.computeIfAbsent(rs.getString(1), k -> new long[3])[0] = rs.getLong(2);
                });
        jdbc.sql("SELECT e.region_code, count(*), count(*) FILTER (WHERE " + DormantRule.SQL + ") FROM registry_market_entity e"
                        + " WHERE e.status = 'ACTIVE' AND " + ABNORMAL + " GROUP BY e.region_code")
                .param("asOf", asOf)
                .query(rs -> {
                    long[] c = counts.computeIfAbsent(rs.getString(1), k -> new long[3]);
                    c[1] = rs.getLong(2);
                    c[2] = rs.getLong(3);
                });
        return counts.entrySet().stream()
                .map(e -> new RegionTally(RegionCode.of(e.getKey()), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
    }

    @Override
    public EntityPage abnormalEntities(RegionCode region, LocalDate asOf, int page, int size) {
        return page(ABNORMAL, region, asOf, page, size);
    }

    @Override
    public EntityPage dormantEntities(RegionCode region, LocalDate asOf, int page, int size) {
        return page(DormantRule.SQL, region, asOf, page, size);
    }

    private EntityPage page(String condition, RegionCode region, LocalDate asOf, int page, int size) {
        String where = " FROM registry_market_entity e WHERE e.status = 'ACTIVE' AND e.region_code LIKE :region AND " + condition;
        String prefix = MarketEntityStore.regionPrefix(region.code()) + "%";
        List<MarketEntity> items = jdbc.sql("SELECT " + MarketEntityStore.COLUMNS + where + " ORDER BY credit_code LIMIT :limit OFFSET :offset")
                .param("region", prefix).param("asOf", asOf).param("limit", size).param("offset", page * size)
                .query(MarketEntityStore::map).list();
        long total = jdbc.sql("SELECT count(*)" + where).param("region", prefix).param("asOf", asOf).query(Long.class).single();
        return new EntityPage(items, page, size, total, false);
    }
}
