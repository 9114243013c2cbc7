package cn.yingshang.bench;

import cn.yingshang.demo.DemoEntityGenerator;
import cn.yingshang.inspection.internal.DrawVerifier;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.CreditRiskClass;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 6: a draw over a 2,500,000-entity pool stratified by the four credit classes with
 * exclusions, ≤ 1 s. {@code freezeAndDraw} is the whole path after the registry read: scope
 * filter, class lookup (A 20 %, C 10 %, D 3 %, rest B), exclusion of 5 % inspected within the window,
 * key supervision for restaurants (H62), then the HMAC ranking per class with ratios 5/20/60/100 %.
 * {@code recomputeFromPublishedPool} is what a verifier does: parse the published pool text, hash
 * it, redraw. Setup checks that the same seed and pool give the same selection twice.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
public class InspectionDrawBenchmark {

    static final int ENTITIES = 2_500_000;
    static final String SEED = "6c30c8e0504a3df5707e9f3a90fe316dd3860801f6e5d28453cfb4706950123b";
    static final BigDecimal A = BigDecimal.valueOf(5), B = BigDecimal.valueOf(20), C = BigDecimal.valueOf(60), D = BigDecimal.valueOf(100);

    DrawVerifier.RegistryColumns registry;
    Map<String, CreditRiskClass> nonOrdinary;
    Set<String> recentlyInspected;
    byte[] publishedPool;

    @Setup
    public void registry() {
        List<MarketEntity> entities = new ArrayList<>(ENTITIES);
        DemoEntityGenerator generator = new DemoEntityGenerator(20251001, ENTITIES, LocalDate.of(2026, 11, 1));
        while (generator.hasNext()) {
            entities.add(generator.next().entity());
        }
        entities.sort(Comparator.comparing(e -> e.creditCode().value()));
        registry = DrawVerifier.RegistryColumns.of(entities);
        entities = null;
        nonOrdinary = new HashMap<>();
        recentlyInspected = new HashSet<>();
        for (String code : registry.codes()) {
            int h = Math.floorMod(code.hashCode(), 100);
            if (h < 20) {
                nonOrdinary.put(code, CreditRiskClass.A);
            } else if (h < 30) {
                nonOrdinary.put(code, CreditRiskClass.C);
            } else if (h < 33) {
                nonOrdinary.put(code, CreditRiskClass.D);
            }
            if (Math.floorMod(code.hashCode() / 100, 20) == 0) {
                recentlyInspected.add(code);
            }
        }
        DrawVerifier.Summary first = freeze();
        DrawVerifier.Summary second = freeze();
        if (!first.selectionHash().equals(second.selectionHash()) || !first.codes().equals(second.codes())) {
            throw new IllegalStateException("the same seed and snapshot gave different selections");
        }
        publishedPool = DrawVerifier.publishedPool(registry, "65", "H62", nonOrdinary, recentlyInspected);
        DrawVerifier.Summary recomputed = DrawVerifier.recompute(publishedPool, SEED, A, B, C, D);
        if (!recomputed.selectionHash().equals(first.selectionHash())) {
            throw new IllegalStateException("the published pool does not recompute the same selection");
        }
        System.out.printf("%n[inspection draw] pool %,d of %,d entities, %,d excluded by the window, %,d drawn, selection %s%n",
                first.poolSize(), ENTITIES, first.excluded(), first.selected(), first.selectionHash());
    }

    DrawVerifier.Summary freeze() {
        return DrawVerifier.freezeAndDraw(registry, "65", "H62", nonOrdinary, recentlyInspected, SEED, A, B, C, D);
    }

    @Benchmark
    public String freezeAndDraw() {
        return freeze().selectionHash();
    }

    @Benchmark
    public String recomputeFromPublishedPool() {
        return DrawVerifier.recompute(publishedPool, SEED, A, B, C, D).selectionHash();
    }
}
