package cn.yingshang.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the JMH benchmarks whose class name matches the argument ({@code all} for every one) and
 * writes the results to bench-results/&lt;name&gt;-&lt;time&gt;.json and .txt.
 * Load drivers that are not JMH benchmarks are plain main classes run with exec:exec@driver.
 */
public final class BenchmarkMain {

    public static void main(String[] args) throws Exception {
        String name = args.length == 0 || args[0].isBlank() ? "all" : args[0];
        String include = name.equals("all") ? "cn\\.yingshang\\.bench\\..*Benchmark.*" : ".*" + name + ".*";
        Path dir = Path.of("bench-results");
        Files.createDirectories(dir);
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path json = dir.resolve(name + "-" + stamp + ".json");
        Options options = new OptionsBuilder()
                .include(include)
                .resultFormat(ResultFormatType.JSON)
                .result(json.toString())
                .output(dir.resolve(name + "-" + stamp + ".txt").toString())
                .build();
        new Runner(options).run();
        System.out.println("Results: " + json.toAbsolutePath());
    }
}
