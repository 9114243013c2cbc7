package cn.yingshang.bench;

import cn.yingshang.inspection.internal.DrawVerifier;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The same 2.5M-entity draw as {@link InspectionDrawBenchmark}, timed run by run with both wall
 * time and the process's CPU time: on a shared machine the wall time says how busy the machine was,
 * the CPU time what the draw itself costs. Writes bench-results/inspection-draw-driver-&lt;time&gt;.txt.
 */
public final class InspectionDrawDriver {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        InspectionDrawBenchmark bench = new InspectionDrawBenchmark();
        bench.registry();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        StringBuilder out = new StringBuilder("run,operation,wall_ms,cpu_ms,pool,excluded,drawn,selection_sha256\n");
        String first = null;
        for (int r = 1; r <= runs; r++) {
            for (String op : new String[]{"freezeAndDraw", "recomputeFromPublishedPool"}) {
                long cpu = os.getProcessCpuTime();
                long wall = System.nanoTime();
                DrawVerifier.Summary s = op.equals("freezeAndDraw") ? bench.freeze()
                        : DrawVerifier.recompute(bench.publishedPool, InspectionDrawBenchmark.SEED, InspectionDrawBenchmark.A,
                        InspectionDrawBenchmark.B, InspectionDrawBenchmark.C, InspectionDrawBenchmark.D);
                long wallMs = (System.nanoTime() - wall) / 1_000_000;
                long cpuMs = (os.getProcessCpuTime() - cpu) / 1_000_000;
                if (first == null) {
                    first = s.selectionHash();
                } else if (!first.equals(s.selectionHash())) {
                    throw new IllegalStateException("same seed and snapshot, different selection");
                }
                out.append(r).append(',').append(op).append(',').append(wallMs).append(',').append(cpuMs).append(',')
                        .append(s.poolSize()).append(',').append(s.excluded()).append(',').append(s.selected()).append(',')
                        .append(s.selectionHash()).append('\n');
            }
        }
        out.append("# cores=").append(Runtime.getRuntime().availableProcessors()).append(" load_average_1min=")
                .append(os.getSystemLoadAverage()).append('\n');
        Files.createDirectories(Path.of("bench-results"));
        Path file = Path.of("bench-results", "inspection-draw-driver-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".txt");
        Files.writeString(file, out);
        System.out.print(out);
        System.out.println("Results: " + file.toAbsolutePath());
    }
}
