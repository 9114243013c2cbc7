package cn.yingshang.policy.internal;

import cn.yingshang.registry.EntityKind;
import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.shared.EnterpriseSize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One rule's conditions as bitmaps over the {@link EntityColumns} rows: from the index for
 * equality, prefix and label conditions, by one sequential pass over the column for numeric ones,
 * and combined with the three-valued rules for any/not groups. A row is in a condition's bitmap
 * iff the condition is TRUE for it. A full match passes one cache so rules share them.
 */
@cn.yingshang.shared.DomainType
final class RuleBitmaps {

    private final CompiledRule rule;
    private final EntityColumns table;
    private final LocalDate asOf;

    RuleBitmaps(CompiledRule rule, EntityColumns table, LocalDate asOf) {
        this.rule = rule;
        this.table = table;
        this.asOf = asOf;
    }

    /** A bitmap with its number of set bits. */
    record Bitmap(long[] bits, long cardinality) {
        static Bitmap of(long[] bits) {
            return new Bitmap(bits, RuleBitmaps.cardinality(bits));
        }
    }

    /** A required condition answered exactly by a bitmap: a row is in it iff the condition is TRUE for it. */
    record Indexed(Rule.Leaf leaf, Bitmap bitmap) {
        long[] bits() {
            return bitmap.bits();
        }
    }

    /**
     * The bitmaps the index offers for this rule's required conditions, most selective first;
     * empty: scan all rows. {@code cache} shares them between the rules of one full match (many
     * share a region scope, a size or a threshold).
     */
    List<Indexed> candidates(Map<String, Bitmap> cache) {
        List<Indexed> out = new ArrayList<>();
        for (Rule.Leaf l : rule.rule().requiredLeaves()) {
            if (isIndexed(l)) {
                out.add(new Indexed(l, cached(cache, l, () -> bitmap(l))));
            }
        }
        out.sort(Comparator.comparingLong(x -> x.bitmap().cardinality()));
        return out;
    }

    /**
     * Bitmaps for the required numeric conditions, each built by one sequential pass over its
     * column: cheaper than checking scattered candidate rows once the candidates are many.
     */
    List<Indexed> scanned(Map<String, Bitmap> cache) {
        List<Indexed> out = new ArrayList<>();
        for (Rule.Leaf l : rule.rule().requiredLeaves()) {
            if (isScannable(l)) {
                out.add(new Indexed(l, cached(cache, l, () -> scan(l))));
            }
        }
        return out;
    }

    /**
     * The rows where each any/not part under the top-level all is TRUE, as bitmaps combined from
     * leaf bitmaps with the three-valued rules (T(any) = ∨T, T(not x) = F(x), F(leaf) = known ∧ ¬T(leaf),
     * F(all) = ∨F, F(any) = ∧F); empty when some leaf has no bitmap (then the walk checks the rows).
     */
    Optional<List<long[]>> residual(Map<String, Bitmap> cache) {
        List<Rule> parts = new ArrayList<>();
        CompiledRule.collectResidual(rule.rule(), parts);
        List<long[]> out = new ArrayList<>();
        for (Rule part : parts) {
            long[] bits = truth(part, true, cache);
            if (bits == null) {
                return Optional.empty();
            }
            out.add(bits);
        }
        return Optional.of(out);
    }

    /** The rows where {@code r} is TRUE (or, with {@code wanted} false, FALSE); null when a leaf has no bitmap. */
    private long[] truth(Rule r, boolean wanted, Map<String, Bitmap> cache) {
        return switch (r) {
            case Rule.Not n -> truth(n.child(), !wanted, cache);
            case Rule.All a -> combine(a.children(), wanted, wanted, cache);
            case Rule.Any a -> combine(a.children(), !wanted, wanted, cache);
            case Rule.Leaf l -> {
                long[] t = isIndexed(l) ? cached(cache, l, () -> bitmap(l)).bits()
                        : isScannable(l) ? cached(cache, l, () -> scan(l)).bits() : null;
                yield t == null || wanted ? t : andNot(known(l.attr(), cache), t);
            }
        };
    }

