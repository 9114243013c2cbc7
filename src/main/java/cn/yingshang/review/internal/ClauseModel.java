package cn.yingshang.review.internal;

import cn.yingshang.review.ReviewGroup;
import cn.yingshang.shared.ChineseText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * A learned second opinion beside the rules: maximum-entropy models (Apache OpenNLP) over the
 * character 1–3-grams of a clause, which need no word segmenter for Chinese. One yes/no model per
 * standard group says how likely the clause is a barrier of that group; one model over all standard
 * codes says which standard of the group fits best, so a finding still names a standard and cites
 * its article. A group counts as found when its score reaches the group's threshold (chosen by
 * cross-validation on the development sets when the model is trained, see ScreeningModelTraining).
 * Rules decide first; the model only adds findings in groups the rules did not flag.
 */
public final class ClauseModel {

    static final String RESOURCE = "/review/clause-model.bin";
    private static final int FORMAT = 1;
    private static final String YES = "1";
    private static final String NO = "0";

    /** One labelled clause: the codes of the standards it violates, none when compliant. */
    public record Example(Set<String> standards, String clause) {
    }

    /** The model's pick in one group: the best standard of the group and the group's score. */
    public record Guess(ReviewGroup group, String standardCode, double score) {
    }

    /** Training settings: L2-regularised maximum entropy (L-BFGS), features seen at least {@code cutoff} times. */
    public record Settings(double l2, int iterations, int cutoff) {
        public static final Settings DEFAULT = new Settings(0.5, 300, 1);
    }

    private final MaxentModel[] groups;
    private final MaxentModel standards;
    private final double[] thresholds;

    private ClauseModel(MaxentModel[] groups, MaxentModel standards, double[] thresholds) {
        this.groups = groups;
        this.standards = standards;
        this.thresholds = thresholds;
    }

    /** Trains on the examples; groupOf maps every standard code to its group. Thresholds start at 0.5. */
    public static ClauseModel train(List<Example> examples, Map<String, ReviewGroup> groupOf, Settings settings) {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        params.put("L2Cost", settings.l2());
        params.put("L1Cost", 0.0);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        List<String[]> features = examples.stream().map(e -> features(e.clause())).toList();
        MaxentModel[] groups = new MaxentModel[ReviewGroup.values().length];
        for (ReviewGroup g : ReviewGroup.values()) {
            List<Event> events = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                boolean in = examples.get(i).standards().stream().anyMatch(code -> groupOf.get(code) == g);
                events.add(new Event(in ? YES : NO, features.get(i)));
            }
            groups[g.ordinal()] = fit(events, params);
        }
        List<Event> byStandard = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            for (String code : examples.get(i).standards()) {
                byStandard.add(new Event(code, features.get(i)));
            }
        }
        double[] thresholds = new double[groups.length];
        Arrays.fill(thresholds, 0.5);
        return new ClauseModel(groups, fit(byStandard, params), thresholds);
    }

    private static MaxentModel fit(List<Event> events, TrainingParameters params) {
        try {
            return TrainerFactory.getEventTrainer(params, null).train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same models with other thresholds, indexed by group ordinal. */
    public ClauseModel withThresholds(double[] thresholds) {
        return new ClauseModel(groups, standards, thresholds.clone());
    }

    public double threshold(ReviewGroup group) {
        return thresholds[group.ordinal()];
    }

    /** Each group's score for a clause already normalised ({@link ChineseText#normalise}), indexed by ordinal. */
    public double[] scores(String normalised) {
        String[] context = features(normalised);
        double[] out = new double[groups.length];
        for (int g = 0; g < groups.length; g++) {
            double[] p = groups[g].eval(context);
            out[g] = p[groups[g].getIndex(YES)];
        }
        return out;
    }

    /** Each group's highest score over the clauses of a text (split and normalised as for the rules). */
    public double[] maxScores(String text) {
        double[] out = new double[groups.length];
        for (String clause : ClauseSplitter.split(text)) {
            double[] s = scores(ChineseText.normalise(clause));
            for (int g = 0; g < out.length; g++) {
                out[g] = Math.max(out[g], s[g]);
            }
        }
        return out;
    }

    /**
     * The groups whose score reaches their threshold, each with its best-scoring standard among
     * {@code known} (the standards in force, so a code a reviewer has since removed is never named).
     */
    public List<Guess> guesses(String normalised, Map<String, ReviewGroup> known) {
        String[] context = features(normalised);
        List<Guess> out = new ArrayList<>();
        double[] byStandard = null;
        for (int g = 0; g < groups.length; g++) {
            double[] p = groups[g].eval(context);
            double score = p[groups[g].getIndex(YES)];
            if (score < thresholds[g]) {
                continue;
            }
            if (byStandard == null) {
                byStandard = standards.eval(context);
            }
            ReviewGroup group = ReviewGroup.values()[g];
            String best = null;
            double bestScore = -1;
            for (int o = 0; o < byStandard.length; o++) {
                String code = standards.getOutcome(o);
                if (known.get(code) == group && byStandard[o] > bestScore) {
                    best = code;
                    bestScore = byStandard[o];
                }
            }
            if (best != null) {
                out.add(new Guess(group, best, score));
            }
        }
        return out;
    }

    /**
     * Character 1–3-grams of the clause (normalised the same way as for the rules); digits are folded
     * to one symbol so that amounts and years do not become features of their own.
     */
    static String[] features(String clause) {
        String text = ChineseText.normalise(clause);
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            folded.append(c >= '0' && c <= '9' ? '#' : c);
        }
        String t = "^" + folded + "$";
        Set<String> out = new LinkedHashSet<>();
        for (int n = 1; n <= 3; n++) {
            for (int i = 0; i + n <= t.length(); i++) {
                out.add(t.substring(i, i + n));
            }
        }
        return out.toArray(String[]::new);
    }

    public void write(OutputStream to) throws IOException {
        java.util.zip.GZIPOutputStream zipped = new java.util.zip.GZIPOutputStream(to);
        DataOutputStream out = new DataOutputStream(zipped);
        out.writeInt(FORMAT);
        out.writeInt(groups.length);
        for (double t : thresholds) {
            out.writeDouble(t);
        }
        for (MaxentModel m : groups) {
            writeModel(m, out);
        }
        writeModel(standards, out);
        out.flush();
        zipped.finish();
    }

    private static void writeModel(MaxentModel model, DataOutputStream out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new GenericModelWriter((AbstractModel) model, new DataOutputStream(bytes)).persist();
        out.writeInt(bytes.size());
        bytes.writeTo(out);
    }

    public static ClauseModel read(InputStream from) throws IOException {
        DataInputStream in = new DataInputStream(new java.util.zip.GZIPInputStream(from));
        if (in.readInt() != FORMAT) {
            throw new IOException("unknown clause model format");
        }
        int n = in.readInt();
        if (n != ReviewGroup.values().length) {
            throw new IOException("clause model has " + n + " groups");
        }
        double[] thresholds = new double[n];
        for (int g = 0; g < n; g++) {
            thresholds[g] = in.readDouble();
        }
        MaxentModel[] groups = new MaxentModel[n];
        for (int g = 0; g < n; g++) {
            groups[g] = readModel(in);
        }
        return new ClauseModel(groups, readModel(in), thresholds);
    }

    private static MaxentModel readModel(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(bytes))).getModel();
    }

    /** The shipped model (trained by ScreeningModelTraining); null when none is shipped. */
    public static ClauseModel shipped() {
        try (InputStream in = ClauseModel.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
