package cn.yingshang.policy.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Matches rules against the entity table without evaluating every pair: each rule's required
 * equality/prefix conditions on indexed attributes select candidates from the bitmaps (all of
 * them intersected word by word), the remaining conditions narrow them column by column, and
 * only rules with any/not groups walk those groups for the survivors. In a full match the
 * bitmaps (including scanned numeric thresholds) are built once and shared by all rules.
 */
@cn.yingshang.shared.DomainType
public final class MatchEngine {

    /**
     * Numeric conditions and any/not groups become bitmaps (one sequential pass over a column each)
     * when the indexed conditions leave more than rows / this many candidates; fewer candidates
     * are checked row by row.
     */
    static final int SCAN_DIVISOR = 8;

    private final EntityColumns table;
    private final int scanDivisor;

    public MatchEngine(EntityColumns table) {
        this(table, SCAN_DIVISOR);
    }

    /** {@code scanDivisor} 0: never scan a numeric column; very large: always. */
    MatchEngine(EntityColumns table, int scanDivisor) {
        this.table = table;
        this.scanDivisor = scanDivisor;
    }

    public EntityColumns table() {
        return table;
    }

    /**
     * The rows (ascending) whose entity the rule matches: candidates from the bitmaps of all the
     * indexed conditions (and, when candidates are many, of the numeric ones), narrowed
     * column-at-a-time by every other condition the rule requires, and only where the rule has
     * any/not groups, verified by the three-valued walk of those groups.
     */
    public int[] match(CompiledRule rule) {
        return match(rule, null);
    }

    private int[] match(CompiledRule rule, Map<String, RuleBitmaps.Bitmap> cache) {
        int rows = table.size();
        List<RuleBitmaps.Indexed> indexed = new ArrayList<>(rule.bitmaps().candidates(cache));
        long estimate = indexed.isEmpty() ? rows : indexed.get(0).bitmap().cardinality();
        List<long[]> groups = List.of();
        boolean walk = !rule.isConjunction();
        if (estimate * scanDivisor > rows) {
            indexed.addAll(rule.bitmaps().scanned(cache));
            indexed.sort(Comparator.comparingLong(x -> x.bitmap().cardinality()));
            if (walk) {
                Optional<List<long[]>> residual = rule.bitmaps().residual(cache);
                if (residual.isPresent()) {
                    groups = residual.get();
                    walk = false;
                }
            }
        }
        Set<Rule.Leaf> answered = Collections.newSetFromMap(new IdentityHashMap<>());
        indexed.forEach(x -> answered.add(x.leaf()));
        long[] active = table.active.words;
        long[] excluded = rule.autoGrant() ? table.excluded.words : new long[0];
        int words = (rows + 63) >>> 6;
        int[] cand = BUFFER.get();
        if (cand.length < rows) {
            cand = new int[Math.max(rows, 1024)];
            BUFFER.set(cand);
        }
        int n = 0;
        long[][] maps = java.util.stream.Stream.concat(indexed.stream().map(RuleBitmaps.Indexed::bits), groups.stream())
                .toArray(long[][]::new);
        for (int w = 0; w < words; w++) {
            long bits = w < active.length ? active[w] : 0;
            if (w < excluded.length) {
                bits &= ~excluded[w]; // 免申即享 skips entities excluded by a dishonesty measure
            }
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
        if (walk) {
            n = rule.keepMatching(cand, n);
        }
        return Arrays.copyOf(cand, n);
    }

    private static final ThreadLocal<int[]> BUFFER = ThreadLocal.withInitial(() -> new int[0]);

    /** Every rule against every entity, rules spread over the cores, bitmaps shared between rules. */
    public int[][] matchAll(List<CompiledRule> rules) {
        int[][] result = new int[rules.size()][];
        Map<String, RuleBitmaps.Bitmap> cache = new ConcurrentHashMap<>();
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
