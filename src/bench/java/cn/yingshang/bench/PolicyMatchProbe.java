package cn.yingshang.bench;

import cn.yingshang.policy.internal.MatchEngine;

/**
 * Repeated full matches on the benchmark data without JMH, for profiling (add
 * {@code -XX:StartFlightRecording=...} in front of the class name). Arguments: entities, rounds.
 */
public final class PolicyMatchProbe {

    public static void main(String[] args) {
        int entities = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        long started = System.nanoTime();
        PolicyBenchData data = new PolicyBenchData(entities, 1000, false);
        System.out.printf("data %d ms%n", (System.nanoTime() - started) / 1_000_000);
        MatchEngine engine = new MatchEngine(data.table);
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            long total = 0;
            for (int[] r : engine.matchAll(data.compiled)) {
                total += r.length;
            }
            System.out.printf("matchAll %d ms, %d matches%n", (System.nanoTime() - t) / 1_000_000, total);
        }
    }
}
