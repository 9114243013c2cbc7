package cn.yingshang.review.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.yingshang.review.ReviewGroup;
import cn.yingshang.review.ScreeningFinding;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The clause model beside the rules (issue 21): it finds barriers the rules miss, its finding still
 * names a standard of the group and cites that standard's article, and the shipped model file is the
 * one the documented command trains from the development sets.
 */
class ClauseModelTest {

    static final StandardSet STANDARDS = StandardsJson.shipped();
    static final ClauseModel MODEL = ClauseModel.shipped();
    static final Map<String, ReviewGroup> GROUP_OF = STANDARDS.standards().stream()
            .collect(Collectors.toMap(ReviewStandard::code, ReviewStandard::group));

    /** Drafted for this test, in no labelled set; the rules have no pattern for it. */
    static final String UNSEEN = "县发改局召集全县驾校开会，商定学车费用统一为每人4800元。";

    @Test
    @DisplayName("国令783号 Art. 8–11: a barrier the rules miss is found by the model and cites the article of a standard of its group")
    void modelFindsWhatTheRulesMiss() {
        assertThat(STANDARDS.screen(UNSEEN)).isEmpty();
        List<ScreeningFinding> findings = STANDARDS.screen(UNSEEN, MODEL, (s, score) -> "model " + score);
        assertThat(findings).isNotEmpty().allSatisfy(f -> {
            ReviewStandard standard = STANDARDS.standards().stream().filter(s -> s.code().equals(f.standardCode()))
                    .findFirst().orElseThrow();
            assertThat(f.group()).isEqualTo(standard.group());
            assertThat(f.article()).isEqualTo(standard.article());
            assertThat(f.reason()).startsWith("model ");
        });
    }

    @Test
    @DisplayName("the model adds nothing in a group the rules already flagged, and compliant text stays unflagged")
    void rulesFirst() {
        String ruled = "投标人须在本市设立分公司。";
        List<ScreeningFinding> rules = STANDARDS.screen(ruled);
        List<ScreeningFinding> both = STANDARDS.screen(ruled, MODEL, (s, score) -> "model");
        assertThat(both).containsAll(rules);
        assertThat(both.stream().filter(f -> f.reason().equals("model")).map(ScreeningFinding::group))
                .doesNotContainAnyElementsOf(rules.stream().map(ScreeningFinding::group).toList());
        assertThat(STANDARDS.screen("各类经营主体依法平等参与本项目投标。", MODEL, (s, score) -> "model")).isEmpty();
    }

    @Test
    @DisplayName("the shipped model is what ScreeningModelTraining trains from the development sets (same scores after a write and read)")
    void shippedModelIsReproducible() throws Exception {
        List<ClauseModel.Example> all = new ArrayList<>();
        for (String set : ScreeningScore.TRAINING_SETS) {
            all.addAll(ScreeningScore.examples(ScreeningScore.read("/review/" + set + "-clauses.tsv")));
        }
        ClauseModel trained = ClauseModel.train(all, GROUP_OF, ClauseModel.Settings.DEFAULT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        trained.write(bytes);
        ClauseModel read = ClauseModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        for (String clause : List.of(UNSEEN, "投标人须在本市设立分公司。", "对本县纳税大户按其缴纳增值税地方留成部分给予奖励。",
                "各类经营主体依法平等参与本项目投标。")) {
            double[] shipped = MODEL.scores(ChineseTextOf.normalised(clause));
            double[] again = read.scores(ChineseTextOf.normalised(clause));
            for (int g = 0; g < shipped.length; g++) {
                assertThat(again[g]).as(clause + " group " + g).isCloseTo(shipped[g], within(1e-6));
            }
        }
    }

    @Test
    @DisplayName("国令783号 Art. 8–11: rules and model together keep recall ≥ 0.90 and precision ≥ 0.90 on every development set")
    void rulesAndModelOnTheDevelopmentSets() {
        for (String set : ScreeningScore.TRAINING_SETS) {
            ScreeningScore score = ScreeningScore.of(set, ScreeningScore.read("/review/" + set + "-clauses.tsv"), STANDARDS,
                    text -> STANDARDS.screen(text, MODEL, (s, p) -> "model"));
            assertThat(score.overall().recall()).as(set + " recall").isGreaterThanOrEqualTo(0.90);
            assertThat(score.overall().precision()).as(set + " precision").isGreaterThanOrEqualTo(0.90);
        }
    }

    /** The normalisation the screener applies before scoring. */
    static final class ChineseTextOf {
        static String normalised(String clause) {
            return cn.yingshang.shared.ChineseText.normalise(clause);
        }
    }
}
