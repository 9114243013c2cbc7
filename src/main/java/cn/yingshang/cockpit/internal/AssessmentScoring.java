package cn.yingshang.cockpit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How a yearly assessment scores one region or department (001 §6: departments are assessed on
 * the business environment; 004 五(六): satisfaction counts in year-end assessment). Each weighted
 * indicator gives points from where its yearly figure stands: on track 100; between the breach
 * and on-track thresholds 60–100 in proportion; breached 40. Indicators without enough sample
 * are left out and the remaining weights count in full, so a thin year is not punished.
 */
@cn.yingshang.shared.DomainType
final class AssessmentScoring {

    static final BigDecimal FULL = BigDecimal.valueOf(100);
    static final BigDecimal WATCH_FLOOR = BigDecimal.valueOf(60);
    static final BigDecimal BREACHED = BigDecimal.valueOf(40);

    private AssessmentScoring() {
    }

    record Part(Indicator indicator, BigDecimal weight, Indicator.Figure figure) {
    }

    record Line(String indicatorCode, String indicatorName, BigDecimal weight, BigDecimal value, String display,
                String status, BigDecimal points) {
    }

    record Score(BigDecimal score, List<Line> lines) {
    }

    static BigDecimal points(Indicator indicator, Indicator.Figure figure) {
        return switch (figure.status()) {
            case INSUFFICIENT -> null;
            case ON_TRACK -> FULL;
            case BREACH -> BREACHED;
            case WATCH -> {
                BigDecimal span = indicator.onTrack().subtract(indicator.breach()).abs();
                BigDecimal fromBreach = figure.value().subtract(indicator.breach()).abs();
                BigDecimal share = span.signum() == 0 ? BigDecimal.ONE : fromBreach.divide(span, 6, RoundingMode.HALF_UP).min(BigDecimal.ONE);
                yield WATCH_FLOOR.add(FULL.subtract(WATCH_FLOOR).multiply(share)).setScale(2, RoundingMode.HALF_UP);
            }
        };
    }

    static Score score(List<Part> parts) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        List<Line> lines = new java.util.ArrayList<>();
        for (Part p : parts) {
            BigDecimal points = points(p.indicator(), p.figure());
            lines.add(new Line(p.indicator().code(), p.indicator().name(), p.weight(), p.figure().value(),
                    p.indicator().format(p.figure().value()), p.figure().status().label(), points));
            if (points != null) {
                weighted = weighted.add(points.multiply(p.weight()));
                weights = weights.add(p.weight());
            }
        }
        BigDecimal score = weights.signum() == 0 ? BigDecimal.ZERO : weighted.divide(weights, 2, RoundingMode.HALF_UP);
        return new Score(score, lines);
    }
}
