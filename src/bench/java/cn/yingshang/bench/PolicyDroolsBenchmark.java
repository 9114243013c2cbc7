package cn.yingshang.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.StatelessKieSession;
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

/**
 * The same entities and policies in Drools 10 (one rule per policy, executable model, stateless
 * sessions over chunks of facts, one chunk stream per core like the engine). Every run's match
 * set is compared by hash with the engine's, computed in the same fork.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx8g", "-Xms4g"})
public class PolicyDroolsBenchmark {

    static final int CHUNK = 20_000;

    @Param("2500000")
    public int entities;

    @Param("1000")
    public int policies;

    PolicyBenchData data;
    KieBase kieBase;
    long engineHash;
    long engineCount;

    @Setup(Level.Trial)
    public void setUp() {
        long started = System.nanoTime();
        data = new PolicyBenchData(entities, policies, true);
        MatchCollector engine = data.engineMatches();
        engineHash = engine.hash();
        engineCount = engine.count();
        String drl = PolicyDrl.of(data.rules, data.autoGrant);
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.write("src/main/resources/cn/yingshang/bench/rules/policies.drl", drl);
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException("DRL: " + builder.getResults().getMessages(Message.Level.ERROR));
        }
        kieBase = ks.newKieContainer(ks.getRepository().getDefaultReleaseId()).getKieBase();
        System.out.printf("%nsetup %d ms (data, engine reference and Drools build); engine matches=%d hash=%016x%n",
                (System.nanoTime() - started) / 1_000_000, engineCount, engineHash);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 2)
    public long droolsFullMatch() {
        int chunks = (data.facts.size() + CHUNK - 1) / CHUNK;
        MatchCollector[] perCore = {new MatchCollector(), new MatchCollector()};
        IntStream.range(0, 2).parallel().forEach(core -> {
            StatelessKieSession session = kieBase.newStatelessKieSession();
            session.setGlobal("collector", perCore[core]);
            for (int c = core; c < chunks; c += 2) {
                List<EntityFact> chunk = new ArrayList<>(data.facts.subList(c * CHUNK, Math.min(data.facts.size(), (c + 1) * CHUNK)));
                session.execute(chunk);
            }
        });
        MatchCollector all = new MatchCollector();
        all.merge(perCore[0]);
        all.merge(perCore[1]);
        if (all.hash() != engineHash || all.count() != engineCount) {
            throw new IllegalStateException(String.format("match sets differ: drools %d/%016x, engine %d/%016x",
                    all.count(), all.hash(), engineCount, engineHash));
        }
        System.out.printf("drools matches=%d hash=%016x (identical to engine)%n", all.count(), all.hash());
        return all.count();
    }
}
