package cn.yingshang.policy.internal;

import cn.yingshang.registry.EntityKind;
import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.shared.EnterpriseSize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A rule turned into checks over {@link EntityColumns} rows for one evaluation date, with the same
 * three-valued answers as {@link RuleEvaluator}: {@link #FALSE}, {@link #TRUE}, {@link #UNKNOWN}.
 */
public final class CompiledRule {

    static final int FALSE = 0;
    static final int TRUE = 1;
    static final int UNKNOWN = 2;

    interface Check {
        int test(int row);
    }

    private final long id;
    private final Rule rule;
    private final boolean autoGrant;
    private final Set<Attribute> attributes;
    private final EntityColumns table;
    private final Check check;
    /** The rule's any/not parts under its top-level all: what is left once every required leaf is TRUE. */
    private final Check residual;
    private final int asOfYear;
    private final int asOfMonthDay;
    private final boolean conjunction;

    public CompiledRule(long id, Rule rule, boolean autoGrant, EntityColumns table, LocalDate asOf) {
        this.id = id;
        this.rule = rule;
        this.autoGrant = autoGrant;
        this.table = table;
        this.attributes = rule.attributes();
        this.asOfYear = asOf.getYear();
        this.asOfMonthDay = asOf.getMonthValue() * 100 + asOf.getDayOfMonth();
        this.check = compile(rule);
        this.residual = residual(rule);
        this.conjunction = isConjunction(rule);
    }

    private Check residual(Rule r) {
        if (!(r instanceof Rule.All)) {
            return check;
        }
        List<Rule> rest = new ArrayList<>();
        collectResidual(r, rest);
        return compile(new Rule.All(rest));
    }

    private static void collectResidual(Rule r, List<Rule> out) {
        switch (r) {
            case Rule.All a -> a.children().forEach(c -> collectResidual(c, out));
            case Rule.Leaf l -> {
            }
            default -> out.add(r);
        }
    }

    private static boolean isConjunction(Rule r) {
        return switch (r) {
            case Rule.All a -> a.children().stream().allMatch(CompiledRule::isConjunction);
            case Rule.Leaf l -> true;
            default -> false;
        };
    }

    /** Only {@code all} and leaves: rows passing every leaf are exactly the rows where the rule is TRUE. */
    boolean isConjunction() {
        return conjunction;
    }

    /**
     * Keeps, in place, the rows of {@code rows[0..n)} for which the leaf is TRUE; returns the new
     * count. One tight loop over one primitive column per leaf (column-at-a-time), far cheaper
     * than walking the rule tree per row.
     */
    int keepTrue(Rule.Leaf l, int[] rows, int n) {
        EntityColumns t = table;
        int k = 0;
        switch (l.attr()) {
            case REGION, INDUSTRY -> {
                boolean region = l.attr() == Attribute.REGION;
                int[] col = region ? t.region : t.industry;
                boolean[] ok = answers(l, region ? t.regions : t.industries);
                for (int i = 0; i < n; i++) {
                    int id = col[rows[i]];
                    if (id >= 0 && id < ok.length && ok[id]) {
                        rows[k++] = rows[i];
                    }
                }
            }
            case SIZE, KIND, CREDIT_CLASS -> {
                byte[] col = l.attr() == Attribute.SIZE ? t.size : l.attr() == Attribute.KIND ? t.kind : t.creditClass;
                Enum<?>[] constants = l.attr() == Attribute.SIZE ? EnterpriseSize.values()
                        : l.attr() == Attribute.KIND ? EntityKind.values() : CreditRiskClass.values();
                boolean[] ok = new boolean[constants.length];
                for (Enum<?> e : constants) {
                    ok[e.ordinal()] = l.op() == Op.EQ ? e.name().equals(l.value()) : l.list().contains(e.name());
                }
                for (int i = 0; i < n; i++) {
                    int v = col[rows[i]];
                    if (v >= 0 && ok[v]) {
                        rows[k++] = rows[i];
                    }
                }
            }
            case DISHONEST -> {
                byte want = (byte) (Boolean.TRUE.equals(l.value()) ? 1 : 0);
                byte[] col = t.dishonest;
                for (int i = 0; i < n; i++) {
                    if (col[rows[i]] == want) {
                        rows[k++] = rows[i];
                    }
                }
            }
            case AGE_YEARS -> {
                long[] e = establishedBounds(l);
                long after = e[0];
                long until = e[1];
                int[] col = t.established;
                for (int i = 0; i < n; i++) {
                    int v = col[rows[i]];
                    if (v != 0 && v > after && v <= until) {
                        rows[k++] = rows[i];
                    }
                }
            }
            case HEADCOUNT -> {
                long[] b = wholeBounds(l);
                long lo = Math.max(0, b[0]);
                long hi = b[1];
                int[] col = t.headcount;
                for (int i = 0; i < n; i++) {
                    int v = col[rows[i]];
                    if (v >= lo && v <= hi) {
                        rows[k++] = rows[i];
                    }
                }
            }
            case REVENUE, ASSETS -> {
                double[] b = bounds(l);
                double[] col = l.attr() == Attribute.REVENUE ? t.revenue : t.assets;
                for (int i = 0; i < n; i++) {
                    double v = col[rows[i]];
                    if (v >= b[0] && v <= b[1]) { // NaN (unknown) fails both
                        rows[k++] = rows[i];
                    }
                }
            }
            case QUALIFICATIONS, TAGS -> {
                int id = t.labels.find(l.text());
                if (id < 0) {
                    return 0;
                }
                int[][] col = l.attr() == Attribute.QUALIFICATIONS ? t.qualifications : t.tags;
                for (int i = 0; i < n; i++) {
                    for (int x : col[rows[i]]) {
                        if (x == id) {
                            rows[k++] = rows[i];
                            break;
                        }
                    }
                }
            }
            case OWNERSHIP -> throw new IllegalArgumentException("ownership is never a condition (003 §11)");
        }
        return k;
    }

    /**
     * Whole numbers of years as a range of establishment dates (yyyymmdd): ageYears in [lo, hi] iff
     * after &lt; established &lt;= until. Avoids computing the age per row; same answers as the
     * evaluator, including the completed-anniversary rule and 0 for future dates.
     */
    long[] establishedBounds(Rule.Leaf l) {
        long[] years = wholeBounds(l);
        long until = latestEstablished(years[0]);
        long after = years[1] >= 10_000 ? Long.MIN_VALUE : latestEstablished(years[1] + 1);
        return new long[] {after, until};
    }

    /** The latest establishment date (yyyymmdd) at which an entity has completed {@code years} years as of the date. */
    private long latestEstablished(long years) {
        if (years <= 0) {
            return Long.MAX_VALUE;
        }
        if (years > 10_000) {
            return Long.MIN_VALUE;
        }
        return (asOfYear - years) * 10_000 + asOfMonthDay;
    }

    /** Bounds for a whole-number attribute: a value v satisfies the leaf iff lo &lt;= v &lt;= hi. */
    static long[] wholeBounds(Rule.Leaf l) {
        double[] b = bounds(l);
        return new long[] {(long) Math.ceil(b[0]), (long) Math.floor(b[1])};
    }

    /** Keeps the rows for which the rule is TRUE, given every required leaf is TRUE for them. */
    int keepMatching(int[] rows, int n) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (residual.test(rows[i]) == TRUE) {
                rows[k++] = rows[i];
            }
        }
        return k;
    }

    private static double[] bounds(Rule.Leaf l) {
        return switch (l.op()) {
            case EQ -> new double[] {l.number(), l.number()};
            case GTE -> new double[] {l.number(), Double.POSITIVE_INFINITY};
            case LTE -> new double[] {Double.NEGATIVE_INFINITY, l.number()};
            case BETWEEN -> l.range();
            default -> throw new IllegalArgumentException(l.op().key());
        };
    }

    public long id() {
        return id;
    }

    public Rule rule() {
        return rule;
    }

    public boolean autoGrant() {
        return autoGrant;
    }

    public Set<Attribute> attributes() {
        return attributes;
    }

    /** Eligible (true, not unknown), active, and for 免申即享 not excluded by a dishonesty measure. */
    public boolean matches(int row) {
        return table.active.get(row) && !(autoGrant && table.excludedFromAutoGrant[row]) && check.test(row) == TRUE;
    }

    boolean matchesActive(int row) {
        return !(autoGrant && table.excludedFromAutoGrant[row]) && check.test(row) == TRUE;
    }

    private Check compile(Rule r) {
        return switch (r) {
            case Rule.All a -> {
                Check[] cs = a.children().stream().map(this::compile).toArray(Check[]::new);
                yield row -> {
                    int result = TRUE;
                    for (Check c : cs) {
                        int v = c.test(row);
                        if (v == FALSE) {
                            return FALSE;
                        }
                        if (v == UNKNOWN) {
                            result = UNKNOWN;
                        }
                    }
                    return result;
                };
            }
            case Rule.Any a -> {
                Check[] cs = a.children().stream().map(this::compile).toArray(Check[]::new);
                yield row -> {
                    int result = FALSE;
                    for (Check c : cs) {
                        int v = c.test(row);
                        if (v == TRUE) {
                            return TRUE;
                        }
                        if (v == UNKNOWN) {
                            result = UNKNOWN;
                        }
                    }
                    return result;
                };
            }
            case Rule.Not n -> {
                Check c = compile(n.child());
                yield row -> {
                    int v = c.test(row);
                    return v == UNKNOWN ? UNKNOWN : 1 - v;
                };
            }
            case Rule.Leaf l -> leaf(l);
        };
    }

    private Check leaf(Rule.Leaf l) {
        EntityColumns t = table;
        return switch (l.attr()) {
            case REGION -> codeCheck(l, t.regions, true);
            case INDUSTRY -> codeCheck(l, t.industries, false);
            case SIZE -> enumCheck(l, EnterpriseSize.class, row -> t.size[row]);
            case KIND -> enumCheck(l, EntityKind.class, row -> t.kind[row]);
            case CREDIT_CLASS -> enumCheck(l, CreditRiskClass.class, row -> t.creditClass[row]);
            case DISHONEST -> {
                int want = Boolean.TRUE.equals(l.value()) ? 1 : 0;
                yield row -> t.dishonest[row] < 0 ? UNKNOWN : t.dishonest[row] == want ? TRUE : FALSE;
            }
            case AGE_YEARS -> numberCheck(l, row -> {
                int e = t.established[row];
                if (e == 0) {
                    return Double.NaN;
                }
                int years = asOfYear - e / 10000 - (asOfMonthDay < e % 10000 ? 1 : 0);
                return Math.max(0, years);
            });
            case HEADCOUNT -> numberCheck(l, row -> t.headcount[row] < 0 ? Double.NaN : t.headcount[row]);
            case REVENUE -> numberCheck(l, row -> t.revenue[row]);
            case ASSETS -> numberCheck(l, row -> t.assets[row]);
            case QUALIFICATIONS -> labelCheck(l, row -> t.qualifications[row]);
            case TAGS -> labelCheck(l, row -> t.tags[row]);
            case OWNERSHIP -> throw new IllegalArgumentException("ownership is never a condition (003 §11)");
        };
    }

    interface RowInt {
        int at(int row);
    }

    interface RowDouble {
        double at(int row);
    }

    interface RowLabels {
        int[] at(int row);
    }

    private Check codeCheck(Rule.Leaf l, EntityColumns.Dictionary dict, boolean region) {
        int[] column = region ? table.region : table.industry;
        // one answer per dictionary entry, extended lazily when new codes appear after compilation
        boolean[][] answers = {answers(l, dict)};
        return row -> {
            int id = (region ? table.region : table.industry)[row];
            if (id < 0) {
                return UNKNOWN;
            }
            boolean[] a = answers[0];
            if (id >= a.length) {
                a = answers(l, dict);
                answers[0] = a;
            }
            return a[id] ? TRUE : FALSE;
        };
    }

    static boolean[] answers(Rule.Leaf l, EntityColumns.Dictionary dict) {
        boolean[] a = new boolean[dict.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = codeMatches(l, dict.value(i));
        }
        return a;
    }

    static boolean codeMatches(Rule.Leaf l, String value) {
        return switch (l.op()) {
            case EQ -> value.equals(l.value());
            case IN -> l.list().contains(value);
            case PREFIX -> value.startsWith(l.text());
            default -> false;
        };
    }

    private <E extends Enum<E>> Check enumCheck(Rule.Leaf l, Class<E> type, RowInt column) {
        E[] constants = type.getEnumConstants();
        boolean[] accept = new boolean[constants.length];
        for (E e : constants) {
            accept[e.ordinal()] = l.op() == Op.EQ ? e.name().equals(l.value()) : l.list().contains(e.name());
        }
        return row -> {
            int v = column.at(row);
            return v < 0 ? UNKNOWN : accept[v] ? TRUE : FALSE;
        };
    }

    private Check numberCheck(Rule.Leaf l, RowDouble column) {
        return switch (l.op()) {
            case EQ -> {
                double x = l.number();
                yield row -> {
                    double v = column.at(row);
                    return Double.isNaN(v) ? UNKNOWN : v == x ? TRUE : FALSE;
                };
            }
            case GTE -> {
                double x = l.number();
                yield row -> {
                    double v = column.at(row);
                    return Double.isNaN(v) ? UNKNOWN : v >= x ? TRUE : FALSE;
                };
            }
            case LTE -> {
                double x = l.number();
                yield row -> {
                    double v = column.at(row);
                    return Double.isNaN(v) ? UNKNOWN : v <= x ? TRUE : FALSE;
                };
            }
            case BETWEEN -> {
                double lo = l.range()[0];
                double hi = l.range()[1];
                yield row -> {
                    double v = column.at(row);
                    return Double.isNaN(v) ? UNKNOWN : v >= lo && v <= hi ? TRUE : FALSE;
                };
            }
            default -> throw new IllegalArgumentException(l.op().key());
        };
    }

    private Check labelCheck(Rule.Leaf l, RowLabels column) {
        String wanted = l.text();
        int[] id = {table.labels.find(wanted)};
        return row -> {
            int[] ids = column.at(row);
            if (ids.length == 0) {
                return FALSE;
            }
            if (id[0] < 0) {
                id[0] = table.labels.find(wanted);
                if (id[0] < 0) {
                    return FALSE;
                }
            }
            for (int x : ids) {
                if (x == id[0]) {
                    return TRUE;
                }
            }
            return FALSE;
        };
    }

    /** A bitmap with its number of set bits. */
    record Bitmap(long[] bits, long cardinality) {
        static Bitmap of(long[] bits) {
            return new Bitmap(bits, CompiledRule.cardinality(bits));
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
    List<Indexed> candidateBitmaps(java.util.Map<String, Bitmap> cache) {
        List<Indexed> out = new ArrayList<>();
        for (Rule.Leaf l : rule.requiredLeaves()) {
            if (isIndexed(l)) {
                out.add(new Indexed(l, cached(cache, l, () -> bitmap(l))));
            }
        }
        out.sort(java.util.Comparator.comparingLong(x -> x.bitmap().cardinality()));
        return out;
    }

    /**
     * Bitmaps for the required numeric conditions, each built by one sequential pass over its
     * column: cheaper than checking scattered candidate rows once the candidates are many.
     */
    List<Indexed> scannedBitmaps(java.util.Map<String, Bitmap> cache) {
        List<Indexed> out = new ArrayList<>();
        for (Rule.Leaf l : rule.requiredLeaves()) {
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
    Optional<List<long[]>> residualBitmaps(java.util.Map<String, Bitmap> cache) {
        List<Rule> parts = new ArrayList<>();
        collectResidual(rule, parts);
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
    private long[] truth(Rule r, boolean wanted, java.util.Map<String, Bitmap> cache) {
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

    private long[] combine(List<Rule> children, boolean intersect, boolean wanted, java.util.Map<String, Bitmap> cache) {
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
    private long[] known(Attribute attr, java.util.Map<String, Bitmap> cache) {
        java.util.function.Supplier<long[]> build = () -> {
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

    private Bitmap cached(java.util.Map<String, Bitmap> cache, Rule.Leaf l, java.util.function.Supplier<long[]> build) {
        if (cache == null) {
            return Bitmap.of(build.get());
        }
        // ages depend on the evaluation date; everything else only on the table
        String key = l.attr().key() + "|" + l.op().key() + "|" + RuleFormat.plainValue(l)
                + (l.attr() == Attribute.AGE_YEARS ? "|" + asOfYear + "-" + asOfMonthDay : "");
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
                long[] e = establishedBounds(l);
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
                long[] b = wholeBounds(l);
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
                double[] b = bounds(l);
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

    private static long[] union(EntityColumns.Dictionary dict, java.util.Map<Integer, EntityColumns.Bits> index, Rule.Leaf l) {
        List<EntityColumns.Bits> sets = new ArrayList<>();
        for (int i = 0; i < dict.size(); i++) {
            if (codeMatches(l, dict.value(i))) {
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
