package cn.yingshang.registry.internal;

import cn.yingshang.registry.EntityPage;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.registry.RegistryFigures;
import cn.yingshang.shared.RegionCode;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

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

    @Override
    public List<RegionTally> tallyByRegion(LocalDate asOf) {
        return jdbc.sql("SELECT e.region_code, count(*), count(*) FILTER (WHERE " + ABNORMAL + "), count(*) FILTER (WHERE "
                        + DormantRule.SQL + ") FROM registry_market_entity e WHERE e.status = 'ACTIVE' GROUP BY e.region_code")
                .param("asOf", asOf)
                .query((rs, n) -> new RegionTally(RegionCode.of(rs.getString(1)), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
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
