package cn.yingshang.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as people read them, the same on every page ({@code #num} in templates): a count without
 * decimals and with thousands separators ("1,718", not "1718.00"), other figures with at most two
 * decimals, and large sums of money in 万元.
 */
public final class Numbers {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private Numbers() {
    }

    /** {@link #figure(Object)} with the separators of {@code locale} (Chinese and Uyghur both write "1,718.5"). */
    public static String figure(Object value, Locale locale) {
        BigDecimal n = decimal(value);
        return n == null ? "—" : pattern("#,##0.##", locale).format(n.setScale(2, RoundingMode.HALF_UP));
    }

    /** {@link #wan(Object)} with the separators of {@code locale}. */
    public static String wan(Object value, Locale locale) {
        BigDecimal n = decimal(value);
        if (n == null) {
            return "—";
        }
        return n.abs().compareTo(TEN_THOUSAND) < 0 ? pattern("#,##0.00", locale).format(n)
                : pattern("#,##0.##", locale).format(n.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP));
    }

    /** "36", "1,718", "12.5"; null is "—". */
    public static String figure(Object value) {
        BigDecimal n = decimal(value);
        if (n == null) {
            return "—";
        }
        return pattern("#,##0.##").format(n.setScale(2, RoundingMode.HALF_UP));
    }

    /** Money in yuan: 9,800.00 below ten thousand, 38.65万 from there on (the unit word follows from the bundle). */
    public static String wan(Object value) {
        BigDecimal n = decimal(value);
        if (n == null) {
            return "—";
        }
        if (n.abs().compareTo(TEN_THOUSAND) < 0) {
            return pattern("#,##0.00").format(n);
        }
        return pattern("#,##0.##").format(n.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP));
    }

    /** Whether {@link #wan} shows the value in 万. */
    public static boolean inWan(Object value) {
        BigDecimal n = decimal(value);
        return n != null && n.abs().compareTo(TEN_THOUSAND) >= 0;
    }

    private static BigDecimal decimal(Object value) {
        return switch (value) {
            case null -> null;
            case BigDecimal b -> b;
            case Double d -> d.isNaN() || d.isInfinite() ? null : BigDecimal.valueOf(d);
            case Float f -> BigDecimal.valueOf(f.doubleValue());
            case Number n -> BigDecimal.valueOf(n.longValue());
            case String s -> {
                try {
                    yield new BigDecimal(s.strip());
                } catch (NumberFormatException e) {
                    yield null;
                }
            }
            default -> null;
        };
    }

    private static DecimalFormat pattern(String pattern) {
        return pattern(pattern, Locale.SIMPLIFIED_CHINESE);
    }

    private static DecimalFormat pattern(String pattern, Locale locale) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale));
    }
}
