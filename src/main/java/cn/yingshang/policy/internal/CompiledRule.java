package cn.yingshang.policy.internal;

import cn.yingshang.registry.EntityKind;
import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.shared.EnterpriseSize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A rule turned into checks over {@link EntityColumns} rows for one evaluation date, with the same
 * three-valued answers as {@link RuleEvaluator}: {@link #FALSE}, {@link #TRUE}, {@link #UNKNOWN}.
 *
 * <p>Why this class is over 400 lines and stays whole: each kind of leaf (code, enum, number,
 * label, established date) is compiled twice here, once as a per-row {@link Check} and once as the
 * batch filter {@link #keepTrue} the engine runs over candidate rows, and both must give exactly
 * what {@link RuleEvaluator} gives for the same entity ({@code MatchEngineTest} checks
 * that). Keeping the two encodings of a leaf side by side is what lets a reader see they agree;
 * splitting by leaf kind or by path would put the two halves of one rule's meaning in different files.
 */
@cn.yingshang.shared.DomainType
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
    private final RuleBitmaps bitmaps;

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
        this.bitmaps = new RuleBitmaps(this, table, asOf);
    }

    private Check residual(Rule r) {
        if (!(r instanceof Rule.All)) {
            return check;
        }
        List<Rule> rest = new ArrayList<>();
        collectResidual(r, rest);
        return compile(new Rule.All(rest));
    }

    static void collectResidual(Rule r, List<Rule> out) {
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

    static double[] bounds(Rule.Leaf l) {
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

    /** The bitmaps that answer this rule's conditions for many rows at once. */
    RuleBitmaps bitmaps() {
        return bitmaps;
    }
}