    private long[] combine(List<Rule> children, boolean intersect, boolean wanted, Map<String, Bitmap> cache) {
        long[] out = null;
        for (Rule c : children) {
            long[] bits = truth(c, wanted, cache);
            if (bits == null) {
                return null;
            }
            out = out == null ? Arrays.copyOf(bits, words()) : merge(out, bits, intersect);
        }
        return out;
    }

    private int words() {
        return (table.size() + 63) >>> 6;
    }

    private long[] merge(long[] into, long[] bits, boolean intersect) {
        for (int w = 0; w < into.length; w++) {
            long b = w < bits.length ? bits[w] : 0;
            into[w] = intersect ? into[w] & b : into[w] | b;
        }
        return into;
    }

    private long[] andNot(long[] known, long[] bits) {
        long[] out = new long[words()];
        for (int w = 0; w < out.length; w++) {
            out[w] = (w < known.length ? known[w] : 0) & ~(w < bits.length ? bits[w] : 0);
        }
        return out;
    }

    /** The rows where the attribute has a value (labels are never unknown: absent means FALSE). */
    private long[] known(Attribute attr, Map<String, Bitmap> cache) {
        Supplier<long[]> build = () -> {
            long[] out = new long[words()];
            switch (attr) {
                case REGION -> table.byRegion.values().forEach(b -> merge(out, b.words, false));
                case INDUSTRY -> table.byIndustry.values().forEach(b -> merge(out, b.words, false));
                case SIZE -> Arrays.stream(table.bySize).forEach(b -> merge(out, b.words, false));
                case KIND -> Arrays.stream(table.byKind).forEach(b -> merge(out, b.words, false));
                case CREDIT_CLASS -> Arrays.stream(table.byCreditClass).forEach(b -> merge(out, b.words, false));
                case DISHONEST -> Arrays.stream(table.byDishonest).forEach(b -> merge(out, b.words, false));
                case QUALIFICATIONS, TAGS -> Arrays.fill(out, -1L);
                case AGE_YEARS, HEADCOUNT, REVENUE, ASSETS ->
                        merge(out, scan(new Rule.Leaf(attr, Op.GTE, Double.NEGATIVE_INFINITY)), false);
                case OWNERSHIP -> throw new IllegalArgumentException("ownership is never a condition (003 §11)");
            }
            return out;
        };
        if (cache == null) {
            return build.get();
        }
        return cache.computeIfAbsent("known|" + attr.key(), k -> Bitmap.of(build.get())).bits();
    }

    private Bitmap cached(Map<String, Bitmap> cache, Rule.Leaf l, Supplier<long[]> build) {
        if (cache == null) {
            return Bitmap.of(build.get());
        }
        // ages depend on the evaluation date; everything else only on the table
        String key = l.attr().key() + "|" + l.op().key() + "|" + RuleFormat.plainValue(l)
                + (l.attr() == Attribute.AGE_YEARS ? "|" + asOf : "");
        return cache.computeIfAbsent(key, k -> Bitmap.of(build.get()));
    }

    static boolean isIndexed(Rule.Leaf l) {
        return switch (l.attr()) {
            case REGION, INDUSTRY, SIZE, KIND, CREDIT_CLASS -> l.op() == Op.EQ || l.op() == Op.IN || l.op() == Op.PREFIX;
            case QUALIFICATIONS, TAGS -> l.op() == Op.HAS;
            case DISHONEST -> l.op() == Op.EQ;
            default -> false;
        };
    }

    static boolean isScannable(Rule.Leaf l) {
        return switch (l.attr()) {
            case AGE_YEARS, HEADCOUNT, REVENUE, ASSETS -> true;
            default -> false;
        };
    }

