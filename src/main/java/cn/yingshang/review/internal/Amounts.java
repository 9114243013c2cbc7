package cn.yingshang.review.internal;

/** Amounts of money as normalised text writes them (80万, 1.5亿, 3000) in yuan, for threshold comparisons. */
@cn.yingshang.shared.DomainType
final class Amounts {

    private Amounts() {
    }

    /** The amount in yuan, or -1 when the text is not a number with an optional 万/亿 unit. */
    static double yuan(String text) {
        if (text == null || text.isEmpty()) {
            return -1;
        }
        String t = text.endsWith("元") ? text.substring(0, text.length() - 1) : text;
        double unit = 1;
        if (t.endsWith("万")) {
            unit = 10_000;
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("亿")) {
            unit = 100_000_000;
            t = t.substring(0, t.length() - 1);
        }
        try {
            return Double.parseDouble(t) * unit;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
