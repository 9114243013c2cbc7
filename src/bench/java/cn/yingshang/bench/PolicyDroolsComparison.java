package cn.yingshang.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * One command for issue 4's comparison: runs {@link PolicyDroolsBenchmark}'s engine and Drools
 * full matches in one JMH run on the same data, then prints and writes
 * bench-results/PolicyDroolsComparison-&lt;entities&gt;-&lt;time&gt;.md with both times, the ratio, the
 * match counts and hashes of both forks and the load average before and after.
 * Arguments: entities (default 2500000), policies (default 1000).
 */
public final class PolicyDroolsComparison {

    public static void main(String[] args) throws Exception {
        String entities = args.length > 0 ? args[0] : "2500000";
        String policies = args.length > 1 ? args[1] : "1000";
        Path dir = Path.of("bench-results");
        Files.createDirectories(dir);
        String name = "PolicyDroolsComparison-" + entities + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm"));
        Path log = dir.resolve(name + ".hashes.txt").toAbsolutePath();
        // other engineers' JMH runs share this machine and /tmp/jmh.lock; the load average is reported instead
        System.setProperty("jmh.ignoreLock", "true");
        String loadBefore = loadAverage();
        Options options = new OptionsBuilder()
                .include("cn\\.yingshang\\.bench\\.PolicyDroolsBenchmark\\.(engine|drools)FullMatch")
                .param("entities", entities)
                .param("policies", policies)
                .jvmArgsAppend("-Dpolicy.bench.log=" + log)
                .resultFormat(ResultFormatType.JSON)
                .result(dir.resolve(name + ".json").toString())
                .output(dir.resolve(name + ".txt").toString())
                .build();
        Collection<RunResult> results = new Runner(options).run();
        RunResult engine = find(results, "engineFullMatch");
        RunResult drools = find(results, "droolsFullMatch");
        double engineMs = engine.getPrimaryResult().getScore();
        double droolsMs = drools.getPrimaryResult().getScore();
        String report = String.format("""
                # Policy engine vs Drools, %s entities × %s policies (one JMH run)

                - load average before: %s; after: %s (2-core machine)
                - engine full match: mean %.0f ms (min %.0f, max %.0f, %d shots, -Xmx4g)
                - Drools full match: mean %.0f ms (min %.0f, max %.0f, %d shots, -Xmx10g)
                - ratio Drools / engine: **%.1f×**
                - counts and hashes of the (policy, row) match sets (the Drools fork throws if they differ from the engine's):
                ```
                %s```
                """, entities, policies, loadBefore, loadAverage(),
                engineMs, engine.getPrimaryResult().getStatistics().getMin(), engine.getPrimaryResult().getStatistics().getMax(),
                engine.getPrimaryResult().getStatistics().getN(),
                droolsMs, drools.getPrimaryResult().getStatistics().getMin(), drools.getPrimaryResult().getStatistics().getMax(),
                drools.getPrimaryResult().getStatistics().getN(),
                droolsMs / engineMs, Files.exists(log) ? Files.readString(log) : "(none)\n");
        Files.writeString(dir.resolve(name + ".md"), report);
        System.out.println(report);
    }

    private static RunResult find(Collection<RunResult> results, String method) {
        List<RunResult> found = results.stream().filter(r -> r.getParams().getBenchmark().endsWith(method)).toList();
        if (found.size() != 1) {
            throw new IllegalStateException(method + " did not run");
        }
        return found.get(0);
    }

    private static String loadAverage() throws Exception {
        String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return f[0] + ", " + f[1] + ", " + f[2];
    }
}
