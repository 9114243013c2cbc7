package cn.yingshang.bench;

import cn.yingshang.policy.internal.MatchEngine;

public final class PolicyMatchProbe {
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        long t0 = System.nanoTime();
        PolicyBenchData data = new PolicyBenchData(n, 1000, false);
        System.out.printf("data %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        MatchEngine engine = new MatchEngine(data.table);
        for (int i = 0; i < Integer.parseInt(args[1]); i++) {
            long t = System.nanoTime();
            int[][] r = engine.matchAll(data.compiled);
            long total = 0;
            for (int[] x : r) total += x.length;
            System.out.printf("matchAll %d ms, %d matches%n", (System.nanoTime() - t) / 1_000_000, total);
        }
    }
}
