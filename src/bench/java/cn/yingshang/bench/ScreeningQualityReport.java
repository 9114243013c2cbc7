package cn.yingshang.bench;

import cn.yingshang.review.ReviewGroup;
import cn.yingshang.review.internal.ClauseModel;
import cn.yingshang.review.internal.ScreeningScore;
import cn.yingshang.review.internal.StandardSet;
import cn.yingshang.review.internal.StandardsJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Precision and recall of the shipped screening (rules and the shipped clause model) on every labelled
 * set, per group, written to bench-results/review-quality.md, followed by the cross-validation figures
 * of the clause model (the honest estimate for unseen text: every development clause scored by a model
 * trained without it), taken from bench-results/review-model-cv.md or recomputed with the argument {@code cv}. The sealed set of session 5 (sealed5-clauses.tsv) is measured when the file is
 * there, and its misses are never printed; the development sets' misses are printed for tuning.
 */
public final class ScreeningQualityReport {

    record Set(String file, String title, boolean heldOut) {
    }

    static final List<Set> SETS = List.of(
            new Set("labelled", "Labelled set (session 1, tuned on)", false),
            new Set("holdout", "Second development set (session 1, tuned on)", false),
            new Set("dev", "Development set (session 2, written before reading the patterns, tuned on)", false),
            new Set("dev3", "Development set of session 3 (the six barrier kinds of issue 21, tuned on)", false),
            new Set("blind", "Blind set (session 1; never tuned on by the rules' authors, but trained on by the clause model "
                    + "since session 5)", false),
            new Set("sealed", "Sealed set of session 2 (never tuned on by the rules' authors, but trained on by the clause "
                    + "model since session 5)", false),
            new Set("dev4", "Development set 4 (formerly sealed3 of session 3: measured once sealed at precision 0.949, "
                    + "recall 0.887, then reclassified as a development set and tuned on)", false),
            new Set("dev5", "Development set 5 (formerly sealed4 of session 4: measured once sealed at precision 0.921, recall 0.827, "
                    + "then reclassified as development data in session 5 and tuned and trained on)", false),
            new Set("sealed5", "Sealed set of session 5 (written by an engineer who never saw the screener; never tuned or "
                    + "trained on; misses not printed)", true));

    private ScreeningQualityReport() {
    }

    public static void main(String[] args) throws Exception {
        StandardSet standards = StandardsJson.shipped();
        ClauseModel model = ClauseModel.shipped();
        StringBuilder report = new StringBuilder("# Fair competition screener: precision and recall\n\n")
                .append("Measured ").append(Instant.now()).append(" with standards version ").append(standards.version())
                .append(" (").append(standards.standards().size()).append(" standards) and the shipped clause model ")
                .append("(review/clause-model.bin).\n\n")
                .append("Command: `./mvnw -B -ntp -o -Pbench -DskipTests test-compile exec:exec@driver ")
                .append("-Ddriver.class=cn.yingshang.bench.ScreeningQualityReport`\n\n")
                .append("A violating clause counts as found when it gets a finding in the group of one of its labelled ")
                .append("standards; a flagged clause that is compliant, or flagged only in other groups, is a false positive. ")
                .append("Each set is measured with the rules and the model together (what the platform ships), then with ")
                .append("the rules alone. The model was trained on every development set, so on those sets its figures are ")
                .append("in-sample; the cross-validation section at the end is the estimate for unseen text.\n\n");
        for (Set set : SETS) {
            String resource = "/review/" + set.file() + "-clauses.tsv";
            if (ScreeningQualityReport.class.getResource(resource) == null) {
                report.append("## ").append(set.title()).append("\n\n").append(set.file()).append("-clauses.tsv is not there yet.\n\n");
                continue;
            }
            List<ScreeningScore.Labelled> clauses = ScreeningScore.read(resource);
            ScreeningScore both = ScreeningScore.of(set.file(), clauses, standards,
                    text -> standards.screen(text, model, (s, p) -> "model"));
            ScreeningScore rules = ScreeningScore.of(set.file(), clauses, standards);
            report.append("## ").append(set.title()).append("\n\n").append("Rules and model — ").append(both.table())
                    .append('\n').append(String.format(Locale.ROOT, "Rules alone: precision %.3f, recall %.3f; per group ",
                            rules.overall().precision(), rules.overall().recall()));
            rules.perGroup().forEach((g, c) -> report.append(String.format(Locale.ROOT, "%s %.3f / %.3f; ", g.name(),
                    c.precision(), c.recall())));
            report.append("\n\n");
            if (!set.heldOut()) {
                both.misses().forEach(m -> System.out.println(set.file() + " " + m));
            }
        }
        Path cvFile = Path.of("bench-results", "review-model-cv.md");
        if (args.length > 0 && args[0].equals("cv")) {
            // about 10 minutes on the shared 2-core machine: 13 trainings of 5 models
            double[] thresholds = new double[ReviewGroup.values().length];
            for (ReviewGroup g : ReviewGroup.values()) {
                thresholds[g.ordinal()] = model.threshold(g);
            }
            ScreeningCrossValidation cv = new ScreeningCrossValidation(standards, ClauseModel.Settings.DEFAULT);
            report.append("## Cross-validation of the clause model (recomputed now, shipped thresholds)\n\n")
                    .append(cv.report(thresholds));
        } else if (Files.exists(cvFile)) {
            report.append("## Cross-validation of the clause model (as written by ScreeningModelTraining when it trained the "
                    + "shipped model; recompute with -Ddriver.args=cv)\n\n")
                    .append(Files.readString(cvFile).replaceFirst("(?s)^.*?## Cross-validation of the clause model\\n\\n", ""));
        }
        System.out.print(report);
        Files.createDirectories(Path.of("bench-results"));
        Files.writeString(Path.of("bench-results", "review-quality.md"), report.toString());
    }
}
