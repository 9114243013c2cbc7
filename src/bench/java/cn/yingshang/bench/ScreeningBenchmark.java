package cn.yingshang.bench;

import cn.yingshang.review.ScreeningFinding;
import cn.yingshang.review.internal.ClauseModel;
import cn.yingshang.review.internal.StandardSet;
import cn.yingshang.review.internal.StandardsJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
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
 * Fair competition screening throughput: one operation screens a draft of exactly 1 MiB of UTF-8
 * text (the labelled clauses, violating and compliant, shuffled into paragraphs) against the
 * shipped 25 standards. ops/s × 1 MiB = MiB of text screened per second; the target is ≥ 1.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class ScreeningBenchmark {

    static final int BYTES = 1 << 20;

    private StandardSet standards;
    private ClauseModel model;
    private String draft;

    @Setup
    public void draft() throws IOException {
        standards = StandardsJson.shipped();
        model = ClauseModel.shipped();
        List<String> clauses = new ArrayList<>();
        try (InputStream in = ScreeningBenchmark.class.getResourceAsStream("/review/labelled-clauses.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    clauses.add(line.split("\t", 2)[1].strip());
                }
            }
        }
        Random random = new Random(42);
        StringBuilder text = new StringBuilder();
        int bytes = 0;
        int n = 0;
        while (true) {
            Collections.shuffle(clauses, random);
            for (String c : clauses) {
                String piece = (++n % 4 == 0 ? "\n" : "") + c;
                int size = piece.getBytes(StandardCharsets.UTF_8).length;
                if (bytes + size > BYTES) {
                    while (bytes < BYTES) {
                        text.append(' ');
                        bytes++;
                    }
                    draft = text.toString();
                    System.out.printf("draft: %d bytes UTF-8, %d chars, %d standards%n",
                            draft.getBytes(StandardCharsets.UTF_8).length, draft.length(), standards.standards().size());
                    return;
                }
                text.append(piece);
                bytes += size;
            }
        }
    }

    @Benchmark
    public List<ScreeningFinding> screenOneMebibyte() {
        return standards.screen(draft);
    }

    /** What the platform ships: the rules and the clause model, which scores every clause. */
    @Benchmark
    public List<ScreeningFinding> screenOneMebibyteWithModel() {
        return standards.screen(draft, model, (s, score) -> s.reason());
    }
}