    private long[] bitmap(Rule.Leaf l) {
        return switch (l.attr()) {
            case REGION -> union(table.regions, table.byRegion, l);
            case INDUSTRY -> union(table.industries, table.byIndustry, l);
            case SIZE -> enumUnion(l, EnterpriseSize.values(), table.bySize);
            case KIND -> enumUnion(l, EntityKind.values(), table.byKind);
            case CREDIT_CLASS -> enumUnion(l, CreditRiskClass.values(), table.byCreditClass);
            case DISHONEST -> table.byDishonest[Boolean.TRUE.equals(l.value()) ? 1 : 0].words;
            case QUALIFICATIONS, TAGS -> {
                int id = table.labels.find(l.text());
                EntityColumns.Bits b = id < 0 ? null
                        : (l.attr() == Attribute.TAGS ? table.byTag : table.byQualification).get(id);
                yield b == null ? new long[0] : b.words;
            }
            default -> throw new IllegalArgumentException(l.attr().key());
        };
    }

    /** The rows where a numeric leaf is TRUE, by one pass over the whole column. */
    long[] scan(Rule.Leaf l) {
        int rows = table.size();
        long[] out = new long[(rows + 63) >>> 6];
        switch (l.attr()) {
            case AGE_YEARS -> {
                long[] e = rule.establishedBounds(l);
                long after = e[0];
                long until = e[1];
                int[] col = table.established;
                for (int r = 0; r < rows; r++) {
                    int v = col[r];
                    if (v != 0 && v > after && v <= until) {
                        out[r >>> 6] |= 1L << r;
                    }
                }
            }
            case HEADCOUNT -> {
                long[] b = CompiledRule.wholeBounds(l);
                long lo = Math.max(0, b[0]);
                long hi = b[1];
                int[] col = table.headcount;
                for (int r = 0; r < rows; r++) {
                    int v = col[r];
                    if (v >= lo && v <= hi) {
                        out[r >>> 6] |= 1L << r;
                    }
                }
            }
            case REVENUE, ASSETS -> {
                double[] b = CompiledRule.bounds(l);
                double lo = b[0];
                double hi = b[1];
                double[] col = l.attr() == Attribute.REVENUE ? table.revenue : table.assets;
                for (int r = 0; r < rows; r++) {
                    double v = col[r];
                    if (v >= lo && v <= hi) { // NaN (unknown) fails both
                        out[r >>> 6] |= 1L << r;
                    }
                }
            }
            default -> throw new IllegalArgumentException(l.attr().key());
        }
        return out;
    }

    private static long[] enumUnion(Rule.Leaf l, Enum<?>[] constants, EntityColumns.Bits[] index) {
        List<EntityColumns.Bits> sets = new ArrayList<>();
        for (Enum<?> e : constants) {
            if (l.op() == Op.EQ ? e.name().equals(l.value()) : l.list().contains(e.name())) {
                sets.add(index[e.ordinal()]);
            }
        }
        return sets.isEmpty() ? new long[0] : or(sets);
    }

    private static long[] union(EntityColumns.Dictionary dict, Map<Integer, EntityColumns.Bits> index, Rule.Leaf l) {
        List<EntityColumns.Bits> sets = new ArrayList<>();
        for (int i = 0; i < dict.size(); i++) {
            if (CompiledRule.codeMatches(l, dict.value(i))) {
                EntityColumns.Bits b = index.get(i);
                if (b != null) {
                    sets.add(b);
                }
            }
        }
        return or(sets);
    }

    private static long[] or(List<EntityColumns.Bits> sets) {
        if (sets.size() == 1) {
            return sets.get(0).words;
        }
        int n = 0;
        for (EntityColumns.Bits b : sets) {
            n = Math.max(n, b.words.length);
        }
        long[] out = new long[n];
        for (EntityColumns.Bits b : sets) {
            long[] w = b.words;
            for (int i = 0; i < w.length; i++) {
                out[i] |= w[i];
            }
        }
        return out;
    }

    static long cardinality(long[] words) {
        long c = 0;
        for (long w : words) {
            c += Long.bitCount(w);
        }
        return c;
    }
}
