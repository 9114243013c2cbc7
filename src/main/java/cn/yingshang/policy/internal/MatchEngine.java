package cn.yingshang.policy.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Matches rules against the entity table without evaluating every pair: each rule's required
 * equality/prefix conditions on indexed attributes select candidates from the bitmaps (all of
 * them intersected word by word), the remaining conditions narrow them column by column, and
 * only rules with any/not groups walk the tree for the survivors.
 */
public final class MatchEngine {

    private final EntityColumns table;

    public MatchEngine(EntityColumns table) {
        this.table = table;
    }

    public EntityColumns table() {
        return table;
    }

    /**
     * The rows (ascending) whose entity the rule matches: candidates from the bitmaps of all the
     * indexed conditions, narrowed column-at-a-time by every other condition the rule
     * requires, and only where the rule has any/not groups, verified by the full three-valued walk.
     */
    public int[] match(CompiledRule rule) {
        return match(rule, null);
    }

    private int[] match(CompiledRule rule, java.util.Map<String, long[]> cache) {
        List<CompiledRule.Indexed> indexed = rule.candidateBitmaps(cache);
        java.util.Set<Rule.Leaf> answered = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        indexed.forEach(x -> answered.add(x.leaf()));
        long[] active = table.active.words;
        int rows = table.size();
        int words = (rows + 63) >>> 6;
        int[] cand = BUFFER.get();
        if (cand.length < rows) {
            cand = new int[Math.max(rows, 1024)];
            BUFFER.set(cand);
        }
        int n = 0;
        long[][] maps = indexed.stream().map(CompiledRule.Indexed::bits).toArray(long[][]::new);
        for (int w = 0; w < words; w++) {
            long bits = w < active.length ? active[w] : 0;
            for (int m = 0; m < maps.length && bits != 0; m++) {
                bits &= w < maps[m].length ? maps[m][w] : 0;
            }
            while (bits != 0) {
                int row = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                if (row < rows) {
                    cand[n++] = row;
                }
            }
        }
        for (Rule.Leaf leaf : rule.rule().requiredLeaves()) {
            if (n == 0) {
                break;
            }
            if (!answered.contains(leaf)) {
                n = rule.keepTrue(leaf, cand, n);
            }
        }
        n = rule.keepGrantable(cand, n);
        if (!rule.isConjunction()) {
            n = rule.keepMatching(cand, n);
        }
        return Arrays.copyOf(cand, n);
    }

    private static final ThreadLocal<int[]> BUFFER = ThreadLocal.withInitial(() -> new int[0]);

    /** Every rule against every entity, rules spread over the cores. */
    public int[][] matchAll(List<CompiledRule> rules) {
        int[][] result = new int[rules.size()][];
        java.util.Map<String, long[]> cache = new java.util.concurrent.ConcurrentHashMap<>();
        IntStream.range(0, rules.size()).parallel().forEach(i -> result[i] = match(rules.get(i), cache));
        return result;
    }

    /** After one entity changed: the rules it now matches, among those reading any changed attribute. */
    public static boolean touches(CompiledRule rule, Set<Attribute> changed) {
        for (Attribute a : changed) {
            if (rule.attributes().contains(a)) {
                return true;
            }
        }
        return false;
    }
}
