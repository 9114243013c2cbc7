package cn.yingshang.registry;

import cn.yingshang.shared.CreditCode;
import java.time.LocalDate;
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

    /** 004 #3: two consecutive years on the abnormal list and two consecutive years without tax filing. */
    List<MarketEntity> dormantCandidates(LocalDate asOf, int limit);

    /** Loads entities with PostgreSQL COPY (demo data and benchmarks); returns the count loaded. */
    long bulkLoad(Iterator<BulkEntity> entities);

    record BulkEntity(MarketEntity entity, List<AbnormalPeriod> abnormalPeriods, List<TaxFiling> taxFilings) {
    }
}
