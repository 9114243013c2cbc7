package cn.yingshang.bench;

import cn.yingshang.policy.internal.MatchEngine;
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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The engine and the same entities and policies in Drools 10 (one rule per policy, executable
 * model, stateless sessions over chunks of facts, one chunk stream per core like the engine), in
 * one JMH run: {@link #engineFullMatch} and {@link #droolsFullMatch} run in their own forks on the
 * same generated data. Every Drools shot's match set is compared by hash with the engine's,
 * computed in the same fork; both forks append their counts and hashes to {@code policy.bench.log}.
 * Run both and get the ratio with {@link PolicyDroolsComparison}.
 */
@State(Scope.Benchmark)
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

    MatchEngine engine;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        long started = System.nanoTime();
        boolean drools = params.getBenchmark().endsWith("droolsFullMatch");
        data = new PolicyBenchData(entities, policies, drools);
        engine = new MatchEngine(data.table);
        MatchCollector reference = data.engineMatches();
        engineHash = reference.hash();
        engineCount = reference.count();
        log(String.format("%s fork: engine matches=%d hash=%016x (%d entities x %d policies)", drools ? "drools" : "engine",
                engineCount, engineHash, entities, policies));
        if (!drools) {
            return;
        }
        String drl = PolicyDrl.of(data.rules, data.autoGrant);
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.write("src/main/resources/cn/yingshang/bench/rules/policies.drl", drl);
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException("DRL: " + builder.getResults().getMessages(Message.Level.ERROR));
        }
        kieBase = ks.newKieContainer(ks.getRepository().getDefaultReleaseId()).getKieBase();
        log(String.format("drools rules built; setup %d ms (data, engine reference and Drools build)",
                (System.nanoTime() - started) / 1_000_000));
    }

    /** The engine's full match, as in {@link PolicyMatchBenchmark#fullMatch}, on this class's data. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    @Fork(value = 1, jvmArgs = {"-Xmx4g", "-Xms4g"})
    public long engineFullMatch() {
        long total = 0;
        for (int[] r : engine.matchAll(data.compiled)) {
            total += r.length;
        }
        return total;
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 1)
    @Fork(value = 1, jvmArgs = {"-Xmx10g", "-Xms4g"})
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
        log(String.format("drools matches=%d hash=%016x (identical to engine)", all.count(), all.hash()));
        return all.count();
    }

    /** To the console and, when set, to the file named by {@code policy.bench.log} (read by the comparison driver). */
    static void log(String line) {
        System.out.println(line);
        String file = System.getProperty("policy.bench.log");
        if (file != null) {
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(file), line + System.lineSeparator(),
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
