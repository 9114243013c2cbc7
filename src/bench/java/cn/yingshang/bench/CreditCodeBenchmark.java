package cn.yingshang.bench;

import cn.yingshang.demo.DemoEntityGenerator;
import cn.yingshang.shared.CreditCode;
import java.time.LocalDate;
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

/** CreditCode validation throughput over a pool of realistic codes, one in ten with a wrong check character. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class CreditCodeBenchmark {

    private String[] codes;
    private int next;

    @Setup
    public void codes() {
        DemoEntityGenerator generator = new DemoEntityGenerator(7, 4096, LocalDate.of(2026, 1, 1));
        codes = new String[4096];
        for (int i = 0; i < codes.length; i++) {
            String code = generator.next().entity().creditCode().value();
            codes[i] = i % 10 == 0 ? code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0') : code;
        }
    }

    @Benchmark
    public boolean check() {
        String code = codes[next++ & 4095];
        return CreditCode.check(code).valid();
    }
}
