package cn.yingshang.bench;

import cn.yingshang.review.internal.ClauseModel;
import cn.yingshang.review.internal.ScreeningScore;
import cn.yingshang.review.internal.StandardSet;
import cn.yingshang.review.internal.StandardsJson;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains the shipped clause model (src/main/resources/review/clause-model.bin) on every development
 * set, with thresholds chosen by cross-validation, and writes the CV figures to
 * bench-results/review-model-cv.md. Deterministic (fixed fold seed, L-BFGS from zero weights):
 *
 * <pre>./mvnw -B -ntp -o -Pbench -DskipTests test-compile exec:exec@driver -Ddriver.class=cn.yingshang.bench.ScreeningModelTraining</pre>
 *
 * With the argument {@code cv} it only prints the CV figures for other settings ({@code cv L2 ITERATIONS CUTOFF}).
 */
public final class ScreeningModelTraining {

    static final Path MODEL = Path.of("src/main/resources/review/clause-model.bin");

    private ScreeningModelTraining() {
    }

    public static void main(String[] args) throws Exception {
        StandardSet standards = StandardsJson.shipped();
        ClauseModel.Settings settings = args.length >= 4
                ? new ClauseModel.Settings(Double.parseDouble(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]))
                : ClauseModel.Settings.DEFAULT;
        long start = System.nanoTime();
        ScreeningCrossValidation cv = new ScreeningCrossValidation(standards, settings);
        double[] thresholds = cv.chooseThresholds();
        String report = "## Cross-validation of the clause model\n\n" + cv.report(thresholds);
        System.out.print(report);
        System.out.printf("cross-validation took %.1f s%n", (System.nanoTime() - start) / 1e9);
        if (args.length > 0 && args[0].equals("cv")) {
            return;
        }
        List<ClauseModel.Example> all = new ArrayList<>();
        for (String set : ScreeningScore.TRAINING_SETS) {
            all.addAll(ScreeningScore.examples(ScreeningScore.read("/review/" + set + "-clauses.tsv")));
        }
        ClauseModel model = ClauseModel.train(all, ScreeningCrossValidation.groupOf(standards), settings)
                .withThresholds(thresholds);
        try (OutputStream out = Files.newOutputStream(MODEL)) {
            model.write(out);
        }
        Files.writeString(Path.of("bench-results", "review-model-cv.md"), "# Fair competition screener: clause model\n\n"
                + "Trained on " + all.size() + " clauses by `./mvnw -B -ntp -o -Pbench -DskipTests test-compile exec:exec@driver "
                + "-Ddriver.class=cn.yingshang.bench.ScreeningModelTraining`, which wrote " + MODEL + " ("
                + Files.size(MODEL) + " bytes).\n\n" + report);
        System.out.println("wrote " + MODEL + " (" + Files.size(MODEL) + " bytes)");
    }
}
