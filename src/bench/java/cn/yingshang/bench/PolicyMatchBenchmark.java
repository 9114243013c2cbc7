package cn.yingshang.bench;

import cn.yingshang.policy.internal.Attribute;
import cn.yingshang.policy.internal.CompiledRule;
import cn.yingshang.policy.internal.EntityFacts;
import cn.yingshang.policy.internal.MatchEngine;
import cn.yingshang.policy.internal.PolicyTemplates;
import cn.yingshang.policy.internal.Rule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The policy engine (issue 4): full match of 2,500,000 entities × 1,000 policies (target ≤ 10 s,
 * heap ≤ 4 GiB), one new policy against all entities (≤ 1 s), one changed entity re-matched
 * against the rules reading its changed attributes (≤ 1 ms p99). In-memory engine only: the
 * PostgreSQL match-set write is not part of these figures.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx4g", "-Xms4g"})
public class PolicyMatchBenchmark {

    @Param("2500000")
    public int entities;

    @Param("1000")
    public int policies;

    PolicyBenchData data;
    MatchEngine engine;
    List<Rule> newRules;
    int next;
    List<EntityFacts[]> changes;
    List<CompiledRule> touchingFigures;

    @Setup(Level.Trial)
    public void setUp() {
        long started = System.nanoTime();
        data = new PolicyBenchData(entities, policies, false);
        engine = new MatchEngine(data.table);
        newRules = PolicyTemplates.generate(64, 4242);
        changes = new ArrayList<>();
        for (EntityFacts f : data.sample) {
            EntityFacts changed = new EntityFacts(f.region(), f.industry(), f.size(), f.kind(), f.ownership(), f.established(),
                    f.headcount() == null ? 12 : f.headcount() + 7, f.revenue() == null ? 150.0 : f.revenue() * 1.3,
                    f.assets(), f.qualifications(), f.tags(), f.creditClass(), f.dishonest(), f.active());
            changes.add(new EntityFacts[] {f, changed});
        }
        Set<Attribute> changedAttributes = EnumSet.of(Attribute.HEADCOUNT, Attribute.REVENUE);
        touchingFigures = data.compiled.stream().filter(r -> MatchEngine.touches(r, changedAttributes)).toList();
        MatchCollector c = data.engineMatches();
        System.out.printf("%nsetup %d ms; engine matches=%d hash=%016x; rules touching headcount/revenue: %d%n",
                (System.nanoTime() - started) / 1_000_000, c.count(), c.hash(), touchingFigures.size());
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public long fullMatch() {
        int[][] result = engine.matchAll(data.compiled);
        long total = 0;
        for (int[] r : result) {
            total += r.length;
        }
        return total;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 3, time = 5)
    public int newPolicy() {
        Rule rule = newRules.get(next++ & 63);
        return engine.match(new CompiledRule(next, rule, false, data.table, PolicyBenchData.AS_OF)).length;
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 3, time = 5)
    public void changedEntity(Blackhole bh) {
        int i = next++;
        EntityFacts[] pair = changes.get(i % changes.size());
        EntityFacts facts = pair[(i / changes.size()) & 1];
        String code = data.table.code(data.table.rowOf(codeOf(i % changes.size())));
        int row = data.table.put(code, facts);
        for (CompiledRule rule : touchingFigures) {
            bh.consume(rule.matches(row));
        }
    }

    private String codeOf(int sampleIndex) {
        return data.table.code(sampleIndex * 600);
    }
}
