package cn.yingshang.registry;

import cn.yingshang.shared.CreditCode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The registry as other modules see it. */
public interface MarketEntities {

    Optional<MarketEntity> find(CreditCode code);

    EntityPage search(EntitySearch search);

    List<AbnormalPeriod> abnormalPeriods(CreditCode code);

    List<TaxFiling> taxFilings(CreditCode code);

    /** Every entity, streamed in credit-code order (for matching engines and draws). */
    void forEach(Consumer<MarketEntity> action);

    long count();

    /** The entities with these codes, in credit-code order; codes not registered are left out (bulk lookups). */
    List<MarketEntity> findAll(Collection<CreditCode> codes);

    /**
     * Code, region, industry and kind of every entity that still exists (存续), in storage order: the
     * few columns a scope filter needs, read without building entities (pools over millions of entities).
     */
    void forEachActiveScope(ScopeAction action);

    @FunctionalInterface
    interface ScopeAction {
        void accept(String creditCode, String regionCode, String industryCode, EntityKind kind);
    }

    /** 004 #3: two consecutive years on the abnormal list and two consecutive years without tax filing. */
    List<MarketEntity> dormantCandidates(LocalDate asOf, int limit);

    /** Loads entities with PostgreSQL COPY (demo data and benchmarks); returns the count loaded. */
    long bulkLoad(Iterator<BulkEntity> entities);

    record BulkEntity(MarketEntity entity, List<AbnormalPeriod> abnormalPeriods, List<TaxFiling> taxFilings) {
    }
}
