package cn.yingshang.inspection.internal;

import cn.yingshang.registry.EntityKind;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.CreditRiskClass;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command-line verifier of a published draw, and the entry the benchmark uses. Usage:
 * <pre>java -cp yingshang.jar cn.yingshang.inspection.internal.DrawVerifier pool.txt SEED A B C D</pre>
 * (the ratios in percent as the public page shows them). Prints the selection's SHA-256 and the
 * selected credit codes, one per line, so they can be compared with the public page.
 */
public final class DrawVerifier {

    private DrawVerifier() {
    }

    public record Summary(int poolSize, int excluded, int selected, String poolHash, String selectionHash, List<String> codes) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 6) {
            System.err.println("usage: DrawVerifier pool.txt SEED ratioA ratioB ratioC ratioD");
            System.exit(2);
        }
        Summary s = recompute(Files.readAllBytes(Path.of(args[0])), args[1], new BigDecimal(args[2]), new BigDecimal(args[3]),
                new BigDecimal(args[4]), new BigDecimal(args[5]));
        System.out.println("algorithm      " + DrawAlgorithm.NAME);
        System.out.println("commitment     " + DrawAlgorithm.commitment(args[1]));
        System.out.println("pool sha256    " + s.poolHash() + " (" + s.poolSize() + " entities)");
        System.out.println("selection      " + s.selectionHash() + " (" + s.selected() + " drawn)");
        s.codes().forEach(System.out::println);
    }

    /** Recomputes a draw from the published pool text, the revealed seed and the plan's ratios. */
    public static Summary recompute(byte[] poolText, String seed, BigDecimal a, BigDecimal b, BigDecimal c, BigDecimal d) {
        DrawAlgorithm.Pool pool = DrawAlgorithm.Pool.parse(poolText);
        DrawAlgorithm.Selection s = DrawAlgorithm.draw(seed, pool, new DrawAlgorithm.Ratios(a, b, c, d));
        return new Summary(pool.size(), 0, s.codes().size(), DrawAlgorithm.sha256(poolText), s.hash(),
                s.codes());
    }

    /**
     * Freezes a pool exactly as a plan's commit does (one item over {@code scopeRegion}, one key-supervision
     * item over {@code keyIndustry}; classes; exclusions) and draws from it; the pool hash is not computed.
     */
    /** The registry columns a pool needs, in credit-code order (the benchmark keeps 2.5M of them in memory). */
    public record RegistryColumns(String[] codes, String[] regions, String[] industries, EntityKind[] kinds,
                                  cn.yingshang.registry.EntityStatus[] statuses) {
        public static RegistryColumns of(List<MarketEntity> entitiesInCodeOrder) {
            int n = entitiesInCodeOrder.size();
            RegistryColumns c = new RegistryColumns(new String[n], new String[n], new String[n], new EntityKind[n],
                    new cn.yingshang.registry.EntityStatus[n]);
            for (int i = 0; i < n; i++) {
                MarketEntity e = entitiesInCodeOrder.get(i);
                c.codes[i] = e.creditCode().value();
                c.regions[i] = e.region().code().intern();
                c.industries[i] = e.industry().code().intern();
                c.kinds[i] = e.kind();
                c.statuses[i] = e.status();
            }
            return c;
        }
    }

    public static Summary freezeAndDraw(RegistryColumns registryInCodeOrder, String scopeRegion, String keyIndustry,
                                        Map<String, CreditRiskClass> nonOrdinary, Set<String> recentlyInspected, String seed,
                                        BigDecimal a, BigDecimal b, BigDecimal c, BigDecimal d) {
        PoolFreezer.Frozen frozen = freeze(registryInCodeOrder, scopeRegion, keyIndustry, nonOrdinary, recentlyInspected);
        DrawAlgorithm.Selection s = DrawAlgorithm.draw(seed, frozen.pool(), new DrawAlgorithm.Ratios(a, b, c, d));
        int excluded = 0;
        for (int x : frozen.excludedPerClass()) {
            excluded += x;
        }
        return new Summary(frozen.pool().size(), excluded, s.codes().size(), null, s.hash(), s.codes());
    }

    /** The published text of the pool {@link #freezeAndDraw} draws from. */
    public static byte[] publishedPool(RegistryColumns registryInCodeOrder, String scopeRegion, String keyIndustry,
                                       Map<String, CreditRiskClass> nonOrdinary, Set<String> recentlyInspected) {
        return freeze(registryInCodeOrder, scopeRegion, keyIndustry, nonOrdinary, recentlyInspected).pool().canonical();
    }

    private static PoolFreezer.Frozen freeze(RegistryColumns registry, String scopeRegion, String keyIndustry,
                                             Map<String, CreditRiskClass> nonOrdinary, Set<String> recentlyInspected) {
        LocalDate published = LocalDate.of(2026, 1, 1);
        List<InspectionItem> items = List.of(
                new InspectionItem(1, 1, "bench", "bench", "bench", new ItemScope(scopeRegion, "", Set.of()), false, published),
                new InspectionItem(2, 1, "bench-key", "bench", "bench", new ItemScope(scopeRegion, keyIndustry,
                        Set.of(EntityKind.ENTERPRISE)), true, published));
        PoolFreezer freezer = new PoolFreezer(items, nonOrdinary, recentlyInspected);
        for (int i = 0; i < registry.codes().length; i++) {
            freezer.accept(registry.codes()[i], registry.regions()[i], registry.industries()[i], registry.kinds()[i],
                    registry.statuses()[i]);
        }
        return freezer.freeze();
    }
}
