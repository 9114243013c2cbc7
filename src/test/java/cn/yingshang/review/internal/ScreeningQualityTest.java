package cn.yingshang.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.review.ReviewGroup;
import cn.yingshang.review.ScreeningFinding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the shipped standards on the labelled clauses in
 * test resources review/labelled-clauses.tsv (violations of every standard and compliant look-alikes).
 * Clause level: a violating clause counts as found when it gets a finding of one of its groups.
 */
class ScreeningQualityTest {

    record Labelled(Set<String> standards, String clause) {
        boolean violating() {
            return !standards.isEmpty();
        }
    }

    static final List<Labelled> SET = new ArrayList<>();
    static final List<Labelled> HOLDOUT = new ArrayList<>();
    static final List<Labelled> BLIND = new ArrayList<>();
    static final StandardSet STANDARDS = StandardsJson.shipped();

    @BeforeAll
    static void load() throws IOException {
        read("/review/labelled-clauses.tsv", SET);
        read("/review/holdout-clauses.tsv", HOLDOUT);
        read("/review/blind-clauses.tsv", BLIND);
    }

    static void read(String resource, List<Labelled> into) throws IOException {
        try (InputStream in = ScreeningQualityTest.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", 2);
                Set<String> codes = cells[0].equals("-") ? Set.of() : new LinkedHashSet<>(Arrays.asList(cells[0].split("\\|")));
                into.add(new Labelled(codes, cells[1].strip()));
            }
        }
    }

    private ReviewGroup groupOf(String code) {
        return STANDARDS.standards().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow().group();
    }

    private Set<ReviewGroup> groups(Labelled l) {
        return l.standards().stream().map(this::groupOf).collect(Collectors.toSet());
    }

    @Test
    @DisplayName("the labelled set has at least 300 clauses, violations of every standard and compliant look-alikes")
    void labelledSetCoversEveryStandard() {
        assertThat(SET).hasSizeGreaterThanOrEqualTo(300);
        Set<String> covered = SET.stream().flatMap(l -> l.standards().stream()).collect(Collectors.toSet());
        assertThat(covered).containsAll(STANDARDS.standards().stream().map(ReviewStandard::code).toList());
        assertThat(SET.stream().filter(l -> !l.violating()).count()).isGreaterThanOrEqualTo(100);
    }

    @Test
    @DisplayName("国令783号 Art. 8–11 and 003 §12: overall recall ≥ 0.90 and precision ≥ 0.85 on the labelled clauses")
    void precisionAndRecall() {
        double[] pr = evaluate("labelled set", SET);
        assertThat(pr[1]).as("recall").isGreaterThanOrEqualTo(0.90);
        assertThat(pr[0]).as("precision").isGreaterThanOrEqualTo(0.85);
    }

    @Test
    @DisplayName("second development set (first written blind): recall ≥ 0.90 and precision ≥ 0.85")
    void secondDevelopmentSet() {
        assertThat(HOLDOUT).hasSizeGreaterThanOrEqualTo(50);
        double[] pr = evaluate("second development set", HOLDOUT);
        assertThat(pr[1]).as("recall").isGreaterThanOrEqualTo(0.90);
        assertThat(pr[0]).as("precision").isGreaterThanOrEqualTo(0.85);
    }

    @Test
    @DisplayName("blind clauses never used for tuning: recall and precision stay above 0.5 (floor fixed before the first run)")
    void blind() {
        assertThat(BLIND).hasSizeGreaterThanOrEqualTo(40);
        double[] pr = evaluate("blind set", BLIND);
        assertThat(pr[1]).as("recall").isGreaterThanOrEqualTo(0.5);
        assertThat(pr[0]).as("precision").isGreaterThanOrEqualTo(0.5);
    }

    private double[] evaluate(String name, List<Labelled> SET) {
        Map<ReviewGroup, int[]> perGroup = new EnumMap<>(ReviewGroup.class); // tp, fp, fn
        for (ReviewGroup g : ReviewGroup.values()) {
            perGroup.put(g, new int[3]);
        }
        int tp = 0, fp = 0, fn = 0;
        StringBuilder misses = new StringBuilder();
        for (Labelled l : SET) {
            List<ScreeningFinding> findings = STANDARDS.screen(l.clause());
            Set<ReviewGroup> found = findings.stream().map(ScreeningFinding::group).collect(Collectors.toSet());
            Set<ReviewGroup> expected = groups(l);
            if (l.violating()) {
                if (found.isEmpty()) {
                    fn++;
                    misses.append("MISSED ").append(l.standards()).append(' ').append(l.clause()).append('\n');
                } else {
                    tp++;
                }
            } else if (!found.isEmpty()) {
                fp++;
                misses.append("FALSE ").append(findings.get(0).standardCode()).append(' ').append(l.clause()).append('\n');
            }
            for (ReviewGroup g : ReviewGroup.values()) {
                boolean hit = found.contains(g);
                boolean want = expected.contains(g);
                if (hit && want) {
                    perGroup.get(g)[0]++;
                } else if (hit) {
                    perGroup.get(g)[1]++;
                } else if (want) {
                    perGroup.get(g)[2]++;
                }
            }
        }
        StringBuilder report = new StringBuilder(String.format("%s: clauses %d%n", name, SET.size()));
        perGroup.forEach((g, c) -> report.append(String.format("%-19s precision %.3f  recall %.3f  (tp %d, fp %d, fn %d)%n",
                g, ratio(c[0], c[0] + c[1]), ratio(c[0], c[0] + c[2]), c[0], c[1], c[2])));
        double precision = ratio(tp, tp + fp);
        double recall = ratio(tp, tp + fn);
        report.append(String.format("%-19s precision %.3f  recall %.3f  (tp %d, fp %d, fn %d)%n", "OVERALL", precision, recall, tp, fp, fn));
        System.out.println(report);
        System.out.println(misses);
        return new double[]{precision, recall};
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }
}
