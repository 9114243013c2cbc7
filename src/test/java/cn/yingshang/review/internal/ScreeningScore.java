package cn.yingshang.review.internal;

import cn.yingshang.review.ReviewGroup;
import cn.yingshang.review.ScreeningFinding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Precision and recall of a standard set on one labelled clause file (test resources review/*.tsv),
 * overall and per group. A violating clause is found when it gets a finding in the group of one of
 * its standards; a flagged clause that is compliant, or flagged only in other groups, is a false
 * positive. Shared by the quality test (tuning sets, asserted) and the quality report (all sets,
 * including the sealed one, measured only).
 */
public final class ScreeningScore {

    public record Labelled(Set<String> standards, String clause) {
        public boolean violating() {
            return !standards.isEmpty();
        }
    }

    /** True and false positives and false negatives. */
    public record Counts(int tp, int fp, int fn) {
        public double precision() {
            return ratio(tp, tp + fp);
        }

        public double recall() {
            return ratio(tp, tp + fn);
        }
    }

    private final String name;
    private final List<Labelled> clauses;
    private final Map<ReviewGroup, Counts> perGroup;
    private final Counts overall;
    private final int exactStandard;
    private final List<String> misses;

    private ScreeningScore(String name, List<Labelled> clauses, Map<ReviewGroup, Counts> perGroup, Counts overall,
                           int exactStandard, List<String> misses) {
        this.name = name;
        this.clauses = clauses;
        this.perGroup = perGroup;
        this.overall = overall;
        this.exactStandard = exactStandard;
        this.misses = misses;
    }

    public static List<Labelled> read(String resource) {
        List<Labelled> into = new ArrayList<>();
        try (InputStream in = ScreeningScore.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", 2);
                Set<String> codes = cells[0].equals("-") ? Set.of()
                        : new LinkedHashSet<>(Arrays.asList(cells[0].split("\\|")));
                into.add(new Labelled(codes, cells[1].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return into;
    }

    /**
     * Every labelled set that may be tuned and trained on (the clause model is trained on all of them).
     * The sealed set of session 5 (sealed5-clauses.tsv) is deliberately not here: it is measured once, never trained on.
     */
    public static final List<String> TRAINING_SETS = List.of("labelled", "holdout", "dev", "dev3", "blind", "sealed", "dev4",
            "dev5");

    /** The examples of a set for the clause model. */
    public static List<ClauseModel.Example> examples(List<Labelled> clauses) {
        return clauses.stream().map(l -> new ClauseModel.Example(l.standards(), l.clause())).toList();
    }

    public static ScreeningScore of(String name, List<Labelled> clauses, StandardSet standards) {
        return of(name, clauses, standards, standards::screen);
    }

    /** Scored with any screening of the standards (e.g. rules and the clause model). */
    public static ScreeningScore of(String name, List<Labelled> clauses, StandardSet standards,
                                    java.util.function.Function<String, List<ScreeningFinding>> screening) {
        Map<String, ReviewGroup> groupOf = standards.standards().stream()
                .collect(Collectors.toMap(ReviewStandard::code, ReviewStandard::group));
        int[][] counts = new int[ReviewGroup.values().length][3];
        int tp = 0, fp = 0, fn = 0, exact = 0;
        List<String> misses = new ArrayList<>();
        for (Labelled l : clauses) {
            List<ScreeningFinding> findings = screening.apply(l.clause());
            Set<ReviewGroup> found = findings.stream().map(ScreeningFinding::group).collect(Collectors.toSet());
            Set<ReviewGroup> expected = l.standards().stream().map(code -> {
                ReviewGroup g = groupOf.get(code);
                if (g == null) {
                    throw new IllegalArgumentException("unknown standard " + code + " in " + name);
                }
                return g;
            }).collect(Collectors.toSet());
            boolean right = found.stream().anyMatch(expected::contains);
            if (l.violating() && right) {
                tp++;
                if (findings.stream().anyMatch(f -> l.standards().contains(f.standardCode()))) {
                    exact++;
                }
            } else if (l.violating()) {
                fn++;
                misses.add("MISSED " + l.standards() + " " + l.clause()
                        + (found.isEmpty() ? "" : "  (found only " + codes(findings) + ")"));
            }
            if (!found.isEmpty() && !right) {
                fp++;
                if (!l.violating()) {
                    misses.add("FALSE  " + codes(findings) + " " + l.clause());
                }
            }
            for (ReviewGroup g : ReviewGroup.values()) {
                boolean hit = found.contains(g);
                boolean want = expected.contains(g);
                if (hit || want) {
                    counts[g.ordinal()][hit && want ? 0 : hit ? 1 : 2]++;
                }
            }
        }
        Map<ReviewGroup, Counts> perGroup = new EnumMap<>(ReviewGroup.class);
        for (ReviewGroup g : ReviewGroup.values()) {
            int[] c = counts[g.ordinal()];
            perGroup.put(g, new Counts(c[0], c[1], c[2]));
        }
        return new ScreeningScore(name, clauses, perGroup, new Counts(tp, fp, fn), exact, misses);
    }

    private static String codes(List<ScreeningFinding> findings) {
        return findings.stream().map(ScreeningFinding::standardCode).distinct().collect(Collectors.joining(","));
    }

    public Counts overall() {
        return overall;
    }

    public Map<ReviewGroup, Counts> perGroup() {
        return perGroup;
    }

    /** What went wrong, clause by clause: only to be read for tuning sets. */
    public List<String> misses() {
        return misses;
    }

    /** A Markdown table: one row per group and the overall row. */
    public String table() {
        long violating = clauses.stream().filter(Labelled::violating).count();
        StringBuilder out = new StringBuilder(String.format("%s: %d clauses (%d violating, %d compliant)%n%n", name,
                clauses.size(), violating, clauses.size() - violating));
        out.append("| group | precision | recall | tp | fp | fn |\n|---|---|---|---|---|---|\n");
        perGroup.forEach((g, c) -> out.append(row(g.name(), c)));
        out.append(row("**overall (clauses)**", overall));
        out.append(String.format("%nFound clauses whose finding names one of the labelled standards exactly: %d of %d.%n",
                exactStandard, overall.tp()));
        return out.toString();
    }

    private static String row(String label, Counts c) {
        return String.format("| %s | %.3f | %.3f | %d | %d | %d |%n", label, c.precision(), c.recall(), c.tp(), c.fp(), c.fn());
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }
}
