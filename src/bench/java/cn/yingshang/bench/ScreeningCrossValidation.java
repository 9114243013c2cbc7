package cn.yingshang.bench;

import cn.yingshang.review.ReviewGroup;
import cn.yingshang.review.ScreeningFinding;
import cn.yingshang.review.internal.ClauseModel;
import cn.yingshang.review.internal.ReviewStandard;
import cn.yingshang.review.internal.ScreeningScore;
import cn.yingshang.review.internal.StandardSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Cross-validation of the clause model on the development sets (ScreeningScore.TRAINING_SETS):
 * every clause is scored by a model that was trained without it, (a) in 5 random folds and (b)
 * leaving one whole set out at a time (a set is one author's drafting in one session, so this is the
 * closer estimate for a new author's text). Thresholds per group are chosen on the leave-one-set-out scores,
 * since the sealed set is a new author's text too.
 * The rules were tuned on these sets, so the rule part of the combined figures is optimistic; the
 * model-alone figures are honest out-of-sample estimates.
 */
public final class ScreeningCrossValidation {

    static final int FOLDS = 5;
    static final long SEED = 21;
    static final double[] GRID = IntStream.rangeClosed(6, 19).mapToDouble(i -> i * 0.05).toArray();
    /** Precision the model's findings in a group must keep out of sample (margin above the target 0.90). */
    static final double MIN_PRECISION = 0.93;

    record Clause(String set, ScreeningScore.Labelled labelled, Set<ReviewGroup> expected, Set<ReviewGroup> ruled) {
    }

    final StandardSet standards;
    final List<Clause> clauses = new ArrayList<>();
    final double[][] randomFolds;
    final double[][] leaveSetOut;
    final ClauseModel.Settings settings;

    ScreeningCrossValidation(StandardSet standards, ClauseModel.Settings settings) {
        this.standards = standards;
        this.settings = settings;
        Map<String, ReviewGroup> groupOf = groupOf(standards);
        for (String set : ScreeningScore.TRAINING_SETS) {
            for (ScreeningScore.Labelled l : ScreeningScore.read("/review/" + set + "-clauses.tsv")) {
                Set<ReviewGroup> expected = l.standards().stream().map(groupOf::get)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReviewGroup.class)));
                Set<ReviewGroup> ruled = standards.screen(l.clause()).stream().map(ScreeningFinding::group)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReviewGroup.class)));
                clauses.add(new Clause(set, l, expected, ruled));
            }
        }
        List<Integer> order = new ArrayList<>(IntStream.range(0, clauses.size()).boxed().toList());
        Collections.shuffle(order, new Random(SEED));
        int[] fold = new int[clauses.size()];
        for (int i = 0; i < order.size(); i++) {
            fold[order.get(i)] = i % FOLDS;
        }
        randomFolds = outOfFold(i -> fold[i], FOLDS);
        List<String> sets = ScreeningScore.TRAINING_SETS;
        leaveSetOut = outOfFold(i -> sets.indexOf(clauses.get(i).set()), sets.size());
    }

    static Map<String, ReviewGroup> groupOf(StandardSet standards) {
        return standards.standards().stream().collect(Collectors.toMap(ReviewStandard::code, ReviewStandard::group));
    }

    private double[][] outOfFold(java.util.function.IntUnaryOperator foldOf, int folds) {
        double[][] scores = new double[clauses.size()][];
        for (int f = 0; f < folds; f++) {
            List<ClauseModel.Example> train = new ArrayList<>();
            for (int i = 0; i < clauses.size(); i++) {
                if (foldOf.applyAsInt(i) != f) {
                    ScreeningScore.Labelled l = clauses.get(i).labelled();
                    train.add(new ClauseModel.Example(l.standards(), l.clause()));
                }
            }
            ClauseModel model = ClauseModel.train(train, groupOf(standards), settings);
            for (int i = 0; i < clauses.size(); i++) {
                if (foldOf.applyAsInt(i) == f) {
                    scores[i] = model.maxScores(clauses.get(i).labelled().clause());
                }
            }
        }
        return scores;
    }

    /** Per group (ordinal) and overall (last row): tp, fp, fn. */
    int[][] counts(double[][] scores, double[] thresholds, boolean rules, boolean model, String onlySet) {
        int groups = ReviewGroup.values().length;
        int[][] c = new int[groups + 1][3];
        for (int i = 0; i < clauses.size(); i++) {
            Clause clause = clauses.get(i);
            if (onlySet != null && !clause.set().equals(onlySet)) {
                continue;
            }
            Set<ReviewGroup> found = EnumSet.noneOf(ReviewGroup.class);
            if (rules) {
                found.addAll(clause.ruled());
            }
            if (model) {
                for (ReviewGroup g : ReviewGroup.values()) {
                    if (scores[i][g.ordinal()] >= thresholds[g.ordinal()]) {
                        found.add(g);
                    }
                }
            }
            boolean violating = !clause.expected().isEmpty();
            boolean right = found.stream().anyMatch(clause.expected()::contains);
            if (violating && right) {
                c[groups][0]++;
            } else if (violating) {
                c[groups][2]++;
            }
            if (!found.isEmpty() && !right) {
                c[groups][1]++;
            }
            for (ReviewGroup g : ReviewGroup.values()) {
                boolean hit = found.contains(g);
                boolean want = clause.expected().contains(g);
                if (hit || want) {
                    c[g.ordinal()][hit && want ? 0 : hit ? 1 : 2]++;
                }
            }
        }
        return c;
    }

    /**
     * Per group, the lowest threshold at which the model's own findings in that group are right at
     * least MIN_PRECISION of the time on the leave-one-set-out scores. Judged on the model alone,
     * because the rules were tuned on these sets: a combined figure would credit the rules' in-sample
     * recall and let the model's thresholds drift down on a handful of remaining misses.
     */
    double[] chooseThresholds() {
        double[] t = new double[ReviewGroup.values().length];
        for (ReviewGroup g : ReviewGroup.values()) {
            t[g.ordinal()] = GRID[GRID.length - 1];
            for (double candidate : GRID) {
                double[] trial = new double[t.length];
                java.util.Arrays.fill(trial, 2.0);
                trial[g.ordinal()] = candidate;
                int[] c = counts(leaveSetOut, trial, false, true, null)[g.ordinal()];
                if (ratio(c[0], c[0] + c[1]) >= MIN_PRECISION) {
                    t[g.ordinal()] = candidate;
                    break;
                }
            }
        }
        return t;
    }

    String table(String title, int[][] c) {
        StringBuilder out = new StringBuilder("### ").append(title).append("\n\n")
                .append("| group | precision | recall | tp | fp | fn |\n|---|---|---|---|---|---|\n");
        for (ReviewGroup g : ReviewGroup.values()) {
            out.append(row(g.name(), c[g.ordinal()]));
        }
        out.append(row("**overall (clauses)**", c[ReviewGroup.values().length]));
        return out.append('\n').toString();
    }

    private static String row(String label, int[] c) {
        return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %d | %d | %d |%n", label, ratio(c[0], c[0] + c[1]),
                ratio(c[0], c[0] + c[2]), c[0], c[1], c[2]);
    }

    /** The Markdown section of the CV figures at the given thresholds. */
    String report(double[] t) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d clauses of %s; model: OpenNLP maximum entropy (L-BFGS, L2 %.2f, %d "
                        + "iterations, cutoff %d) on character 1–3-grams; thresholds MARKET_ACCESS %.2f, FREE_FLOW %.2f, "
                        + "PRODUCTION_COST %.2f, PRODUCTION_CONDUCT %.2f (per group the lowest at which the model's own findings "
                        + "in the group keep precision ≥ %.2f on the leave-one-set-out scores).%n%n", clauses.size(), String.join(", ", ScreeningScore.TRAINING_SETS),
                settings.l2(), settings.iterations(), settings.cutoff(), t[0], t[1], t[2], t[3], MIN_PRECISION));
        out.append(table("Model alone, 5 random folds", counts(randomFolds, t, false, true, null)));
        out.append(table("Model alone, leaving one whole set out", counts(leaveSetOut, t, false, true, null)));
        out.append(table("Rules (tuned on these sets, so optimistic) or model, 5 random folds",
                counts(randomFolds, t, true, true, null)));
        out.append(table("Rules or model, leaving one whole set out", counts(leaveSetOut, t, true, true, null)));
        out.append("### Per set, leaving that set out (model alone / rules or model), clause precision and recall\n\n")
                .append("| set | model alone P / R | rules alone P / R | rules or model P / R |\n|---|---|---|---|\n");
        int overall = ReviewGroup.values().length;
        for (String set : ScreeningScore.TRAINING_SETS) {
            int[] m = counts(leaveSetOut, t, false, true, set)[overall];
            int[] r = counts(leaveSetOut, t, true, false, set)[overall];
            int[] b = counts(leaveSetOut, t, true, true, set)[overall];
            out.append(String.format(Locale.ROOT, "| %s | %.3f / %.3f | %.3f / %.3f | %.3f / %.3f |%n", set,
                    ratio(m[0], m[0] + m[1]), ratio(m[0], m[0] + m[2]), ratio(r[0], r[0] + r[1]), ratio(r[0], r[0] + r[2]),
                    ratio(b[0], b[0] + b[1]), ratio(b[0], b[0] + b[2])));
        }
        return out.append('\n').toString();
    }

    static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }
}
