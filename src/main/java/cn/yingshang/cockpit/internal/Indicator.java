package cn.yingshang.cockpit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An indicator as officials define it (000 §5: the region evaluates its business environment by
 * indicators): which source counts it, which of the source's measures are numerator and
 * denominator (none: a plain count), the filters passed to the source, whether higher is better,
 * the thresholds for "on track" and "breach", and the smallest sample worth judging.
 */
@cn.yingshang.shared.DomainType
record Indicator(long id, String code, String name, String module, String source, String numerator, String denominator,
                 String filters, Direction direction, BigDecimal onTrack, BigDecimal breach, int minSample,
                 String description, boolean enabled, int sortOrder, String unit) {

    Indicator {
        unit = unit == null ? "" : unit.strip();
    }

    /** Without a unit: a ratio reads as a percentage, a count as a number. */
    Indicator(long id, String code, String name, String module, String source, String numerator, String denominator,
              String filters, Direction direction, BigDecimal onTrack, BigDecimal breach, int minSample,
              String description, boolean enabled, int sortOrder) {
        this(id, code, name, module, source, numerator, denominator, filters, direction, onTrack, breach, minSample,
                description, enabled, sortOrder, "");
    }

    /** A ratio with a unit is a mean (days per payout …), read as a number with its unit. */
    public boolean isMean() {
        return isRatio() && !unit.isEmpty();
    }

    public boolean isRatio() {
        return denominator != null && !denominator.isBlank();
    }

    /** {@code filters} is written "key=value; key=value"; sources read the keys they know. */
    Map<String, String> filterMap() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String part : filters == null ? new String[0] : filters.split("[;\\x{FF1B}]")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                map.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
            }
        }
        return map;
    }

    /** The figure for one cell: its value and where it stands. The sample is the denominator (or the count). */
    Figure rate(BigDecimal numeratorAmount, BigDecimal denominatorAmount) {
        BigDecimal sample = isRatio() ? denominatorAmount : numeratorAmount;
        if (sample == null || sample.compareTo(BigDecimal.valueOf(minSample)) < 0 || (isRatio() && sample.signum() == 0)) {
            return new Figure(numeratorAmount, denominatorAmount, null, FigureStatus.INSUFFICIENT);
        }
        BigDecimal value = isRatio() ? numeratorAmount.divide(denominatorAmount, 4, RoundingMode.HALF_UP) : numeratorAmount;
        return new Figure(numeratorAmount, denominatorAmount, value, standing(value));
    }

    FigureStatus standing(BigDecimal value) {
        if (direction == Direction.HIGHER_IS_BETTER) {
            if (value.compareTo(onTrack) >= 0) {
                return FigureStatus.ON_TRACK;
            }
            return value.compareTo(breach) < 0 ? FigureStatus.BREACH : FigureStatus.WATCH;
        }
        if (value.compareTo(onTrack) <= 0) {
            return FigureStatus.ON_TRACK;
        }
        return value.compareTo(breach) > 0 ? FigureStatus.BREACH : FigureStatus.WATCH;
    }

    /** The value as people read it: a mean with its unit, a percentage for other ratios, a count otherwise. */
    public String format(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        if (isMean()) {
            return value.setScale(1, RoundingMode.HALF_UP).toPlainString() + " " + unit;
        }
        if (isRatio()) {
            return value.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
        }
        return value.stripTrailingZeros().toPlainString();
    }

    public String formatThreshold(BigDecimal threshold) {
        return format(threshold);
    }

    record Figure(BigDecimal numerator, BigDecimal denominator, BigDecimal value, FigureStatus status) {
    }
}
