package cn.yingshang.inspection.internal;

import cn.yingshang.registry.EntityKind;
import cn.yingshang.registry.EntityStatus;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.CreditRiskClass;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Builds a plan's object pool from the registry stream (in credit-code order): entities any plan
 * item covers, with their risk class (B unless the credit projection says otherwise) and the key
 * supervision flag. Entities inspected within the window are left out (no repeated inspection),
 * except under key supervision, which covers its objects fully (000 §52).
 */
@cn.yingshang.shared.DomainType
final class PoolFreezer implements Consumer<MarketEntity>, MarketEntities.ScopeAction {

    /**
     * @param perRegion region code → A, B, C, D in the pool outside key supervision, in the pool under key
     *                  supervision, then A, B, C, D left out by the window (the layout of inspection_draw_region)
     */
    record Frozen(DrawAlgorithm.Pool pool, int[] excludedPerClass, Map<String, int[]> perRegion) {
    }

    static final int KEY = 4;
    static final int EXCLUDED = 5;

    private final List<InspectionItem> items;
    private final Map<String, CreditRiskClass> nonOrdinary;
    private final Set<String> recentlyInspected;
    private final DrawAlgorithm.Pool.Builder pool = new DrawAlgorithm.Pool.Builder();
    private final int[] excluded = new int[4];
    private final Map<String, int[]> perRegion = new HashMap<>();

    PoolFreezer(List<InspectionItem> items, Map<String, CreditRiskClass> nonOrdinary, Set<String> recentlyInspected) {
        this.items = items;
        this.nonOrdinary = nonOrdinary;
        this.recentlyInspected = recentlyInspected;
    }

    @Override
    public void accept(MarketEntity e) {
        accept(e.creditCode().value(), e.region().code(), e.industry().code(), e.kind(), e.status());
    }

    @Override
    public void accept(String code, String regionCode, String industryCode, EntityKind kind) {
        accept(code, regionCode, industryCode, kind, EntityStatus.ACTIVE);
    }

    void accept(String code, String regionCode, String industryCode, EntityKind kind, EntityStatus status) {
        boolean covered = false;
        boolean keyItem = false;
        for (InspectionItem item : items) {
            if (item.scope().covers(regionCode, industryCode, kind, status)) {
                covered = true;
                keyItem |= item.keySupervision();
            }
        }
        if (!covered) {
            return;
        }
        CreditRiskClass riskClass = nonOrdinary.getOrDefault(code, CreditRiskClass.B);
        int[] region = perRegion.computeIfAbsent(regionCode, r -> new int[EXCLUDED + 4]);
        if (!keyItem && recentlyInspected.contains(code)) {
            excluded[riskClass.ordinal()]++;
            region[EXCLUDED + riskClass.ordinal()]++;
            return;
        }
        region[keyItem ? KEY : riskClass.ordinal()]++;
        pool.add(code, riskClass, keyItem);
    }

    Frozen freeze() {
        return new Frozen(pool.build(), excluded.clone(), Map.copyOf(perRegion));
    }
}
