package cn.yingshang.cockpit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yingshang.shared.DomainViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules of indicators, ratings and assessment scores, without the platform. */
class IndicatorRulesTest {

    static Indicator lowerIsBetter(int minSample) {
        return new Indicator(1, "t.low", "差评率", "t", "t", "bad", "all", "", Direction.LOWER_IS_BETTER,
                new BigDecimal("0.05"), new BigDecimal("0.10"), minSample, "", true, 1);
    }

    static Indicator higherIsBetter() {
        return new Indicator(2, "t.high", "满意度", "t", "t", "good", "all", "", Direction.HIGHER_IS_BETTER,
                new BigDecimal("0.90"), new BigDecimal("0.80"), 1, "", true, 2);
    }

    static BigDecimal n(long v) {
        return BigDecimal.valueOf(v);
    }

    @Test
    @DisplayName("000 §5: a lower-is-better ratio is on track at or below its on-track value, breached above its breach value")
    void lowerIsBetterThresholds() {
        Indicator i = lowerIsBetter(20);
        assertThat(i.rate(n(1), n(20)).status()).isEqualTo(FigureStatus.ON_TRACK);   // 5 %
        assertThat(i.rate(n(2), n(20)).status()).isEqualTo(FigureStatus.WATCH);      // 10 %: not above breach
        assertThat(i.rate(n(3), n(20)).status()).isEqualTo(FigureStatus.BREACH);     // 15 %
        assertThat(i.rate(n(3), n(20)).value()).isEqualByComparingTo("0.15");
        assertThat(i.format(new BigDecimal("0.15"))).isEqualTo("15.0%");
    }

    @Test
    @DisplayName("a higher-is-better ratio is breached below its breach value and on track at its on-track value")
    void higherIsBetterThresholds() {
        Indicator i = higherIsBetter();
        assertThat(i.rate(n(9), n(10)).status()).isEqualTo(FigureStatus.ON_TRACK);
        assertThat(i.rate(n(85), n(100)).status()).isEqualTo(FigureStatus.WATCH);
        assertThat(i.rate(n(79), n(100)).status()).isEqualTo(FigureStatus.BREACH);
    }

    @Test
    @DisplayName("a figure on fewer cases than the minimum sample is not judged and has no value")
    void belowMinimumSample() {
        Indicator.Figure f = lowerIsBetter(20).rate(n(10), n(19));
        assertThat(f.status()).isEqualTo(FigureStatus.INSUFFICIENT);
        assertThat(f.value()).isNull();
        assertThat(lowerIsBetter(1).rate(n(0), n(0)).status()).isEqualTo(FigureStatus.INSUFFICIENT);
    }

    @Test
    @DisplayName("filters are written as key=value pairs separated by semicolons")
    void filters() {
        Indicator i = new Indicator(3, "c", "n", "m", "s", "a", null, "kind=COMPLAINT; region = 650100；x", Direction.LOWER_IS_BETTER,
                n(1), n(2), 0, "", true, 1);
        assertThat(i.filterMap()).containsEntry("kind", "COMPLAINT").containsEntry("region", "650100").hasSize(2);
        assertThat(i.isRatio()).isFalse();
        assertThat(i.rate(n(3), null).value()).isEqualByComparingTo("3");
    }

    @Test
    @DisplayName("001 §6: assessment points are 100 on track, 60–100 in proportion between thresholds, 40 when breached; thin indicators do not count")
    void assessmentScore() {
        Indicator low = lowerIsBetter(20);
        Indicator high = higherIsBetter();
        assertThat(AssessmentScoring.points(low, low.rate(n(1), n(100)))).isEqualByComparingTo("100");
        assertThat(AssessmentScoring.points(low, low.rate(n(75), n(1000)))).isEqualByComparingTo("80.00"); // halfway 7.5 %
        assertThat(AssessmentScoring.points(high, high.rate(n(50), n(100)))).isEqualByComparingTo("40");
        AssessmentScoring.Score score = AssessmentScoring.score(List.of(
                new AssessmentScoring.Part(low, n(3), low.rate(n(1), n(100))),       // 100 × 3
                new AssessmentScoring.Part(high, n(1), high.rate(n(50), n(100))),    // 40 × 1
                new AssessmentScoring.Part(low, n(6), low.rate(n(1), n(5)))));       // sample 5 < 20: left out
        assertThat(score.score()).isEqualByComparingTo("85.00");
        assertThat(score.lines()).hasSize(3);
        assertThat(score.lines().get(2).points()).isNull();
    }

    @Test
    @DisplayName("国办发〔2019〕51号: five service levels; 不满意 and 非常不满意 are 差评")
    void serviceLevels() {
        assertThat(ServiceLevel.of(1).isPoor()).isTrue();
        assertThat(ServiceLevel.of(2).isPoor()).isTrue();
        assertThat(ServiceLevel.of(3).isPoor()).isFalse();
        assertThat(ServiceLevel.of(5).label()).isEqualTo("非常满意");
        assertThatThrownBy(() -> ServiceLevel.of(6)).isInstanceOf(DomainViolation.class);
    }

    @Test
    @DisplayName("a rectification answered after its deadline counts as overdue; a rating's item closes only after the second visit")
    void rectificationLifecycle() {
        LocalDate opened = LocalDate.of(2026, 3, 2);
        Rectification r = new Rectification(1, Rectification.Origin.RATING, 9, 5, "650100", "窗口态度差", opened,
                LocalDate.of(2026, 3, 16), Rectification.Status.OPEN, null, null, null, null, null);
        assertThat(r.isOverdue(LocalDate.of(2026, 3, 16))).isFalse();
        assertThat(r.isOverdue(LocalDate.of(2026, 3, 17))).isTrue();
        Rectification answered = r.respond("已批评教育并调整窗口人员", LocalDate.of(2026, 3, 18));
        assertThat(answered.status()).isEqualTo(Rectification.Status.RESPONDED);
        assertThat(answered.isOverdue(LocalDate.of(2026, 3, 18))).isTrue();
        Rectification back = answered.revisit(false, "复访仍不满意", LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 3));
        assertThat(back.status()).isEqualTo(Rectification.Status.OPEN);
        assertThat(back.deadline()).isEqualTo(LocalDate.of(2026, 4, 3));
        Rectification closed = back.respond("再次整改", LocalDate.of(2026, 3, 25)).revisit(true, "满意", LocalDate.of(2026, 3, 26), null);
        assertThat(closed.status()).isEqualTo(Rectification.Status.CLOSED);
        assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2026, 3, 26));
    }
}
